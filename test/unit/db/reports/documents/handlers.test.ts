import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INDICATOR_KEYS } from '../../../../../shared/reports/indicators';
import { buildQ3Fixture } from '../q3-fixture';
import { openReportRegister, type ReportRegister } from '../report-register';
import { libreOfficeSheets } from './external';

const SOFFICE_TIMEOUT = 120_000;

describe("'reports.xlsx' and 'reports.pdf' on a new register", () => {
  it('writes both documents with every table empty', async () => {
    const register = await openReportRegister();
    try {
      const pdf = await register.call('reports.pdf', { period: '2026', number: '', place: '' });
      expect(pdf.fileName).toBe('BaoCao_DB01_2026.pdf');
      const xlsx = await register.call('reports.xlsx', { period: '2026-9M' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('Danh sách đảng viên')?.getCell('A6').value).toBe('Không có.');
    } finally {
      register.cleanup();
    }
  });
});

describe("'reports.xlsx' and 'reports.pdf' on a register", () => {
  let register: ReportRegister;

  beforeEach(async () => {
    register = await openReportRegister();
    await buildQ3Fixture(register);
  });

  afterEach(() => register.cleanup());

  it('writes the workbook of the quarter with the figures of the period report, read back by LibreOffice', async () => {
    const report = await register.call('reports.period', { period: '2026-Q3' });
    const file = await register.call('reports.xlsx', { period: '2026-Q3' });
    expect(file.fileName).toBe('BaoCao_DB01_2026-Q3.xlsx');
    const bytes = Buffer.from(file.base64, 'base64');

    const summary = libreOfficeSheets(bytes).get('Tổng hợp') ?? [];
    for (const key of INDICATOR_KEYS) {
      const value = report.totals[key];
      const line = summary.find((fields) => fields[2]?.text === key);
      const expected = value === null ? '' : key.endsWith('_rate') ? `${(value * 100).toFixed(1)}%` : value.toLocaleString('en-US');
      expect(line?.[3], key).toEqual({ text: expected, quoted: false });
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const names: string[] = [];
    workbook.getWorksheet('Danh sách đảng viên')?.eachRow((row, number) => {
      if (number > 5) names.push(String(row.getCell(2).value));
    });
    expect(names).toEqual(report.members.map((member) => member.fullName));
  }, SOFFICE_TIMEOUT);

  it("writes one cell's PDF named by its code and the period", async () => {
    const file = await register.call('reports.pdf', { period: '2026-Q3', orgCode: 'CB01', number: '03-BC/CB', place: 'Hòa Bình' });
    expect(file.fileName).toBe('BaoCao_CB01_2026-Q3.pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a unit the register does not hold and a period that does not parse, as the report does', async () => {
    const unknown = await register.attempt('reports.pdf', { period: '2026-Q3', orgCode: 'CB99', number: '', place: '' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatchObject({ type: 'not_found', message: 'reports.errors.unit_not_found', params: { code: 'CB99' } });
    const badPeriod = await register.attempt('reports.xlsx', { period: '2026-Q5' });
    expect(badPeriod.ok).toBe(false);
    if (!badPeriod.ok) expect(badPeriod.error.issues).toEqual([{ path: 'period', message: 'reports.validation.period_format' }]);
  });
});
