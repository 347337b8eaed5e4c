import type { Locator, Page } from 'playwright-core';

/** The overview that names the organisation keeping the register. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  /** The page's title is the organisation's own name. */
  heading(organisationName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: organisationName });
  }

  text(value: string): Locator {
    return this.page.getByRole('main').getByText(value, { exact: false });
  }
}
