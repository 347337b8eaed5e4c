import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi as messages } from '../../../shared/i18n/vi';
import { openTestStore, type TestStore } from '../harness';
import { call } from '../members/register';
import { committeeRegister, openUnitsScreen, ui, unitItem, unitsShown } from './screen';

const { t } = createTranslator('vi');

describe('the units screen', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await committeeRegister(test);
  });
  afterEach(() => test.close());

  it('shows the tree from the home unit down, each unit with its code and kind, closed units marked', async () => {
    const { tree } = await openUnitsScreen(test);
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toHaveFocus();
    expect(unitsShown(tree)).toEqual([
      'Đảng bộ phường Hòa Bình',
      '  Chi bộ Khu phố 1',
      '  Chi bộ Khu phố 9',
      '  Đảng bộ bộ phận Khu A',
      '    Chi bộ Khu phố 2',
    ]);
    const home = unitItem('Đảng bộ phường Hòa Bình');
    expect(home).toHaveTextContent(`Mã DB05 · ${messages.org.kind.dang_bo_co_so.label}`);
    expect(home).toHaveTextContent(ui.home);
    expect(unitItem('Chi bộ Khu phố 2')).toHaveTextContent(`Mã CB02 · ${messages.org.kind.chi_bo.label}`);
    expect(unitItem('Chi bộ Khu phố 9')).toHaveTextContent('Đã giải thể ngày 31/12/2024');
    expect(unitItem('Chi bộ Khu phố 1')).not.toHaveTextContent('Đã giải thể');
  });

  it('offers on each unit only what the register allows: the home unit and closed units are neither moved nor closed', async () => {
    await openUnitsScreen(test);
    const buttonsOf = (name: string) =>
      within(unitItem(name))
        .getAllByRole('button')
        .filter((button) => button.getAttribute('aria-label')?.endsWith(name))
        .map((button) => button.textContent);
    const { actions } = ui;
    expect(buttonsOf('Đảng bộ phường Hòa Bình')).toEqual([actions.add, actions.rename]);
    expect(buttonsOf('Chi bộ Khu phố 1')).toEqual([actions.add, actions.rename, actions.move, actions.close]);
    expect(buttonsOf('Chi bộ Khu phố 9')).toEqual([actions.rename]);
    expect(screen.getByRole('button', { name: t('units.actions.moveLabel', { name: 'Chi bộ Khu phố 2' }) })).toBeVisible();
  });

  it('adds a unit under another, checking the fields as they are typed, and shows it in its place', async () => {
    const { user, tree } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.addLabel', { name: 'Đảng bộ bộ phận Khu A' }) }));
    const form = screen.getByRole('region', { name: t('units.add.title', { parent: 'Đảng bộ bộ phận Khu A' }) });
    const name = within(form).getByRole('textbox', { name: ui.add.name });
    expect(name).toHaveFocus();

    const code = within(form).getByRole('textbox', { name: ui.add.code });
    await user.type(code, 'cb 3');
    expect(code).toHaveValue('CB 3');
    expect(await within(form).findByText(messages.validation.code_format)).toBeVisible();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    await user.clear(code);
    await user.type(code, 'cb03');
    await waitFor(() => expect(within(form).queryByText(messages.validation.code_format)).toBeNull());

    await user.click(within(form).getByRole('button', { name: ui.add.save }));
    expect(await within(form).findByText(messages.validation.name_required)).toBeVisible();
    expect(within(form).getByText(messages.validation.kind_required)).toBeVisible();

    await user.type(name, 'Chi bộ Khu phố 3');
    await user.click(within(form).getByRole('radio', { name: messages.org.kind.chi_bo.label }));
    await user.click(within(form).getByRole('button', { name: ui.add.save }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      t('units.add.done', { name: 'Chi bộ Khu phố 3', code: 'CB03', parent: 'Đảng bộ bộ phận Khu A' }),
    );
    expect(screen.queryByRole('region', { name: /Thêm đơn vị trực thuộc/ })).toBeNull();
    await waitFor(() =>
      expect(unitsShown(tree)).toEqual([
        'Đảng bộ phường Hòa Bình',
        '  Chi bộ Khu phố 1',
        '  Chi bộ Khu phố 9',
        '  Đảng bộ bộ phận Khu A',
        '    Chi bộ Khu phố 2',
        '    Chi bộ Khu phố 3',
      ]),
    );
    await waitFor(() => expect(screen.getByText('Chi bộ Khu phố 3', { selector: '[tabindex="-1"]' })).toHaveFocus());
    expect(unitItem('Chi bộ Khu phố 3')).toHaveTextContent('Mã CB03');
    expect((await call(test, 'org.list', {})).find((unit) => unit.code === 'CB03')).toMatchObject({ parentCode: 'DBBP1', kind: 'chi_bo' });
  });

  it('refuses a code already used in the register, saying so under the code and in an alert, and adds nothing', async () => {
    const { user } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.addLabel', { name: 'Đảng bộ phường Hòa Bình' }) }));
    const form = screen.getByRole('region', { name: t('units.add.title', { parent: 'Đảng bộ phường Hòa Bình' }) });
    await user.type(within(form).getByRole('textbox', { name: ui.add.name }), 'Chi bộ Khu phố 2 mới');
    await user.type(within(form).getByRole('textbox', { name: ui.add.code }), 'cb02');
    await user.click(within(form).getByRole('radio', { name: messages.org.kind.chi_bo.label }));
    await user.click(within(form).getByRole('button', { name: ui.add.save }));

    const taken = t('errors.code_taken', { code: 'CB02' });
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(ui.add.failed);
    expect(alert).toHaveTextContent(taken);
    const code = within(form).getByRole('textbox', { name: ui.add.code });
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining(taken));
    expect(await call(test, 'org.list', {})).toHaveLength(5);
  });

  it('renames any unit, the home unit included, and the header follows', async () => {
    const { user } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.renameLabel', { name: 'Đảng bộ phường Hòa Bình' }) }));
    const form = screen.getByRole('region', { name: t('units.rename.title', { name: 'Đảng bộ phường Hòa Bình' }) });
    const name = within(form).getByRole('textbox', { name: ui.rename.name });
    expect(name).toHaveValue('Đảng bộ phường Hòa Bình');
    await user.clear(name);
    expect(await within(form).findByText(messages.validation.name_required)).toBeVisible();
    await user.type(name, 'Đảng bộ phường Hòa Bình Mới');
    await user.click(within(form).getByRole('button', { name: ui.rename.save }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      t('units.rename.done', { before: 'Đảng bộ phường Hòa Bình', name: 'Đảng bộ phường Hòa Bình Mới' }),
    );
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Đảng bộ phường Hòa Bình Mới'));
    expect(unitItem('Đảng bộ phường Hòa Bình Mới')).toHaveTextContent(ui.home);
  });

  it('gives the focus back to the button when a form is cancelled', async () => {
    const { user } = await openUnitsScreen(test);
    const rename = screen.getByRole('button', { name: t('units.actions.renameLabel', { name: 'Chi bộ Khu phố 1' }) });
    await user.click(rename);
    expect(rename).toHaveAttribute('aria-expanded', 'true');
    const form = screen.getByRole('region', { name: t('units.rename.title', { name: 'Chi bộ Khu phố 1' }) });
    await user.click(within(form).getByRole('button', { name: ui.form.cancel }));
    expect(screen.queryByRole('region', { name: t('units.rename.title', { name: 'Chi bộ Khu phố 1' }) })).toBeNull();
    await waitFor(() => expect(rename).toHaveFocus());
  });
});
