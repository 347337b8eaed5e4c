import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister, type Register } from '../members/register';
import { AN, BINH, EVENT_HEADERS, MEMBER_HEADERS, openWorkbook, workbookFile } from './workbook';

const CUONG = {
  'Họ và tên': 'Phạm Văn Cường',
  'Giới tính': 'Nam',
  'Ngày sinh': '01/01/1960',
  'Dân tộc': 'Ê đê',
  'Tôn giáo': 'Công giáo',
  'Số CCCD': '066060000123',
  'Số thẻ đảng viên': '52000777',
  'Ngày vào Đảng': '10/01/1985',
  'Ngày chính thức': '10/01/1986',
  'Lý luận chính trị': 'Cao cấp',
  'Mã đơn vị': 'CB013',
  'Ghi chú': 'Cựu chiến binh',
};
const DUNG = {
  'Họ và tên': 'Trần Văn Dũng',
  'Giới tính': 'Nam',
  'Ngày sinh': '20/04/1990',
  'Dân tộc': 'Kinh',
  'Tôn giáo': 'Không',
  'Số CCCD': '001090004321',
  'Ngày vào Đảng': '01/02/2018',
  'Ngày chính thức': '01/03/2019',
};

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

/** What a register says of its members: enough to tell two registers apart. */
async function registerContents(register: Register) {
  const { rows } = await register.call('members.list', {});
  return Promise.all(
    rows.map(async (row) => {
      const { record, unitCode, events, state } = await register.call('members.get', { id: row.id });
      return { record, unitCode, status: state.status, events: events.map(({ id: _id, seq: _seq, ...event }) => event) };
    }),
  );
}

describe('exporting the members list', () => {
  let register: Register;

  beforeAll(async () => {
    register = await openRegister();
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    const file = await workbookFile({
      members: [AN, BINH, CUONG, DUNG],
      events: [
        { 'Số thẻ đảng viên': '52012345', 'Loại': 'Miễn sinh hoạt', 'Ngày': '01/10/2025', 'Số quyết định': '15-QĐ/CB', 'Đơn vị liên quan': 'Chi ủy' },
        { 'Số thẻ đảng viên': '52000777', 'Loại': 'Huy hiệu', 'Ngày': '03/02/2025', 'Ghi chú': '40 năm; trao tại lễ 3/2' },
        { 'Số thẻ đảng viên': '52000777', 'Loại': 'Khen thưởng', 'Ngày': '19/05/2025', 'Ghi chú': 'Hoàn thành xuất sắc nhiệm vụ' },
        { 'Số CCCD': '001090004321', 'Loại': 'Chuyển đi', 'Ngày': '15/10/2025', 'Đơn vị liên quan': 'Chi bộ Khu phố 9' },
        { 'Số CCCD': '079190001234', 'Loại': 'Khiển trách', 'Ngày': '01/12/2025', 'Số quyết định': '02-QĐ/CB' },
      ],
    });
    expect(await register.call('members.importCommit', file)).toMatchObject({ added: 4, events: 12 });
  });

  afterAll(() => register.cleanup());

  it('writes the list in its order, in the template’s columns with the status last, dates as real dates', async () => {
    const file = await register.call('members.exportXlsx', {});
    expect(file.fileName).toBe('danh-sach-dang-vien-05-01-2026.xlsx');
    const workbook = await openWorkbook(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Đảng viên', 'Biến động', 'Thông tin']);

    const [header, ...rows] = rowsOf(workbook.getWorksheet('Đảng viên') as ExcelJS.Worksheet);
    expect(header).toEqual([...MEMBER_HEADERS, 'Trạng thái']);
    expect(rows.map((row) => [row[0], row[1], row.at(-1)])).toEqual([
      [1, 'Nguyễn Văn An', 'Miễn công tác và sinh hoạt đảng'],
      [2, 'Lê Thị Bình', 'Đảng viên dự bị'],
      [3, 'Phạm Văn Cường', 'Đảng viên chính thức'],
      [4, 'Trần Văn Dũng', 'Đã chuyển đi'],
    ]);
    expect(rows[2]).toEqual([
      3,
      'Phạm Văn Cường',
      'Nam',
      new Date(Date.UTC(1960, 0, 1)),
      'Ê-đê',
      'Công giáo',
      undefined,
      '066060000123',
      '52000777',
      new Date(Date.UTC(1985, 0, 10)),
      new Date(Date.UTC(1986, 0, 10)),
      undefined,
      'Cao cấp',
      undefined,
      'CB013',
      'Cựu chiến binh',
      'Đảng viên chính thức',
    ]);

    const [eventHeader, ...events] = rowsOf(workbook.getWorksheet('Biến động') as ExcelJS.Worksheet);
    expect(eventHeader).toEqual(EVENT_HEADERS);
    expect(events.map((row) => [row[1] ?? row[2], row[3], row[7]])).toEqual([
      ['52.012345', 'Miễn sinh hoạt', undefined],
      ['079190001234', 'Khiển trách', undefined],
      ['52000777', 'Huy hiệu', '40 năm tuổi Đảng; 40 năm; trao tại lễ 3/2'],
      ['52000777', 'Khen thưởng', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['001090004321', 'Chuyển đi', undefined],
    ]);
  });

  it('exports only what the filters keep, and says which filters on "Thông tin"', async () => {
    const file = await register.call('members.exportXlsx', { statuses: ['official', 'probationary'], gender: 'nam' });
    const workbook = await openWorkbook(file);
    const names = rowsOf(workbook.getWorksheet('Đảng viên') as ExcelJS.Worksheet).slice(1).map((row) => row[1]);
    expect(names).toEqual(['Phạm Văn Cường']);
    expect(rowsOf(workbook.getWorksheet('Thông tin') as ExcelJS.Worksheet)).toEqual([
      ['Danh sách đảng viên'],
      ['Tính đến ngày', '05/01/2026'],
      ['Số đảng viên trong danh sách', 1],
      ['Tổng số trong sổ', 4],
      ['Điều kiện lọc'],
      ['Trạng thái', 'Đảng viên chính thức, Đảng viên dự bị'],
      ['Giới tính', 'Nam'],
    ]);
  });

  it('imports into another register as the same members with the same history', async () => {
    const other = await openRegister();
    try {
      await other.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
      const file = await register.call('members.exportXlsx', {});
      expect(await other.call('members.importCommit', file)).toMatchObject({ added: 4, events: 12 });
      const [before, after] = [await registerContents(register), await registerContents(other)];
      // A badge's note gains its years on the way ("40 năm tuổi Đảng; …"), so that the import can read them back.
      const withoutNotes = (contents: typeof before) =>
        contents.map((member) => ({ ...member, events: member.events.map(({ note: _note, ...event }) => event) }));
      expect(withoutNotes(after)).toEqual(withoutNotes(before));
      expect(after.map((member) => member.status)).toEqual(['exempt', 'probationary', 'official', 'transferred_out']);
    } finally {
      other.cleanup();
    }
  });
});
