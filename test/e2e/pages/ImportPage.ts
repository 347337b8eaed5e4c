import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.members.importPage;

/** "Nhập đảng viên từ Excel": choose a file, read the preview, import. */
export class ImportPage {
  readonly heading: Locator;
  readonly problemsAlert: Locator;
  readonly problems: Locator;
  readonly blockedButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ui.title });
    this.problemsAlert = page.getByRole('alert').filter({ hasText: ui.problemsTitle });
    this.problems = page.getByRole('table', { name: ui.problemsTable });
    this.blockedButton = page.getByRole('button', { name: ui.commitBlocked });
  }

  async choose(file: string): Promise<void> {
    await this.page.getByLabel(ui.file).setInputFiles(file);
  }

  commitButton(count: number): Locator {
    return this.page.getByRole('button', { name: ui.commit.replace('{{count}}', String(count)) });
  }

  done(added: number, events: number): Locator {
    return this.page.getByText(ui.done.replace('{{added}}', String(added)).replace('{{events}}', String(events)));
  }
}
