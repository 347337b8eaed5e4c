import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { vi as messages } from '../../../shared/i18n/vi';
import { renderWithApp, type TestStore } from '../harness';
import { call } from '../members/register';

export const ui = messages.units;

/** A grassroots committee keeping the register, with an intermediate committee and three cells, one closed. */
export async function committeeRegister(test: TestStore): Promise<void> {
  await test.store.handlers['org.setupHome']({
    name: 'Đảng bộ phường Hòa Bình',
    code: 'DB05',
    kind: 'dang_bo_co_so',
    parentName: 'Đảng ủy thành phố',
    parentCode: 'TU01',
  });
  await call(test, 'org.add', { code: 'DBBP1', name: 'Đảng bộ bộ phận Khu A', kind: 'dang_bo_bo_phan', parentCode: 'DB05' });
  await call(test, 'org.add', { code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parentCode: 'DBBP1' });
  await call(test, 'org.add', { code: 'CB01', name: 'Chi bộ Khu phố 1', kind: 'chi_bo', parentCode: 'DB05' });
  await call(test, 'org.add', { code: 'CB09', name: 'Chi bộ Khu phố 9', kind: 'chi_bo', parentCode: 'DB05' });
  await call(test, 'org.close', { code: 'CB09', closedOn: '31/12/2024' });
}

/** Opens the units screen from the main navigation, as a user would, and waits for the tree. */
export async function openUnitsScreen(test: TestStore) {
  const user = userEvent.setup();
  renderWithApp(<App />, { transport: test.transport, path: '/' });
  const navigation = await screen.findByRole('navigation', { name: messages.nav.main });
  await user.click(within(navigation).getByRole('link', { name: ui.nav }));
  const tree = await screen.findByRole('list', { name: ui.tree });
  return { user, tree };
}

/** The names of the units in the order they are shown, each indented by two spaces per level. */
export function unitsShown(tree: HTMLElement): string[] {
  const lines: string[] = [];
  const visit = (list: Element, depth: number) => {
    for (const item of Array.from(list.children)) {
      const name = item.querySelector('[tabindex="-1"]');
      lines.push(`${'  '.repeat(depth)}${name?.textContent ?? ''}`);
      const branch = item.querySelector(':scope > ul');
      if (branch) visit(branch, depth + 1);
    }
  };
  visit(tree, 0);
  return lines;
}

/** The list item of one unit, found by the name it shows. */
export function unitItem(name: string): HTMLElement {
  const item = screen.getByText(name, { selector: '[tabindex="-1"]' }).closest('li');
  if (!item) throw new Error(`no list item for ${name}`);
  return item;
}
