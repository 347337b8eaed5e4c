import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const ui = vi.inspections;
const form = ui.form;

export interface ReceivedVisit {
  startDate: string;
  conductedBy: string;
  /** The unit inspected, as the unit chooser names it. */
  unit: string;
  conclusion: string;
  recommendation: { content: string; deadline: string; responsible: string };
}

/** The form that records an inspection or supervision round with its recommendations. */
export class InspectionFormPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: form.newTitle });
  }

  /** An upper body's inspection of this unit, with one recommendation. */
  async recordReceivedInspection(visit: ReceivedVisit): Promise<void> {
    const box = (name: string) => this.page.getByRole('textbox', { name, exact: true });
    await this.page.getByRole('radio', { name: ui.direction.received.label }).check();
    await this.page.getByRole('radio', { name: ui.activity.kiem_tra, exact: true }).check();
    await box(form.startDate).fill(visit.startDate);
    await box(form.conductedBy).fill(visit.conductedBy);
    await this.page.getByRole('radio', { name: form.unit, exact: true }).check();
    await this.page.getByRole('combobox', { name: form.unit, exact: true }).selectOption({ label: visit.unit });
    await box(form.conclusion).fill(visit.conclusion);
    await this.page.getByRole('button', { name: form.addRecommendation }).click();
    await box(form.recommendationContent.replace('{{number}}', '1')).fill(visit.recommendation.content);
    await box(form.recommendationDeadline.replace('{{number}}', '1')).fill(visit.recommendation.deadline);
    await box(form.recommendationResponsible.replace('{{number}}', '1')).fill(visit.recommendation.responsible);
    await this.page.getByRole('button', { name: form.save, exact: true }).click();
  }
}
