import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';
import type { EventType } from '../../../shared/members/events';

const ui = vi.members;

export interface NewEvent {
  type: EventType;
  date: string;
  otherUnit?: string;
  decisionNumber?: string;
}

/** One member: the computed state, the event timeline and the form that adds an event. */
export class MemberPage {
  readonly state: Locator;
  readonly timeline: Locator;
  readonly refusal: Locator;

  constructor(private readonly page: Page) {
    this.state = page.getByRole('region', { name: ui.detail.state });
    this.timeline = page.getByRole('table', { name: ui.events.title });
    this.refusal = page.getByRole('alert').filter({ hasText: ui.events.refused });
  }

  heading(fullName: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: fullName });
  }

  /** The status shown in "Tình trạng hôm nay", by its label. */
  status(label: string): Locator {
    return this.state.getByText(label, { exact: true });
  }

  async addEvent(event: NewEvent): Promise<void> {
    await this.page.getByRole('button', { name: ui.events.add, exact: true }).click();
    const form = this.page.getByRole('region', { name: ui.events.add });
    await form.getByRole('combobox', { name: ui.events.type }).selectOption({ label: vi.member.event[event.type] });
    const dateLabel = event.type === 'admitted' ? ui.events.admissionDate : ui.events.date;
    await form.getByRole('textbox', { name: dateLabel, exact: true }).fill(event.date);
    if (event.otherUnit) {
      const label = event.type === 'transferred_in' || event.type === 'temporary_in' ? ui.events.otherUnitFrom : ui.events.otherUnitTo;
      await form.getByRole('textbox', { name: label }).fill(event.otherUnit);
    }
    if (event.decisionNumber) await form.getByRole('textbox', { name: ui.events.decisionNumber }).fill(event.decisionNumber);
    await form.getByRole('button', { name: ui.events.save }).click();
  }

  /** Waits for the form to be gone after a successful save. */
  async eventSaved(): Promise<void> {
    await this.page.getByText(ui.events.saved, { exact: true }).waitFor();
  }
}
