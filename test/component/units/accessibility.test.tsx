import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { openTestStore, type TestStore } from '../harness';
import { supportDialogs } from '../members/dialog';
import { committeeRegister, openUnitsScreen, ui } from './screen';

const { t } = createTranslator('vi');

/** axe's rules that jsdom can answer; colour contrast needs real rendering and is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('accessibility of the units screen', () => {
  let test: TestStore;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await committeeRegister(test);
  });
  afterEach(() => test.close());

  it('the tree', async () => {
    await openUnitsScreen(test);
    expect(await violations()).toEqual([]);
  });

  it('the add form showing what is missing', async () => {
    const { user } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.addLabel', { name: 'Đảng bộ bộ phận Khu A' }) }));
    const form = screen.getByRole('region', { name: t('units.add.title', { parent: 'Đảng bộ bộ phận Khu A' }) });
    await user.click(within(form).getByRole('button', { name: ui.add.save }));
    await within(form).findByText(t('validation.name_required'));
    expect(await violations()).toEqual([]);
  });

  it('the move form', async () => {
    const { user } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.moveLabel', { name: 'Chi bộ Khu phố 2' }) }));
    await screen.findByRole('combobox', { name: ui.move.parent });
    expect(await violations()).toEqual([]);
  });

  it('the closing confirmation', async () => {
    const { user } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.closeLabel', { name: 'Chi bộ Khu phố 1' }) }));
    await user.type(screen.getByRole('textbox', { name: ui.close.date }), '01/07/2025');
    await user.click(screen.getByRole('button', { name: ui.close.save }));
    await screen.findByRole('dialog', { name: t('units.close.confirmTitle', { name: 'Chi bộ Khu phố 1' }) });
    expect(await violations()).toEqual([]);
  });
});
