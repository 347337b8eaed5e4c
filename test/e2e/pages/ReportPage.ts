import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.reports.ui;

export type ReportPart = keyof typeof ui.sections;

/** The report pages: the period chooser, the parts' links, and the part shown. */
export class ReportPage {
  readonly heading: Locator;
  readonly parts: Locator;
  readonly identityLine: Locator;
  readonly summaryTable: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ui.title });
    this.parts = page.getByRole('navigation', { name: ui.sections.label });
    this.identityLine = page.getByText(/^Đầu kỳ \d+ \+ kết nạp/);
    this.summaryTable = page.getByRole('table', { name: /^Các chỉ tiêu của/ });
  }

  /** The line naming the report shown: "Quý III năm 2026 — Chi bộ Khu phố 3". */
  reportTitle(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  partHeading(part: ReportPart): Locator {
    return this.page.getByRole('heading', { level: 2, name: ui.sections[part] });
  }

  async open(part: ReportPart): Promise<void> {
    await this.parts.getByRole('link', { name: ui.sections[part], exact: true }).click();
    await this.partHeading(part).waitFor();
  }

  /** The figure in the summary's total column for the indicator named `label`. */
  async total(label: string): Promise<string> {
    const row = this.summaryTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    return (await row.getByRole('cell').first().textContent()) ?? '';
  }

  async choosePeriod(kind: keyof typeof ui.choose.kinds, year: number, quarter?: number): Promise<void> {
    await this.page.getByRole('combobox', { name: ui.choose.kind }).selectOption({ label: ui.choose.kinds[kind] });
    await this.page.getByRole('combobox', { name: ui.choose.year }).selectOption(String(year));
    if (quarter !== undefined) await this.page.getByRole('combobox', { name: ui.choose.quarter }).selectOption(String(quarter));
  }
}
