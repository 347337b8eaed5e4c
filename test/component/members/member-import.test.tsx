import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { call } from './register';

const { t } = createTranslator('vi');
const page = messages.members.importPage;
const column = messages.import.column;

type MemberCells = Partial<Record<keyof typeof column, string>>;

/** The app's own template, filled in as a secretary would: one member per row under the header. */
async function filledTemplate(test: TestStore, rows: MemberCells[]): Promise<File> {
  const template = await call(test, 'members.template', {});
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, older than Node's.
  await workbook.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(messages.import.sheet.members);
  if (!sheet) throw new Error('the template has no members sheet');
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((headerCell, index) => columnOf.set(String(headerCell.value), index));
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(columnOf.get(column.stt) ?? 0).value = index + 1;
    for (const [key, value] of Object.entries(cells)) {
      row.getCell(columnOf.get(column[key as keyof typeof column]) ?? 0).value = value;
    }
  });
  const bytes = await workbook.xlsx.writeBuffer();
  return new File([new Uint8Array(bytes)], 'dang-vien.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

const AN: MemberCells = {
  fullName: 'Trần Văn An',
  gender: 'Nam',
  birthDate: '15/03/1970',
  ethnicity: 'Kinh',
  religion: 'Không',
  admittedOn: '10/05/1995',
  officialOn: '01/06/1996',
};
const THU: MemberCells = {
  fullName: 'Đặng Thị Thu',
  gender: 'Nữ',
  birthDate: '02/02/1990',
  ethnicity: 'Tày',
  religion: 'Không',
  admittedOn: '10/03/2015',
};

describe('importing members from Excel', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function openImport() {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/members' });
    await user.click(await screen.findByRole('link', { name: messages.members.list.import }));
    expect(await screen.findByRole('heading', { level: 1, name: page.title })).toHaveFocus();
    expect(screen.getByRole('button', { name: page.downloadTemplate })).toBeEnabled();
    return { user, file: screen.getByLabelText(page.file) };
  }

  it('lists every problem of a bad file by row, column, value and reason, and imports nothing', async () => {
    const { user, file } = await openImport();
    await user.upload(file, await filledTemplate(test, [{ ...AN, gender: 'X' }, THU, { ...THU, fullName: 'Lê Thị Bình', birthDate: '31/02/1990' }]));

    const preview = await screen.findByRole('region', { name: page.previewStep });
    expect(within(preview).getByRole('alert')).toHaveTextContent(page.problemsTitle);
    const problems = within(preview).getByRole('table', { name: page.problemsTable });
    const rows = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      [messages.import.sheet.members, '2', column.gender, 'X', t('import.problem.gender_unknown')],
      [messages.import.sheet.members, '4', column.birthDate, '31/02/1990', messages.validation.date_invalid],
    ]);
    const blocked = within(preview).getByRole('button', { name: page.commitBlocked });
    expect(blocked).toBeDisabled();
    expect(blocked).toHaveAccessibleDescription(expect.stringContaining(t('members.importPage.problemsText', { count: 2 })));
    expect(within(preview).getByRole('table', { name: page.soundMembersTable })).toHaveTextContent('Đặng Thị Thu');
    expect((await call(test, 'members.list', {})).total).toBe(0);
  });

  it('previews a good file, then imports all of it', async () => {
    const { user, file } = await openImport();
    await user.upload(file, await filledTemplate(test, [AN, THU]));

    const preview = await screen.findByRole('region', { name: page.previewStep });
    expect(preview).toHaveTextContent(t('members.importPage.summary', { file: 'dang-vien.xlsx', members: 2, events: 3 }));
    expect(within(preview).queryByRole('table', { name: page.problemsTable })).toBeNull();
    const members = within(preview).getByRole('table', { name: page.membersTable });
    expect(within(members).getByRole('row', { name: /Trần Văn An/ })).toBeVisible();
    expect(within(members).getByRole('row', { name: /Đặng Thị Thu/ })).toBeVisible();
    expect((await call(test, 'members.list', {})).total).toBe(0);

    await user.click(within(preview).getByRole('button', { name: t('members.importPage.commit', { count: 2 }) }));
    const done = t('members.importPage.done', { added: 2, events: 3 });
    expect(await screen.findByText(done)).toBeVisible();
    expect(screen.queryByRole('region', { name: page.previewStep })).toBeNull();

    const { rows } = await call(test, 'members.list', {});
    expect(rows.map((row) => [row.fullName, row.status])).toEqual([
      ['Trần Văn An', 'official'],
      ['Đặng Thị Thu', 'probationary'],
    ]);
    await user.click(screen.getByRole('link', { name: page.openList }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: messages.members.list.title })).toBeVisible());
  });
});
