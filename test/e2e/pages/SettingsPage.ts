import type { Locator, Page } from 'playwright-core';
import type { Messages } from '../../../shared/i18n/vi';

export class SettingsPage {
  readonly heading: Locator;

  constructor(
    private readonly page: Page,
    messages: Messages,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: messages.settings.title });
  }

  /** Chooses a language by its own name ("English", "Tiếng Việt"), the same in every locale. */
  async chooseLanguage(name: string): Promise<void> {
    await this.page.getByRole('radio', { name, exact: true }).check({ force: true });
  }
}
