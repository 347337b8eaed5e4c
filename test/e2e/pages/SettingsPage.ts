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

  /**
   * Chooses a language by its own name ("English", "Tiếng Việt"), the same in every locale. A click, not check():
   * the choice shows as checked once the setting is saved, a moment after the click.
   */
  async chooseLanguage(name: string): Promise<void> {
    const choice = this.page.getByRole('radio', { name, exact: true });
    await choice.click();
    await choice.and(this.page.locator('[aria-checked="true"]')).waitFor();
  }
}
