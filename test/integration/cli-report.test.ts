import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodReport } from '../../shared/reports/views';
import { buildQ3Fixture } from '../unit/db/reports/q3-fixture';
import { openReportRegister, type ReportRegister } from '../unit/db/reports/report-register';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node and compiles the TypeScript sources with tsx: about a second.
const CLI_TIMEOUT = 60_000;

describe('sochibo report', () => {
  let register: ReportRegister;
  let report: PeriodReport;

  // The runs only read the register (or write files beside it): one register for them all.
  beforeAll(async () => {
    register = await openReportRegister();
    await buildQ3Fixture(register);
    report = await register.call('reports.period', { period: '2026-Q3' });
    register.store.close();
  }, CLI_TIMEOUT);

  afterAll(() => register.cleanup());

  const sochibo = (args: string[]) => {
    const env = { ...process.env };
    delete env.SOCHIBO_DB;
    const result = spawnSync(process.execPath, [join(repoRoot, 'electron/cli/bin.mjs'), 'report', ...args, '--db', register.file], {
      cwd: register.dir,
      env,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("prints in JSON the same figures as 'reports.period', with stable keys", () => {
    const result = sochibo(['--period', '2026-Q3', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['period', 'org', 'asOf', 'indicators', 'units', 'identity', 'identityViolations', 'sources']);
    expect(json.indicators).toEqual(report.totals);
    expect(json).toEqual({
      period: { code: '2026-Q3', kind: 'quarter', year: 2026, quarter: 3, from: '2026-07-01', to: '2026-09-30' },
      org: report.org,
      asOf: '2026-09-30',
      indicators: report.totals,
      units: report.units.map(({ unit, indicators }) => ({
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parentCode: unit.parentCode,
        indicators,
        source: null,
      })),
      identity: report.identity,
      identityViolations: [],
      sources: [],
    });
  }, CLI_TIMEOUT);

  it('prints a summary in Vietnamese with the balance and each unit', () => {
    const result = sochibo(['--period', '2026-Q3']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Báo cáo quý III năm 2026 — Đảng bộ phường Hòa Bình (mã DB01), số liệu tính đến ngày 30/09/2026');
    expect(lines).toContain(
      `  Đảng số: 7 (chính thức ${report.totals['members.official']}, dự bị ${report.totals['members.probationary']}); nữ ${report.totals['members.female']}, dân tộc thiểu số ${report.totals['members.ethnic_minority']}, có tôn giáo ${report.totals['members.religious']}`,
    );
    expect(lines).toContain('  Cân đối đúng: 8 + 3 − 4 = 7.');
    // Each unit indented under the unit above it.
    expect(lines).toContain('      Chi bộ Khu phố 1 (mã CB01): đảng số 4; đầu kỳ 3, tăng 2, giảm 1');
  }, CLI_TIMEOUT);

  it('writes the PDF and the workbook to --out, whole, leaving no temporary file', () => {
    const pdf = sochibo(['--period', '2026-Q3', '--format', 'pdf', '--out', 'bao-cao.pdf', '--number', '05-BC/ĐU', '--place', 'Ba Đình']);
    expect(pdf.stderr).toBe('');
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toBe(`Đã ghi báo cáo vào tệp ${join(register.dir, 'bao-cao.pdf')}.\n`);
    expect(readFileSync(join(register.dir, 'bao-cao.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = sochibo(['--period', '2026-Q3', '--org', 'CB01', '--format', 'xlsx', '--out', 'bao-cao.xlsx']);
    expect(xlsx.status).toBe(0);
    // An XLSX is a zip archive.
    expect(readFileSync(join(register.dir, 'bao-cao.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(register.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, CLI_TIMEOUT);

  it.each([
    [['--format', 'pdf'], 'Định dạng pdf ghi ra tệp: hãy thêm --out TỆP.'],
    [['--format', 'docx'], 'Định dạng «docx» không có; dùng text, json, xlsx hoặc pdf.'],
  ])('answers a usage error (%j) with exit code 2', (args, message) => {
    const result = sochibo(['--period', '2026-Q3', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`Dùng lệnh chưa đúng: ${message}\nGõ «sochibo --help» để xem hướng dẫn.\n`);
    expect(existsSync(join(register.dir, 'bao-cao.docx'))).toBe(false);
  }, CLI_TIMEOUT);

  it('refuses with exit code 1 a unit the register does not hold and a period that does not parse', () => {
    const unknown = sochibo(['--period', '2026-Q3', '--org', 'CB99']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('Bị từ chối (--org): Trong sổ không có đơn vị mã CB99: không lập được báo cáo cho đơn vị này.\n');
    const badPeriod = sochibo(['--period', 'quy 3']);
    expect(badPeriod.status).toBe(1);
    expect(badPeriod.stderr).toContain(
      '--period: Kỳ báo cáo viết như 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (cả năm).',
    );
  }, CLI_TIMEOUT);
});
