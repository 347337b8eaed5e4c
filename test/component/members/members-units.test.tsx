import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { openTestStore, renderWithApp, type TestStore } from '../harness';
import { giveElementsASize } from './layout';
import { namesShown } from './listTable';
import { AN, BINH, call } from './register';

const list = messages.members.list;

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());


describe('a register of several units', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome']({ name: 'Đảng bộ phường Hòa Bình', code: 'DB05', kind: 'dang_bo_co_so', parentName: 'Đảng ủy thành phố', parentCode: 'TU01' });
    await call(test, 'org.add', { code: 'CB01', name: 'Chi bộ Khu phố 1', kind: 'chi_bo', parentCode: 'DB05' });
    await call(test, 'org.add', { code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parentCode: 'DB05' });
  });
  afterEach(() => test.close());

  it('shows each member’s unit, and filters by unit', async () => {
    await call(test, 'members.create', {
      record: { fullName: AN.fullName, gender: 'nam', birthDate: AN.birthDate, ethnicity: '01', religion: 'khong' },
      unitCode: 'CB01',
      events: [],
    });
    await call(test, 'members.create', {
      record: { fullName: BINH.fullName, gender: 'nu', birthDate: BINH.birthDate, ethnicity: '01', religion: 'khong' },
      unitCode: 'CB02',
      events: [],
    });
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/members' });
    const table = await screen.findByRole('table', { name: list.table });
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: list.columns.unit })).toBeVisible());
    expect(screen.getByRole('row', { name: /Trần Văn An/ })).toHaveTextContent('Chi bộ Khu phố 1');

    await user.selectOptions(screen.getByRole('combobox', { name: list.unit }), 'Chi bộ Khu phố 2');
    await waitFor(() => expect(namesShown()).toEqual([BINH.fullName]));
  });

  it('asks in which unit a new member is, starting from the home unit', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/members/new' });
    const unit = await screen.findByRole('combobox', { name: messages.members.field.unit });
    expect(unit).toHaveDisplayValue('Đảng bộ phường Hòa Bình (DB05)');
    await user.selectOptions(unit, 'Chi bộ Khu phố 2 (CB02)');
    await user.type(screen.getByRole('textbox', { name: messages.members.field.fullName }), 'Lê Thị Bình');
    await user.click(screen.getByRole('radio', { name: messages.member.gender.nu }));
    await user.type(screen.getByRole('textbox', { name: messages.members.field.birthDate }), '20/07/1985');
    await user.click(screen.getByRole('button', { name: messages.members.form.save }));
    await screen.findByRole('heading', { level: 1, name: 'Lê Thị Bình' });
    expect((await call(test, 'members.list', {})).rows).toMatchObject([{ fullName: 'Lê Thị Bình', unitCode: 'CB02' }]);
  });
});
