import type { Download, Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.exchange.transfer.export;

/** "Xuất tệp chuyển sinh hoạt đảng" on the page of a member who has transferred out: export, then the fingerprint. */
export class TransferExportPanel {
  readonly region: Locator;
  readonly button: Locator;
  /** "Đã xuất tệp CHUYEN_….scbt. Đọc dấu vân tay … cho đơn vị nhận qua điện thoại." */
  readonly done: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: ui.title });
    this.button = this.region.getByRole('button', { name: ui.button, exact: true });
    this.done = this.region.getByRole('status').filter({ hasText: /^Đã xuất tệp / });
  }

  /** Clicks the export button and returns the file the browser downloads. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button.click();
    return download;
  }

  /** The fingerprint the done message asks to read aloud: six groups of five digits. */
  async fingerprint(): Promise<string> {
    const text = (await this.done.textContent()) ?? '';
    const found = /Đọc dấu vân tay (\d{5}(?: \d{5}){5}) /.exec(text)?.[1];
    if (!found) throw new Error(`no fingerprint in «${text}»`);
    return found;
  }
}
