import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';
import type { RatingLevel } from '../../../shared/ratings/levels';

const ui = vi.ratings;

/** The year's rating sheet: a level per member, the unit's level, the counts and the quota warning. */
export class RatingsPage {
  readonly heading: Locator;
  readonly save: Locator;
  readonly quotaWarning: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ui.page.title });
    this.save = page.getByRole('button', { name: ui.page.save });
    this.quotaWarning = page.getByRole('alert').filter({ hasText: ui.page.quotaTitle });
  }

  async rate(fullName: string, level: RatingLevel): Promise<void> {
    const select = this.page.getByRole('combobox', { name: ui.page.levelOf.replace('{{name}}', fullName) });
    await select.selectOption({ label: ui.level[level] });
  }

  saved(year: number): Locator {
    return this.page.getByText(ui.page.saved.replace('{{year}}', String(year)));
  }
}
