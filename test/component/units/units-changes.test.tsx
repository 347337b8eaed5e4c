import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi as messages } from '../../../shared/i18n/vi';
import { openTestStore, type TestStore } from '../harness';
import { supportDialogs } from '../members/dialog';
import { call } from '../members/register';
import { committeeRegister, openUnitsScreen, ui, unitItem, unitsShown } from './screen';

const { t } = createTranslator('vi');

/** A member of the unit, admitted long ago and still taking part. */
async function memberOf(test: TestStore, unitCode: string, fullName: string) {
  await call(test, 'members.create', {
    record: { fullName, gender: 'nam', birthDate: '1970-03-15', ethnicity: '01', religion: 'khong' },
    unitCode,
    events: [{ type: 'admitted', date: '1995-05-10' }],
  });
}

describe('moving a unit', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await committeeRegister(test);
  });
  afterEach(() => test.close());

  it('offers only open units outside its own branch, and moves it with what is below it', async () => {
    const { user, tree } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.moveLabel', { name: 'Đảng bộ bộ phận Khu A' }) }));
    const form = screen.getByRole('region', { name: t('units.move.title', { name: 'Đảng bộ bộ phận Khu A' }) });
    const parent = within(form).getByRole('combobox', { name: ui.move.parent });
    expect(parent).toHaveFocus();
    // Not itself, not its own cell, not the closed cell, not the parent it already has.
    expect(within(parent).getAllByRole('option').map((option) => option.textContent)).toEqual([
      ui.move.choose,
      'Chi bộ Khu phố 1 (mã CB01)',
    ]);

    await user.click(within(form).getByRole('button', { name: ui.move.save }));
    expect(await within(form).findByText(messages.validation.move_parent_required)).toBeVisible();

    await user.selectOptions(parent, 'Chi bộ Khu phố 1 (mã CB01)');
    await user.click(within(form).getByRole('button', { name: ui.move.save }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      t('units.move.done', { name: 'Đảng bộ bộ phận Khu A', parent: 'Chi bộ Khu phố 1' }),
    );
    await waitFor(() =>
      expect(unitsShown(tree)).toEqual([
        'Đảng bộ phường Hòa Bình',
        '  Chi bộ Khu phố 1',
        '    Đảng bộ bộ phận Khu A',
        '      Chi bộ Khu phố 2',
        '  Chi bộ Khu phố 9',
      ]),
    );
  });

  it('refuses to put a unit under its own child — as when the command line changed the tree since the screen read it — with the reason', async () => {
    const { user, tree } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.moveLabel', { name: 'Đảng bộ bộ phận Khu A' }) }));
    const form = screen.getByRole('region', { name: t('units.move.title', { name: 'Đảng bộ bộ phận Khu A' }) });
    // Meanwhile, elsewhere, Chi bộ Khu phố 1 is put under Đảng bộ bộ phận Khu A: the screen still offers it as a parent.
    await call(test, 'org.move', { code: 'CB01', parentCode: 'DBBP1' });

    await user.selectOptions(within(form).getByRole('combobox', { name: ui.move.parent }), 'Chi bộ Khu phố 1 (mã CB01)');
    await user.click(within(form).getByRole('button', { name: ui.move.save }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(ui.move.failed);
    expect(alert).toHaveTextContent(t('errors.org_cycle', { name: 'Đảng bộ bộ phận Khu A', parent: 'Chi bộ Khu phố 1' }));
    // The tree is read again and shows where things now stand: nowhere is left to move the unit to.
    await waitFor(() =>
      expect(unitsShown(tree)).toEqual([
        'Đảng bộ phường Hòa Bình',
        '  Chi bộ Khu phố 9',
        '  Đảng bộ bộ phận Khu A',
        '    Chi bộ Khu phố 1',
        '    Chi bộ Khu phố 2',
      ]),
    );
    expect(within(form).getByText(t('units.move.none', { name: 'Đảng bộ bộ phận Khu A' }))).toBeVisible();
    expect(within(form).queryByRole('combobox')).toBeNull();
    expect(within(form).getByRole('alert')).toBeVisible();
    expect((await call(test, 'org.list', {})).find((unit) => unit.code === 'DBBP1')).toMatchObject({ parentCode: 'DB05' });
  });
});

describe('closing a unit', () => {
  let test: TestStore;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await committeeRegister(test);
  });
  afterEach(() => test.close());

  async function closeFromScreen(name: string, date: string) {
    const screenParts = await openUnitsScreen(test);
    const { user } = screenParts;
    await user.click(screen.getByRole('button', { name: t('units.actions.closeLabel', { name }) }));
    const form = screen.getByRole('region', { name: t('units.close.title', { name }) });
    const dateBox = within(form).getByRole('textbox', { name: ui.close.date });
    expect(dateBox).toHaveFocus();
    await user.type(dateBox, date);
    await user.click(within(form).getByRole('button', { name: ui.close.save }));
    const dialog = await screen.findByRole('dialog', { name: t('units.close.confirmTitle', { name }) });
    return { ...screenParts, form, dialog };
  }

  it('refuses while members take part in the unit, saying how many, and changes nothing', async () => {
    await memberOf(test, 'CB01', 'Trần Văn An');
    await memberOf(test, 'CB01', 'Lê Văn Bình');
    const { user, form, dialog } = await closeFromScreen('Chi bộ Khu phố 1', '01/06/2025');
    await user.click(within(dialog).getByRole('button', { name: ui.close.confirm }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(ui.close.failed);
    expect(alert).toHaveTextContent(t('errors.unit_has_members', { name: 'Chi bộ Khu phố 1', count: 2, date: '01/06/2025' }));
    expect(alert).toHaveTextContent('vẫn còn 2 đảng viên');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(unitItem('Chi bộ Khu phố 1')).not.toHaveTextContent('Đã giải thể');
    expect((await call(test, 'org.list', {})).find((unit) => unit.code === 'CB01')?.closedOn).toBeNull();
  });

  it('asks first, then marks an empty unit closed from the day given', async () => {
    const { user, dialog } = await closeFromScreen('Chi bộ Khu phố 2', '1/7/2025');
    expect(dialog).toHaveTextContent(t('units.close.confirmText', { name: 'Chi bộ Khu phố 2', code: 'CB02', date: '01/07/2025' }));
    expect(within(dialog).getByRole('button', { name: ui.close.keep })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: ui.close.confirm }));

    expect(await screen.findByRole('status')).toHaveTextContent(t('units.close.done', { name: 'Chi bộ Khu phố 2', date: '01/07/2025' }));
    await waitFor(() => expect(unitItem('Chi bộ Khu phố 2')).toHaveTextContent('Đã giải thể ngày 01/07/2025'));
    expect(within(unitItem('Chi bộ Khu phố 2')).queryByRole('button', { name: t('units.actions.closeLabel', { name: 'Chi bộ Khu phố 2' }) })).toBeNull();
    await waitFor(() => expect(screen.getByText('Chi bộ Khu phố 2', { selector: '[tabindex="-1"]' })).toHaveFocus());
  });

  it('keeps the unit open when the user thinks better of it', async () => {
    const { user, dialog, form } = await closeFromScreen('Chi bộ Khu phố 2', '01/07/2025');
    await user.click(within(dialog).getByRole('button', { name: ui.close.keep }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(form).toBeInTheDocument();
    expect((await call(test, 'org.list', {})).find((unit) => unit.code === 'CB02')?.closedOn).toBeNull();
  });

  it('checks the date as it is typed', async () => {
    const { user } = await openUnitsScreen(test);
    await user.click(screen.getByRole('button', { name: t('units.actions.closeLabel', { name: 'Chi bộ Khu phố 2' }) }));
    const form = screen.getByRole('region', { name: t('units.close.title', { name: 'Chi bộ Khu phố 2' }) });
    await user.type(within(form).getByRole('textbox', { name: ui.close.date }), '31/02/2025');
    expect(await within(form).findByText(messages.validation.date_invalid)).toBeVisible();
    await user.click(within(form).getByRole('button', { name: ui.close.save }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
