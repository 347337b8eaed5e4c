import type { Locator, Page } from 'playwright-core';
import type { OrgKind } from '../../../shared/org/kinds';
import { vi } from '../../../shared/i18n/vi';

export interface SetupDetails {
  name: string;
  code: string;
  kind: OrgKind;
  parentName?: string;
  parentCode?: string;
}

/** The first-run form, addressed the way a person finds things on it: by its visible labels. */
export class SetupPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly code: Locator;
  readonly parentName: Locator;
  readonly parentCode: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: vi.setup.title });
    this.name = page.getByLabel(vi.setup.name.label);
    this.code = page.getByLabel(vi.setup.code.label, { exact: false }).first();
    this.parentName = page.getByLabel(vi.setup.parentName.label);
    this.parentCode = page.getByLabel(vi.setup.parentCode.label);
    this.submit = page.getByRole('button', { name: vi.setup.submit });
    this.alert = page.getByRole('alert');
  }

  kind(kind: OrgKind): Locator {
    return this.page.getByRole('radio', { name: vi.org.kind[kind].label, exact: true });
  }

  /** The message shown under a field, found through the field's aria-describedby / error link. */
  message(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  async fill(details: SetupDetails): Promise<void> {
    await this.name.fill(details.name);
    await this.code.fill(details.code);
    await this.kind(details.kind).check();
    if (details.parentName !== undefined) await this.parentName.fill(details.parentName);
    if (details.parentCode !== undefined) await this.parentCode.fill(details.parentCode);
  }
}
