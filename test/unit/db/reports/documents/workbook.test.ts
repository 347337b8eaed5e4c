import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportWorkbook } from '../../../../../db/reports/documents/workbook';
import { cellReport, committeeReport } from './fixture';

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // exceljs' own Buffer type predates Node's generic one.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The data row whose column B (or A) says `label`. */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string, column = 2): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(column).value === label) found = row;
  });
  if (!found) throw new Error(`no row ${label} in ${sheet.name}`);
  return found;
}

describe('the report workbook', () => {
  it('has one sheet per table, each titled with the unit and the period', async () => {
    const workbook = await readBack(await reportWorkbook(cellReport()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Danh sách đảng viên',
      '1-TCTW',
      '2-TCTW kết nạp',
      '3-TCTW chất lượng',
      '4-TCTW dân tộc, tôn giáo',
      'Xếp loại',
      'Kiểm tra giám sát',
      'Đảng phí',
    ]);
    const summary = workbook.getWorksheet('Tổng hợp');
    expect(summary?.getCell('A1').value).toBe('Tổng hợp — Chi bộ Khu phố 3 (mã CB012), quý III năm 2026');
    expect(summary?.getCell('A2').value).toBe('Số liệu tính đến ngày 30/09/2026; lập ngày 05/10/2026.');
    expect(summary?.getRow(1).font?.bold).toBe(true);
    // The header row of the first table, bold.
    expect(summary?.getRow(5).values).toEqual([undefined, 'STT', 'Chỉ tiêu', 'Mã chỉ tiêu', 'Số liệu']);
    expect(summary?.getCell('B5').font?.bold).toBe(true);
  });

  it('writes figures as numbers: counts, a rate with a % format, money with grouping; an absent figure stays empty', async () => {
    const summary = (await readBack(await reportWorkbook(cellReport()))).getWorksheet('Tổng hợp');
    if (!summary) throw new Error('sheet');
    const total = rowLabelled(summary, 'Tổng số đảng viên (đảng số)').getCell(4);
    expect(total.type).toBe(ExcelJS.ValueType.Number);
    expect(total.value).toBe(11);
    const attendance = rowLabelled(summary, 'Tỷ lệ đảng viên dự sinh hoạt').getCell(4);
    expect(attendance.value).toBe(0.855);
    expect(attendance.numFmt).toBe('0.0%');
    const dues = rowLabelled(summary, 'Đảng phí đã thu (đồng)').getCell(4);
    expect(dues.value).toBe(1_250_000);
    expect(dues.numFmt).toBe('#,##0');
    // A quarter has no rating: an empty cell, not 0.
    expect(rowLabelled(summary, 'Hoàn thành xuất sắc nhiệm vụ').getCell(4).type).toBe(ExcelJS.ValueType.Null);
  });

  it('writes days as real dates shown dd/mm/yyyy in the member list', async () => {
    const members = (await readBack(await reportWorkbook(cellReport()))).getWorksheet('Danh sách đảng viên');
    if (!members) throw new Error('sheet');
    const an = rowLabelled(members, 'Nguyễn Văn An');
    expect(an.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((an.getCell(4).value as Date).toISOString()).toBe('1980-03-15T00:00:00.000Z');
    expect(an.getCell(4).numFmt).toBe('dd/mm/yyyy');
    // The card number stays text (leading zero kept).
    expect(an.getCell(9).value).toBe('012345678');
    expect(an.getCell(13).value).toBe('Đảng viên chính thức');
  });

  it('gives a committee a column per unit and states a failed balance under the tables', async () => {
    const summary = (await readBack(await reportWorkbook(committeeReport()))).getWorksheet('Tổng hợp');
    if (!summary) throw new Error('sheet');
    expect(summary.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Chỉ tiêu',
      'Mã chỉ tiêu',
      'Toàn đơn vị',
      'Đảng ủy xã Tân Lập (DU07)',
      'Chi bộ thôn Đông (CB071)',
      'Chi bộ thôn Tây (CB072)',
    ]);
    const total = rowLabelled(summary, 'Tổng số đảng viên (đảng số)');
    expect([4, 5, 6, 7].map((column) => total.getCell(column).value)).toEqual([18, 0, 11, 7]);
    const texts: string[] = [];
    summary.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain('CÂN ĐỐI SAI: đầu kỳ 16 + tăng 2 − giảm 1 = 17, nhưng đảng số cuối kỳ là 18 (chênh 1). Cần kiểm tra lại các biến động đã ghi.');
    expect(texts).toContain('- Chi bộ thôn Tây (mã CB072): đầu kỳ 6 + tăng 0 − giảm 0 = 6, đảng số cuối kỳ 7.');
  });
});
