import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/store';
import { en } from '../../shared/i18n/en';
import { vi } from '../../shared/i18n/vi';
import { AppShell } from './pages/AppShell';
import { DashboardPage } from './pages/DashboardPage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { watchPageErrors } from './support/page-errors';
import { startPreview, type RunningPreview } from './support/preview-process';
import { LAPTOP } from './support/session';


const cell = {
  name: 'Chi bộ Khu phố 3',
  code: 'cb012',
  kind: 'chi_bo',
  parentName: 'Đảng ủy phường Hòa Bình',
  parentCode: 'DU05',
} as const;

describe('first run in the browser preview', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let dbFile: string;
  let preview: RunningPreview | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    dbFile = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
    context = await browser.newContext({ viewport: LAPTOP, locale: 'vi-VN' });
    page = await context.newPage();
    pageErrors = watchPageErrors(page);
  });
  afterEach(async () => {
    await context.close();
    await preview?.stop();
    preview = undefined;
  });

  async function open(): Promise<void> {
    preview = await startPreview(dbFile);
    await page.goto(preview.url);
  }

  it('sets up the organisation, refuses a bad code, lands on the dashboard and keeps it across a restart', async () => {
    await open();
    const setup = new SetupPage(page);
    await setup.heading.waitFor();
    await saveScreenshot(page, '01-setup-form');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await setup.fill({ ...cell, code: 'CB 01' });
    const codeMessage = setup.message(vi.validation.code_format);
    await codeMessage.waitFor();
    await setup.submit.click();
    await saveScreenshot(page, '02-invalid-code-refused');
    expect(await setup.heading.isVisible()).toBe(true);
    expect(await codeMessage.isVisible()).toBe(true);
    expect(await setup.code.getAttribute('aria-invalid')).toBe('true');

    await setup.code.fill(cell.code);
    await codeMessage.waitFor({ state: 'detached' });
    await setup.submit.click();

    const dashboard = new DashboardPage(page);
    await dashboard.heading(cell.name).waitFor();
    expect(await dashboard.text('CB012').isVisible()).toBe(true);
    expect(await dashboard.text(cell.parentName).isVisible()).toBe(true);
    await saveScreenshot(page, '03-dashboard');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await dashboard.heading(cell.name).waitFor();

    // Let the page finish loading its fonts, or stopping the server shows up as refused requests.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await preview?.stop();
    await open();
    await dashboard.heading(cell.name).waitFor();
    expect(await setup.heading.count()).toBe(0);
    await saveScreenshot(page, '04-dashboard-after-restart');

    expect(pageErrors).toEqual([]);
  });

  it('fits a 1366×768 screen without sideways scrolling and uses a font with every Vietnamese mark', async () => {
    await open();
    await new SetupPage(page).heading.waitFor();
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      fontReady: document.fonts.check('16px "Be Vietnam Pro"', 'Đảng ủy phường Hòa Bình ỹ ẵ ặ'),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.fontSize).toBeGreaterThanOrEqual(15);
    expect(layout.fontReady).toBe(true);
  });

  it('switches the interface to English in settings and remembers the choice', async () => {
    const store = openStore({ file: dbFile, appVersion: 'test' });
    store.handlers['org.setupHome']({ ...cell, code: 'CB012' });
    store.close();

    await open();
    const shell = new AppShell(page, vi);
    await new DashboardPage(page).heading(cell.name).waitFor();
    await shell.openSettings();
    const settings = new SettingsPage(page, vi);
    await settings.heading.waitFor();
    await saveScreenshot(page, '05-settings');
    await settings.chooseLanguage(vi.language.en);

    const settingsInEnglish = new SettingsPage(page, en);
    await settingsInEnglish.heading.waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await saveScreenshot(page, '06-settings-english');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await new AppShell(page, en).navigation.waitFor();
    await new AppShell(page, en).openSettings();
    await settingsInEnglish.heading.waitFor();
    expect(pageErrors).toEqual([]);
  });
});
