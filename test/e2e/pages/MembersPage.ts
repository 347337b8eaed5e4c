import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.members.list;

/** The member list: search, filters and the table, found by their visible names. */
export class MembersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ui.title });
    this.search = page.getByRole('searchbox', { name: ui.search });
    this.table = page.getByRole('table', { name: ui.table });
    this.count = page.getByText(/^Hiển thị \d+ trên \d+ đảng viên$/);
  }

  async addMember(): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: ui.add }).first().click();
  }

  async openImport(): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: ui.import }).first().click();
  }

  row(fullName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: fullName, exact: true }) });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }
}
