import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.exchange.completeness;

/** "Tình hình nộp tệp báo cáo": the deadline, a line per level, the units' table, the cross-unit checks. */
export class CompletenessPage {
  readonly heading: Locator;
  readonly units: Locator;
  readonly checksHeading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ui.title });
    this.units = page.getByRole('table', { name: /^Tình hình nộp tệp / });
    this.checksHeading = page.getByRole('heading', { level: 2, name: vi.exchange.checks.title });
  }

  /** The summary line of a level, "Cấp 1 (đơn vị trực thuộc): 1/1 đã nộp (100 %), …". */
  level(depth: number): Locator {
    const name = depth === 1 ? ui.levels.first : ui.levels.deeper.replace('{{depth}}', String(depth));
    return this.page.getByRole('listitem').filter({ hasText: `${name}:` });
  }

  /** The units' table row of the unit with this code. */
  unit(code: string): Locator {
    return this.units.getByRole('row').filter({ has: this.page.getByRole('cell', { name: code, exact: true }) });
  }
}
