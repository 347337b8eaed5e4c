import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const detail = vi.meetings.detail;

/** One meeting: its facts, figures and quality verdict; and its printable minutes. */
export class MeetingPage {
  readonly quality: Locator;
  readonly minutesLink: Locator;
  readonly minutes: Locator;
  readonly print: Locator;

  constructor(private readonly page: Page) {
    this.quality = page.getByRole('region', { name: detail.quality });
    this.minutesLink = page.getByRole('link', { name: detail.minutes });
    this.minutes = page.getByRole('article', { name: vi.minutes.title });
    this.print = page.getByRole('button', { name: vi.minutes.print });
  }

  heading(date: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: detail.title.replace('{{date}}', date) });
  }
}
