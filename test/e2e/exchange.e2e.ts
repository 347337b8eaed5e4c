import { copyFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { CompletenessPage } from './pages/CompletenessPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { exchangeFixture, registerForExchangeImport, registerForUpperCommittee, registerWithMembers } from './support/register';
import { usePreviewSession } from './support/session';

const exportUi = vi.exchange.export;
const importUi = vi.exchange.import;

describe('sending a period file up, in the browser preview', () => {
  const session = usePreviewSession(registerWithMembers);

  it('exports the last quarter’s signed file from the cell, with the unit’s fingerprint to read aloud', async () => {
    const { page, pageErrors } = session();
    await new AppShell(page).open(vi.exchange.nav);
    await page.getByRole('heading', { level: 1, name: exportUi.title }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: exportUi.submit }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^CB012_\d{4}-Q[1-4]_r1\.scb$/);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 30).toString('utf8')).toContain('"format":"sochibo-exchange"');
    await page.getByText(/^Đã xuất tệp CB012_.*\(lần 1\)\.$/).waitFor();
    await saveScreenshot(page, '80-exchange-export');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('receiving a unit’s file at the parent, in the browser preview', () => {
  const session = usePreviewSession(registerForExchangeImport);

  it('checks the cell’s file, asks to trust its key by fingerprint, receives it and logs it', async () => {
    const { page, pageErrors } = session();
    await page.goto(`${session().preview.url.replace(/#.*$/, '')}#/exchange/import`);
    await page.getByRole('heading', { level: 1, name: importUi.page.title }).waitFor();
    await page.locator('input[type="file"]').first().setInputFiles(exchangeFixture.cellFile);
    const table = page.getByRole('table', { name: importUi.page.previewCaption.replace('{{count}}', '1') });
    await table.getByText(importUi.outcome.untrusted).waitFor();
    await table.getByText(basename(exchangeFixture.cellFile)).waitFor();
    await saveScreenshot(page, '81-exchange-import-untrusted');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: importUi.page.trust.replace('{{code}}', 'CB012') }).check();
    await page.getByRole('button', { name: importUi.page.commit }).click();
    await page.getByText(importUi.page.summary.replace('{{ok}}', '1').replace('{{refused}}', '0')).waitFor();
    await saveScreenshot(page, '82-exchange-import-done');

    await page.getByRole('link', { name: importUi.page.history }).click();
    await page.getByRole('heading', { level: 1, name: importUi.history.title }).waitFor();
    await page.getByRole('table', { name: /^Lịch sử nhận tệp/ }).getByText(basename(exchangeFixture.cellFile)).first().waitFor();
    await saveScreenshot(page, '83-exchange-history');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: vi.exchange.completeness.open }).click();
    const board = new CompletenessPage(page);
    await board.heading.waitFor();
    // The board opens on the last ended quarter, the period of the file just received.
    const [year, quarter] = exchangeFixture.period.split('-Q');
    expect(await page.getByRole('combobox', { name: vi.reports.ui.choose.year }).inputValue()).toBe(year);
    expect(await page.getByRole('combobox', { name: vi.reports.ui.choose.quarter }).inputValue()).toBe(quarter);
    const cell = board.unit('CB012');
    await cell.getByRole('cell', { name: vi.exchange.completeness.table.status.received, exact: true }).waitFor();
    await cell.getByRole('cell', { name: 'lần 1', exact: true }).waitFor();
    // Received today: late or not depends on how far today is past the default deadline.
    expect(await board.level(1).textContent()).toMatch(/^Cấp 1 \(đơn vị trực thuộc\): 1\/1 đã nộp \(100 %\), [01] nộp muộn, 0 đã sửa, 0 chưa nộp$/);
    await board.checksHeading.waitFor();
    await saveScreenshot(page, '84-exchange-completeness');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The committee's report now takes the cell's figures from its file, and says so.
    await new AppShell(page).open(vi.reports.nav);
    const sources = page.getByRole('region', { name: vi.reports.ui.sources.title });
    await sources.getByRole('rowheader', { name: 'Chi bộ Khu phố 3 (CB012)' }).waitFor();
    await sources.getByRole('cell', { name: 'lần 1', exact: true }).waitFor();
    await saveScreenshot(page, '85-exchange-report-sources');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Its member list holds the cell's members as the file lists them, with no page here to open.
    await page.getByRole('link', { name: vi.reports.ui.sections.members, exact: true }).click();
    const members = page.getByRole('table', { name: /^Danh sách đảng viên tại ngày/ });
    const firstRow = members.getByRole('row').nth(1);
    await firstRow.getByRole('cell', { name: 'Chi bộ Khu phố 3', exact: true }).waitFor();
    expect(await firstRow.getByRole('link').count()).toBe(0);
    await saveScreenshot(page, '85b-exchange-report-members');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The committee sends its own file up, the cell's nested inside.
    await new AppShell(page).open(vi.exchange.nav);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: exportUi.submit }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`DU05_${exchangeFixture.period}_r1.scb`);
    exchangeFixture.committeeFile = join(dirname(exchangeFixture.cellFile), file.suggestedFilename());
    copyFileSync(await file.path(), exchangeFixture.committeeFile);
    expect(pageErrors).toEqual([]);
  });
});

describe('the third level: the upper committee receives the committee’s file', () => {
  const session = usePreviewSession(registerForUpperCommittee);

  it('verifies the nested cell file and sees the cell two levels down on its board', async () => {
    const { page, pageErrors } = session();
    await page.goto(`${session().preview.url.replace(/#.*$/, '')}#/exchange/import`);
    await page.getByRole('heading', { level: 1, name: importUi.page.title }).waitFor();
    await page.locator('input[type="file"]').first().setInputFiles(exchangeFixture.committeeFile);
    await page.getByRole('checkbox', { name: importUi.page.trust.replace('{{code}}', 'DU05') }).check();
    await page.getByRole('button', { name: importUi.page.commit }).click();
    await page.getByText(importUi.page.summary.replace('{{ok}}', '1').replace('{{refused}}', '0')).waitFor();

    await page.getByRole('link', { name: vi.exchange.completeness.open }).click();
    const board = new CompletenessPage(page);
    await board.heading.waitFor();
    await board.unit('DU05').waitFor();
    await board.unit('CB012').getByRole('cell', { name: vi.exchange.completeness.table.status.received, exact: true }).waitFor();
    expect(await board.level(2).textContent()).toMatch(/^Cấp 2 .*: 1\/1 đã nộp \(100 %\)/);
    await saveScreenshot(page, '86-exchange-completeness-two-levels');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
