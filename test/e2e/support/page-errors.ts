import type { Page } from 'playwright-core';

/**
 * Collects what a developer would see in the console: errors, CSP refusals and uncaught exceptions. A page that
 * breaks its own Content-Security-Policy shows up here.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
