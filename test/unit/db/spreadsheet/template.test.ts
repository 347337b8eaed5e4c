import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload } from '../../../../shared/members/views';
import { openRegister, type Register } from '../members/register';
import { AN, EVENT_HEADERS, MEMBER_HEADERS, openWorkbook } from './workbook';

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const columnOf = (sheet: ExcelJS.Worksheet, header: string) => headerOf(sheet).indexOf(header) + 1;
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;

describe('the member import template', () => {
  let register: Register;
  let file: FilePayload;
  let workbook: ExcelJS.Workbook;
  const sheet = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  beforeAll(async () => {
    register = await openRegister();
    await register.call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    await register.call('org.add', { code: 'CB014', name: 'Chi bộ Khu phố 5', kind: 'chi_bo', parentCode: 'CB012' });
    await register.call('org.close', { code: 'CB014', closedOn: '01/01/2026' });
    file = await register.call('members.template', {});
    workbook = await openWorkbook(file);
  });

  afterAll(() => register.cleanup());

  it('has the sheets and header rows of the format, bold and frozen', () => {
    expect(file.fileName).toBe('mau-nhap-dang-vien.xlsx');
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['Đảng viên', 'Biến động', 'Hướng dẫn', 'Danh mục']);
    expect(headerOf(sheet('Đảng viên'))).toEqual(MEMBER_HEADERS);
    expect(headerOf(sheet('Biến động'))).toEqual(EVENT_HEADERS);
    for (const name of ['Đảng viên', 'Biến động']) {
      expect(sheet(name).getCell('B1').font?.bold).toBe(true);
      expect(sheet(name).views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(sheet('Đảng viên').getColumn(columnOf(sheet('Đảng viên'), 'Họ và tên')).width).toBeGreaterThanOrEqual(20);
  });

  it('keeps CCCD, card numbers and dates as text, so leading zeros and day/month order survive', () => {
    const members = sheet('Đảng viên');
    for (const header of ['Số CCCD', 'Số thẻ đảng viên', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức']) {
      expect(members.getColumn(columnOf(members, header)).numFmt, header).toBe('@');
    }
    expect(sheet('Biến động').getColumn(columnOf(sheet('Biến động'), 'Ngày')).numFmt).toBe('@');
  });

  it('offers drop-down lists drawn from the "Danh mục" sheet, including this register’s open units', () => {
    const lists = sheet('Danh mục');
    const listColumn = (header: string) => {
      const column = lists.getColumn(columnOf(lists, header));
      return (column.values as unknown[]).slice(2).filter((value) => value !== undefined && value !== null);
    };
    expect(listColumn('Giới tính')).toEqual(['Nam', 'Nữ']);
    expect(listColumn('Dân tộc')).toHaveLength(55);
    expect(listColumn('Dân tộc')).toContain('Ê-đê');
    expect(listColumn('Tôn giáo')).toContain('Không');
    expect(listColumn('Lý luận chính trị')).toEqual(['Sơ cấp', 'Trung cấp', 'Cao cấp', 'Cử nhân']);
    expect(listColumn('Trình độ chuyên môn')).toEqual(['Trung cấp', 'Cao đẳng', 'Đại học', 'Thạc sĩ', 'Tiến sĩ']);
    expect(listColumn('Loại')).toEqual(
      expect.arrayContaining(['Chuyển đến', 'Chuyển đi', 'Chuyển đến tạm thời', 'Chuyển đi tạm thời', 'Miễn sinh hoạt', 'Thôi miễn sinh hoạt',
        'Khiển trách', 'Cảnh cáo', 'Cách chức', 'Khai trừ', 'Xóa tên', 'Ra khỏi Đảng', 'Từ trần', 'Huy hiệu']),
    );
    expect(listColumn('Mã đơn vị')).toEqual(['CB012', 'CB013']);

    // exceljs reads a validated range back cell by cell.
    const members = validations(sheet('Đảng viên'));
    expect(members.C2).toMatchObject({ type: 'list', allowBlank: true, formulae: ["'Danh mục'!$A$2:$A$3"], errorStyle: 'stop' });
    expect(members.C2001).toEqual(members.C2);
    expect(members.E2).toMatchObject({ formulae: ["'Danh mục'!$B$2:$B$56"], errorStyle: 'warning' });
    expect(members.O2).toMatchObject({ formulae: ["'Danh mục'!$G$2:$G$3"], errorStyle: 'stop' });
    const validatedColumns = (model: Record<string, unknown>) => [...new Set(Object.keys(model).map((cell) => cell.replace(/\d+/g, '')))].sort();
    expect(validatedColumns(members)).toEqual(['C', 'E', 'F', 'L', 'M', 'O']);
    expect(validatedColumns(validations(sheet('Biến động')))).toEqual(['D']);
  });

  it('explains every column in Vietnamese on "Hướng dẫn"', () => {
    const guide = sheet('Hướng dẫn');
    const explained = new Set<string>();
    guide.eachRow((row) => {
      const [column, , how] = (row.values as unknown[]).slice(1);
      if (typeof column === 'string' && typeof how === 'string' && how.length > 0) explained.add(column);
    });
    expect([...explained]).toEqual(expect.arrayContaining([...MEMBER_HEADERS, ...EVENT_HEADERS]));
    expect(guide.getCell('A1').value).toBe('Hướng dẫn nhập danh sách đảng viên');
  });

  it('reads back as a valid file with no members, and once filled in, imports', async () => {
    expect(await register.call('members.importPreview', file)).toEqual({ ok: true, members: [], eventCount: 0, problems: [] });

    const members = sheet('Đảng viên');
    MEMBER_HEADERS.forEach((header, index) => {
      members.getCell(2, index + 1).value = header === 'STT' ? 1 : (AN[header] ?? null);
    });
    members.getCell(2, columnOf(members, 'Mã đơn vị')).value = 'CB013';
    const filled = { fileName: 'da-dien.xlsx', base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    expect(await register.call('members.importCommit', filled)).toMatchObject({ added: 1, events: 2 });
  });
});
