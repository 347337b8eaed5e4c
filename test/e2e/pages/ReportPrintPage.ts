import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.reports.ui;

/** The report's "In và lưu" part: the document's number and place, print, PDF and Excel, and the document itself. */
export class ReportPrintPage {
  readonly number: Locator;
  readonly place: Locator;
  readonly print: Locator;
  readonly savePdf: Locator;
  readonly exportXlsx: Locator;
  readonly document: Locator;

  constructor(page: Page) {
    this.number = page.getByRole('textbox', { name: ui.print.number });
    this.place = page.getByRole('textbox', { name: ui.print.place });
    this.print = page.getByRole('button', { name: ui.print.print });
    this.savePdf = page.getByRole('button', { name: ui.print.pdf });
    this.exportXlsx = page.getByRole('button', { name: ui.print.xlsx });
    this.document = page.getByRole('article', { name: ui.print.document });
  }
}
