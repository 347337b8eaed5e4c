import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';
import type { Messages } from '../../../shared/i18n/vi';

/** The frame around every page once the register is set up: header and main navigation. */
export class AppShell {
  readonly navigation: Locator;

  constructor(
    private readonly page: Page,
    private readonly messages: Messages = vi,
  ) {
    this.navigation = page.getByRole('navigation', { name: messages.nav.main });
  }

  async openDashboard(): Promise<void> {
    await this.navigation.getByRole('link', { name: this.messages.nav.dashboard, exact: true }).click();
  }

  async openMembers(): Promise<void> {
    await this.navigation.getByRole('link', { name: this.messages.members.nav, exact: true }).click();
  }

  async openMeetings(): Promise<void> {
    await this.navigation.getByRole('link', { name: this.messages.meetings.nav, exact: true }).click();
  }

  /** One of the sections named in the navigation by `label`, e.g. messages.ratings.nav. */
  async open(label: string): Promise<void> {
    await this.navigation.getByRole('link', { name: label, exact: true }).click();
  }

  async openSettings(): Promise<void> {
    await this.navigation.getByRole('link', { name: this.messages.nav.settings, exact: true }).click();
  }
}
