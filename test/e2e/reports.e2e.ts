import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/dates/calendar';
import { vi } from '../../shared/i18n/vi';
import { defaultPeriod, romanQuarter } from '../../renderer/pages/reports/periodChoice';
import { AppShell } from './pages/AppShell';
import { ReportPage } from './pages/ReportPage';
import { ReportPrintPage } from './pages/ReportPrintPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { registerForReports } from './support/register';
import { usePreviewSession } from './support/session';

/** The quarter the report pages open on: the last one that has ended on this machine's clock. */
const now = new Date();
const quarter = defaultPeriod(toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }));

const pdfDir = join('test-results', 'pdf');

describe('the quarter report in the browser preview', () => {
  const session = usePreviewSession(registerForReports(quarter.from));

  it('shows the quarter’s figures and charts, prints the report on A4 and saves it as PDF', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).open(vi.reports.nav);
    const report = new ReportPage(page);
    await report.heading.waitFor();
    await report.partHeading('summary').waitFor();
    await report.reportTitle(`Quý ${romanQuarter(quarter.quarter ?? 0)} năm ${quarter.year} — Chi bộ Khu phố 3`).waitFor();

    // Three members before the quarter, Hồng admitted during it.
    expect(await report.identityLine.textContent()).toBe(
      'Đầu kỳ 3 + kết nạp 1 + chuyển đến 0 − chuyển đi 0 − từ trần 0 − xóa tên 0 − khai trừ 0 − ra khỏi Đảng 0 = cuối kỳ 4',
    );
    expect(await report.total('Tổng số đảng viên (đảng số)')).toBe('4');
    expect(await report.total('Đảng viên dự bị')).toBe('1');
    expect(await report.total('Buổi sinh hoạt thường kỳ')).toBe('3');
    expect(await page.getByRole('alert').count()).toBe(0);
    await saveScreenshot(page, '70-report-summary');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await report.open('charts');
    await page.locator('.recharts-wrapper').nth(2).waitFor();
    await saveScreenshot(page, '71-report-charts');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await report.open('print');
    const print = new ReportPrintPage(page);
    await print.number.fill('05-BC/CB');
    await print.place.fill('Hòa Bình');
    await print.document.getByText('Số 05-BC/CB').waitFor();
    expect(await print.document.textContent()).toContain('T/M CHI BỘ');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // "Lưu PDF": the register's own PDF, downloaded under its name.
    mkdirSync(pdfDir, { recursive: true });
    const [download] = await Promise.all([page.waitForEvent('download'), print.savePdf.click()]);
    expect(download.suggestedFilename()).toBe(`BaoCao_CB012_${quarter.code}.pdf`);
    const saved = join(pdfDir, 'report-saved.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // What the print dialog's "Save as PDF" produces: the print stylesheet leaves only the document on A4.
    await page.emulateMedia({ media: 'print' });
    const pdf = join(pdfDir, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await saveScreenshot(page, '72-report-print');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    expect(pageErrors).toEqual([]);
  });
});
