import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from './browser';
import { watchPageErrors } from './page-errors';
import { startPreview, type RunningPreview } from './preview-process';

/** The office laptop the app must be comfortable on. */
export const LAPTOP = { width: 1366, height: 768 };

export interface PreviewSession {
  page: Page;
  /** Console errors and uncaught exceptions so far (a CSP violation lands here). */
  pageErrors: string[];
  preview: RunningPreview;
}

/**
 * Registers the hooks of a spec whose every test opens a fresh register, made by `makeRegister`, in its own preview
 * process and browser context at laptop size; returns the running test's session.
 */
export function usePreviewSession(makeRegister: () => string): () => PreviewSession {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let session: PreviewSession | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const preview = await startPreview(makeRegister());
    context = await browser.newContext({ viewport: LAPTOP, locale: 'vi-VN' });
    const page = await context.newPage();
    session = { page, preview, pageErrors: watchPageErrors(page) };
    await page.goto(preview.url);
  });
  afterEach(async () => {
    await context?.close();
    await session?.preview.stop();
    session = undefined;
  });

  return () => {
    if (!session) throw new Error('usePreviewSession: no test is running');
    return session;
  };
}
