import type { Locator, Page } from 'playwright-core';
import { vi } from '../../../shared/i18n/vi';

const field = vi.members.field;
const form = vi.members.form;

export interface NewMember {
  fullName: string;
  gender: 'Nam' | 'Nữ';
  birthDate: string;
  citizenId?: string;
  partyCardNumber?: string;
  admittedOn?: string;
  ceremonyOn?: string;
  officialOn?: string;
}

/** "Thêm đảng viên": the record form with its optional admission section. */
export class MemberFormPage {
  readonly heading: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: form.newTitle });
    this.save = page.getByRole('button', { name: form.save });
  }

  input(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(member: NewMember): Promise<void> {
    await this.input(field.fullName).fill(member.fullName);
    await this.page.getByRole('radio', { name: member.gender, exact: true }).click();
    await this.input(field.birthDate).fill(member.birthDate);
    if (member.citizenId) await this.input(field.citizenId).fill(member.citizenId);
    if (member.partyCardNumber) await this.input(field.partyCardNumber).fill(member.partyCardNumber);
    if (member.admittedOn) await this.input(form.admittedOn).fill(member.admittedOn);
    if (member.ceremonyOn) await this.input(form.ceremonyOn).fill(member.ceremonyOn);
    if (member.officialOn) await this.input(form.officialOn).fill(member.officialOn);
  }
}
