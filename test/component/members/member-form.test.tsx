import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { call } from './register';

const { t } = createTranslator('vi');
const field = messages.members.field;
const form = messages.members.form;
const v = messages.validation;

describe('adding a member', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function openForm() {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/members' });
    await user.click(await screen.findByRole('link', { name: messages.members.list.add }));
    expect(await screen.findByRole('heading', { level: 1, name: form.newTitle })).toHaveFocus();
    const box = (name: string) => screen.getByRole('textbox', { name });
    return { user, box, save: screen.getByRole('button', { name: form.save }) };
  }

  it('asks for every field of the record, in the three parts of the party’s forms, and the admission', async () => {
    await openForm();
    for (const part of [form.personal, form.education, form.party, form.admission]) {
      expect(screen.getByRole('group', { name: part })).toBeVisible();
    }
    for (const name of [
      field.fullName,
      field.birthName,
      field.birthDate,
      field.birthPlace,
      field.hometown,
      field.permanentAddress,
      field.temporaryAddress,
      field.citizenId,
      field.phone,
      field.occupation,
      field.position,
      field.generalEducation,
      field.partyCardNumber,
      field.note,
      form.admittedOn,
      form.admissionDecision,
      form.ceremonyOn,
      form.officialOn,
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeVisible();
    }
    expect(screen.getByRole('radiogroup', { name: field.gender })).toBeVisible();
    expect(screen.getByRole('textbox', { name: field.ethnicity })).toHaveValue('Kinh');
    expect(screen.getByRole('combobox', { name: field.religion })).toHaveDisplayValue('Không');
    for (const name of [field.qualification, field.academicTitle, field.theoryLevel]) {
      expect(screen.getByRole('combobox', { name })).toHaveDisplayValue(form.none);
    }
    // A register with one unit does not ask for the unit.
    expect(screen.queryByRole('combobox', { name: field.unit })).toBeNull();
  });

  it('says under the box, as it is typed, that a citizen ID has 12 digits', async () => {
    const { user, box } = await openForm();
    const citizenId = box(field.citizenId);
    await user.type(citizenId, '12345');
    expect(citizenId).toHaveAttribute('aria-invalid', 'true');
    expect(citizenId).toHaveAccessibleDescription(expect.stringContaining(v.citizen_id_format));
    await user.type(citizenId, '6789012');
    expect(citizenId).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText(v.citizen_id_format)).toBeNull();
  });

  it('lists what is missing when an empty form is saved, and goes to the first of it', async () => {
    const { user, box, save } = await openForm();
    await user.click(save);
    expect(await screen.findByText(v.full_name_required)).toBeVisible();
    expect(screen.getByText(v.gender_required)).toBeVisible();
    expect(screen.getByText(v.date_required)).toBeVisible();
    expect(box(field.fullName)).toHaveFocus();
    expect((await call(test, 'members.list', {})).total).toBe(0);
  });

  it('saves a member with the admission, and opens the member’s page', async () => {
    const { user, box, save } = await openForm();
    await user.type(box(field.fullName), '  Nguyễn Thị  Hoa ');
    await user.click(screen.getByRole('radio', { name: messages.member.gender.nu }));
    await user.type(box(field.birthDate), '05/09/1975');
    await user.type(box(field.citizenId), '001175000123');
    await user.selectOptions(screen.getByRole('combobox', { name: field.theoryLevel }), messages.member.theory.cao_cap);
    await user.type(box(form.admittedOn), '10/03/2000');
    await user.type(box(form.ceremonyOn), '20/03/2000');
    await user.type(box(form.officialOn), '25/03/2001');
    await user.click(save);

    expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Thị Hoa' })).toBeVisible();
    const state = screen.getByRole('region', { name: messages.members.detail.state });
    expect(within(state).getByText(messages.member.status.official)).toBeVisible();
    const { rows } = await call(test, 'members.list', {});
    expect(rows).toMatchObject([{ fullName: 'Nguyễn Thị Hoa', gender: 'nu', birthDate: '1975-09-05', theoryLevel: 'cao_cap' }]);
  });

  it('asks for the admission date when only the other admission details are given', async () => {
    const { user, box } = await openForm();
    await user.type(box(form.officialOn), '25/03/2001');
    await user.type(box(field.fullName), 'Nguyễn Thị Hoa');
    await user.click(screen.getByRole('button', { name: form.save }));
    await waitFor(() => expect(box(form.admittedOn)).toHaveAttribute('aria-invalid', 'true'));
    expect(box(form.admittedOn)).toHaveAccessibleDescription(expect.stringContaining(v.date_required));
  });

  it('refuses a citizen ID another member holds, naming that member', async () => {
    await call(test, 'members.create', {
      record: { fullName: 'Trần Văn An', gender: 'nam', birthDate: '1970-03-15', ethnicity: '01', religion: 'khong', citizenId: '001070000001' },
      events: [],
    });
    const { user, box, save } = await openForm();
    await user.type(box(field.fullName), 'Trần Văn Ân');
    await user.click(screen.getByRole('radio', { name: messages.member.gender.nam }));
    await user.type(box(field.birthDate), '15/03/1970');
    await user.type(box(field.citizenId), '001070000001');
    await user.click(save);

    const refusal = t('errors.duplicate_citizen_id', { citizenId: '001070000001', name: 'Trần Văn An', unit: cell.name });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(form.failed);
    expect(alert).toHaveTextContent(refusal);
    expect(box(field.citizenId)).toHaveAccessibleDescription(expect.stringContaining(refusal));
    expect((await call(test, 'members.list', {})).total).toBe(1);
  });

  it('finds an ethnic group typed without marks', async () => {
    const { user } = await openForm();
    const ethnicity = screen.getByRole('textbox', { name: field.ethnicity });
    await user.clear(ethnicity);
    await user.type(ethnicity, 'hmong');
    const listbox = screen.getByRole('listbox', { hidden: true });
    // jsdom gives the box no size, so Mantine hides the list as "detached" from it; the options are there all the same.
    expect(within(listbox).getAllByRole('option', { hidden: true }).map((option) => option.textContent)).toEqual(['Mông']);
    await user.click(within(listbox).getByRole('option', { name: 'Mông', hidden: true }));
    expect(ethnicity).toHaveValue('Mông');
  });
});
