import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellText } from '../../../../db/spreadsheet/cells';
import { openRegister, type Register } from '../members/register';
import { AN, workbookFile } from './workbook';

describe('cells as people fill them in', () => {
  it('reads a real Excel date as the day written in the cell, whatever the time zone', () => {
    // exceljs gives Excel's days as midnight UTC; 23:59 UTC is still that day in the cell.
    expect(cellText(new Date(Date.UTC(1975, 8, 5)))).toBe('05/09/1975');
    expect(cellText(new Date(Date.UTC(1975, 8, 5, 23, 59)))).toBe('05/09/1975');
  });

  it('gives a CCCD typed into a number cell its lost leading zeros back, and leaves card numbers as digits', () => {
    expect(cellText(79190001234, true)).toBe('079190001234');
    expect(cellText(1075012345, true)).toBe('001075012345');
    expect(cellText(52012345, true)).toBe('52012345');
    expect(cellText(123456789012, true)).toBe('123456789012');
    expect(cellText(1975)).toBe('1975');
  });

  it('reads rich text, links and formulas by what they show', () => {
    expect(cellText({ richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] })).toBe('Nguyễn Văn An');
    expect(cellText({ text: 'Hà Nội', hyperlink: 'https://example.org' })).toBe('Hà Nội');
    expect(cellText({ formula: 'A1&" "&B1', result: 'Lê Thị Bình' })).toBe('Lê Thị Bình');
    expect(cellText({ formula: 'DATE(1990,9,2)', result: new Date(Date.UTC(1990, 8, 2)) })).toBe('02/09/1990');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(null)).toBe('');
    expect(cellText('  Kinh  ')).toBe('Kinh');
  });
});

describe('importing cells of every kind', () => {
  let register: Register;

  beforeEach(async () => {
    register = await openRegister();
  });

  afterEach(() => register.cleanup());

  it('accepts real Excel dates beside dd/mm/yyyy text, and numeric CCCD and card numbers', async () => {
    const file = await workbookFile({
      members: [
        {
          ...AN,
          'Họ và tên': { richText: [{ text: 'Nguyễn Văn ' }, { text: 'An', font: { bold: true } }] },
          'Ngày sinh': new Date(Date.UTC(1975, 4, 17)),
          'Số CCCD': 1075012345,
          'Số thẻ đảng viên': 52012345,
          'Ngày vào Đảng': '15/3/2000',
          'Ngày chính thức': new Date(Date.UTC(2001, 2, 20)),
        },
      ],
    });
    expect(await register.call('members.importCommit', file)).toMatchObject({ added: 1, events: 2 });
    const [row] = (await register.call('members.list', {})).rows;
    const member = await register.call('members.get', { id: row?.id ?? 0 });
    expect(member.record).toMatchObject({
      fullName: 'Nguyễn Văn An',
      birthDate: '1975-05-17',
      citizenId: '001075012345',
      partyCardNumber: '52012345',
    });
    expect(member.events.map(({ type, date }) => [type, date])).toEqual([
      ['admitted', '2000-03-15'],
      ['made_official', '2001-03-20'],
    ]);
  });

  it('refuses a card number Excel holds as a decimal number, whose last zero may be lost', async () => {
    const file = await workbookFile({
      members: [{ ...AN, 'Số thẻ đảng viên': 52.01234 }],
      events: [{ 'Số thẻ đảng viên': 52.01234, 'Loại': 'Từ trần', 'Ngày': '01/01/2025' }],
    });
    const preview = await register.call('members.importPreview', file);
    expect(preview.problems.map(({ sheet, row, column, value, reason }) => [sheet, row, column, value, reason])).toEqual([
      ['Đảng viên', 2, 'Số thẻ đảng viên', '52.01234', 'import.problem.digits_as_number'],
      ['Biến động', 2, 'Số thẻ đảng viên', '52.01234', 'import.problem.digits_as_number'],
    ]);
  });
});
