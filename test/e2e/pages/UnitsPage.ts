import type { Locator, Page } from 'playwright-core';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi } from '../../../shared/i18n/vi';
import type { OrgKind } from '../../../shared/org/kinds';

const ui = vi.units;
const { t } = createTranslator('vi');

export interface NewUnit {
  name: string;
  code: string;
  kind: OrgKind;
}

/** "Đơn vị": the tree of units and the forms that open under a unit's row, found by their visible names. */
export class UnitsPage {
  readonly heading: Locator;
  readonly tree: Locator;
  /** The line that says what was just done. */
  readonly status: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ui.title });
    this.tree = page.getByRole('list', { name: ui.tree });
    this.status = page.getByRole('main').getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: vi.nav.main }).getByRole('link', { name: ui.nav, exact: true }).click();
    await this.heading.waitFor();
  }

  /** A unit's list item: its row, any form open under it, and the units below it. */
  unit(name: string): Locator {
    return this.tree.getByText(name, { exact: true }).locator('xpath=ancestor::li[1]');
  }

  /** The units directly or indirectly below `parent`, by name. */
  below(parent: string, name: string): Locator {
    return this.unit(parent).getByRole('list').getByText(name, { exact: true });
  }

  closedNote(name: string, date: string): Locator {
    return this.unit(name).getByText(t('units.closed', { date }), { exact: true }).first();
  }

  form(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async openAddForm(parent: string): Promise<Locator> {
    await this.page.getByRole('button', { name: t('units.actions.addLabel', { name: parent }), exact: true }).click();
    return this.form(t('units.add.title', { parent }));
  }

  async add(parent: string, unit: NewUnit): Promise<void> {
    const form = await this.openAddForm(parent);
    await form.getByRole('textbox', { name: ui.add.name }).fill(unit.name);
    await form.getByRole('textbox', { name: ui.add.code }).fill(unit.code);
    await form.getByRole('radio', { name: vi.org.kind[unit.kind].label, exact: true }).check();
    await form.getByRole('button', { name: ui.add.save }).click();
    await this.status.filter({ hasText: t('units.add.done', { name: unit.name, code: unit.code.toUpperCase(), parent }) }).waitFor();
  }

  async move(name: string, parent: { name: string; code: string }): Promise<void> {
    await this.page.getByRole('button', { name: t('units.actions.moveLabel', { name }), exact: true }).click();
    const form = this.form(t('units.move.title', { name }));
    await form.getByRole('combobox', { name: ui.move.parent }).selectOption({ label: t('units.move.option', parent) });
    await form.getByRole('button', { name: ui.move.save }).click();
    await this.status.filter({ hasText: t('units.move.done', { name, parent: parent.name }) }).waitFor();
  }

  /** Fills in the closing date and asks; the confirmation dialog is left open. */
  async askToClose(name: string, date: string): Promise<Locator> {
    await this.page.getByRole('button', { name: t('units.actions.closeLabel', { name }), exact: true }).click();
    const form = this.form(t('units.close.title', { name }));
    await form.getByRole('textbox', { name: ui.close.date }).fill(date);
    await form.getByRole('button', { name: ui.close.save }).click();
    const dialog = this.page.getByRole('dialog', { name: t('units.close.confirmTitle', { name }) });
    await dialog.waitFor();
    return dialog;
  }

  async confirmClose(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: ui.close.confirm, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
