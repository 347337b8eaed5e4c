import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.exchange.transfer.page;

/** "Chuyển sinh hoạt đảng bằng tệp" (/exchange/transfer): choose a .scbt file, read what it holds, receive it. */
export class TransferPage {
  readonly heading: Locator;
  /** "Nội dung tệp": the member, the sending unit, its transfer out and its key fingerprint. */
  readonly summary: Locator;
  readonly arrivalDate: Locator;
  readonly receive: Locator;
  readonly openMember: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: vi.exchange.transfer.title });
    this.summary = page.getByRole('region', { name: ui.previewTitle });
    this.arrivalDate = page.getByRole('textbox', { name: ui.date });
    this.receive = page.getByRole('button', { name: ui.commit, exact: true });
    this.openMember = page.getByRole('link', { name: ui.openMember });
  }

  async choose(file: string): Promise<void> {
    await this.page.getByLabel(ui.choose).setInputFiles(file);
  }

  /** The value shown beside `term` in the file's summary, e.g. ui.member. */
  detail(term: string): Locator {
    return this.summary.locator('dl > div').filter({ has: this.page.locator('dt').getByText(term, { exact: true }) }).locator('dd');
  }

  /** The sending unit's fingerprint, as printed under its label. */
  fingerprint(value: string): Locator {
    return this.summary.getByText(value, { exact: true });
  }

  /** "Đã nhận đồng chí … vào sổ." */
  received(fullName: string): Locator {
    return this.page.getByText(ui.done.replace('{{name}}', fullName), { exact: true });
  }
}
