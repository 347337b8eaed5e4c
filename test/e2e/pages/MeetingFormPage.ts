import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';
import type { Presence } from '../../../shared/meetings/kinds';

const form = vi.meetings.form;

export interface MeetingFacts {
  date: string;
  startTime: string;
  endTime: string;
  place?: string;
  chair?: string;
  secretary?: string;
  agenda?: string;
}

/** The form that records a meeting: its facts, then each expected member's presence. */
export class MeetingFormPage {
  readonly heading: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: form.newTitle });
    this.save = page.getByRole('button', { name: form.save });
  }

  async fill(facts: MeetingFacts): Promise<void> {
    const box = (name: string) => this.page.getByRole('textbox', { name, exact: true });
    await box(form.date).fill(facts.date);
    await box(form.startTime).fill(facts.startTime);
    await box(form.endTime).fill(facts.endTime);
    if (facts.place) await box(form.place).fill(facts.place);
    if (facts.chair) await box(form.chair).fill(facts.chair);
    if (facts.secretary) await box(form.secretary).fill(facts.secretary);
    if (facts.agenda) await box(form.agenda).fill(facts.agenda);
  }

  /** The radio group of one member, present once the day is typed. */
  presenceOf(fullName: string): Locator {
    return this.page.getByRole('radiogroup', { name: form.presenceOf.replace('{{name}}', fullName) });
  }

  async mark(fullName: string, presence: Presence, reason?: string): Promise<void> {
    await this.presenceOf(fullName).getByRole('radio', { name: vi.meetings.presence[presence] }).check();
    if (reason) await this.page.getByRole('textbox', { name: form.reason.replace('{{name}}', fullName) }).fill(reason);
  }
}
