import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatViDate, monthsBetween } from '../../../shared/dates/calendar';
import { createTranslator } from '../../../shared/i18n/translator';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { supportDialogs } from './dialog';
import { addMember, AN, BINH, call, monthsAgo } from './register';

const { t } = createTranslator('vi');
const detail = messages.members.detail;
const events = messages.members.events;

/** The value shown beside a label in a section of the page. */
function valueOf(section: HTMLElement, term: string) {
  return within(section).getByText(term).nextElementSibling;
}

/** The events as listed: date and event of each row, oldest first. */
function timeline(): string[] {
  const table = screen.getByRole('table', { name: events.title });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [date, event] = within(row).getAllByRole('cell');
      return `${date?.textContent} ${event?.textContent}`;
    });
}

describe('a member’s page', () => {
  let test: TestStore;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function openMember(id: number) {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/members/${id}` });
    return user;
  }

  it('shows the status, party age and dates computed from the events', async () => {
    const an = await addMember(test, AN);
    await openMember(an.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trần Văn An' })).toHaveFocus();

    const state = screen.getByRole('region', { name: detail.state });
    expect(valueOf(state, detail.status)).toHaveTextContent(messages.member.status.official);
    const months = monthsBetween('1995-05-10', an.state.asOf);
    expect(valueOf(state, detail.partyAge)).toHaveTextContent(`${Math.floor(months / 12)} năm ${months % 12} tháng`);
    expect(valueOf(state, detail.admittedOn)).toHaveTextContent('10/05/1995');
    expect(valueOf(state, detail.officialOn)).toHaveTextContent('01/06/1996');
    expect(within(state).queryByText(detail.probationEndsOn)).toBeNull();

    expect(timeline()).toEqual([`10/05/1995 ${messages.member.event.admitted}`, `01/06/1996 ${messages.member.event.made_official}`]);
    const admission = screen.getByRole('row', { name: new RegExp(messages.member.event.admitted) });
    expect(admission).toHaveTextContent('12-QĐ/ĐU của Đảng ủy phường');

    const education = screen.getByRole('region', { name: messages.members.form.education });
    expect(valueOf(education, messages.members.field.theoryLevel)).toHaveTextContent(messages.member.theory.trung_cap);
    expect(valueOf(education, messages.members.field.qualification)).toHaveTextContent(detail.notGiven);
    const personal = screen.getByRole('region', { name: messages.members.form.personal });
    expect(valueOf(personal, messages.members.field.birthDate)).toHaveTextContent('15/03/1970');
    expect(valueOf(personal, messages.members.field.ethnicity)).toHaveTextContent('Kinh');
  });

  it('says when a probationary member’s probation ends', async () => {
    const admittedOn = monthsAgo(3);
    const member = await addMember(test, { fullName: 'Nguyễn Văn Cường', gender: 'nam', birthDate: '1990-11-20', admittedOn });
    await openMember(member.id);
    const state = await screen.findByRole('region', { name: detail.state });
    expect(valueOf(state, detail.status)).toHaveTextContent(messages.member.status.probationary);
    expect(valueOf(state, detail.probationEndsOn)).toHaveTextContent(formatViDate(member.state.probationEndsOn ?? ''));
  });

  it('refuses an event that does not fit, citing the rule, and records nothing', async () => {
    const an = await addMember(test, AN);
    const user = await openMember(an.id);
    await user.click(await screen.findByRole('button', { name: events.add }));
    const form = screen.getByRole('region', { name: events.add });
    await user.selectOptions(within(form).getByRole('combobox', { name: events.type }), messages.member.event.made_official);
    await user.type(within(form).getByRole('textbox', { name: events.date }), '01/01/2020');
    await user.click(within(form).getByRole('button', { name: events.save }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(events.refused);
    expect(alert).toHaveTextContent(t('rules.already_official', { officialOn: '01/06/1996' }));
    expect(timeline()).toHaveLength(2);
    expect((await call(test, 'members.get', { id: an.id })).events).toHaveLength(2);
  });

  it('records a valid event, and the status follows at once', async () => {
    const member = await addMember(test, { fullName: 'Phạm Văn Dũng', gender: 'nam', birthDate: '1988-04-04', admittedOn: monthsAgo(14) });
    const user = await openMember(member.id);
    const state = await screen.findByRole('region', { name: detail.state });
    expect(valueOf(state, detail.status)).toHaveTextContent(messages.member.status.probationary);

    await user.click(screen.getByRole('button', { name: events.add }));
    const form = screen.getByRole('region', { name: events.add });
    await user.selectOptions(within(form).getByRole('combobox', { name: events.type }), messages.member.event.made_official);
    await user.type(within(form).getByRole('textbox', { name: events.date }), formatViDate(monthsAgo(1)));
    await user.type(within(form).getByRole('textbox', { name: events.decisionNumber }), '45-QĐ/ĐU');
    await user.click(within(form).getByRole('button', { name: events.save }));

    await waitFor(() => expect(valueOf(state, detail.status)).toHaveTextContent(messages.member.status.official));
    expect(screen.getByText(events.saved)).toBeVisible();
    expect(screen.queryByRole('region', { name: events.add })).toBeNull();
    expect(screen.getByRole('button', { name: events.add })).toHaveFocus();
    expect(timeline()).toEqual([
      `${formatViDate(monthsAgo(14))} ${messages.member.event.admitted}`,
      `${formatViDate(monthsAgo(1))} ${messages.member.event.made_official}`,
    ]);
  });

  it('shows the fields of the chosen type of event, checked as they are typed', async () => {
    const an = await addMember(test, { fullName: 'Trần Văn An', gender: 'nam', birthDate: '1970-03-15', admittedOn: '1995-05-10' });
    const user = await openMember(an.id);
    await user.click(await screen.findByRole('button', { name: events.add }));
    const form = screen.getByRole('region', { name: events.add });
    expect(within(form).getByRole('combobox', { name: events.type })).toHaveFocus();
    expect(within(form).queryByRole('textbox', { name: events.otherUnitTo })).toBeNull();

    await user.selectOptions(within(form).getByRole('combobox', { name: events.type }), messages.member.event.transferred_out);
    expect(within(form).getByRole('textbox', { name: events.otherUnitTo })).toBeVisible();
    await user.selectOptions(within(form).getByRole('combobox', { name: events.type }), messages.member.event.discipline);
    expect(within(form).queryByRole('textbox', { name: events.otherUnitTo })).toBeNull();
    expect(within(form).getByRole('combobox', { name: events.form })).toBeVisible();

    const date = within(form).getByRole('textbox', { name: events.date });
    await user.type(date, '31/02/2020');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(expect.stringContaining(messages.validation.date_invalid));
    await user.clear(date);
    await user.type(date, '28/02/2020');
    expect(date).toHaveAttribute('aria-invalid', 'false');
  });

  it('corrects an event, and deletes one only once the user confirms', async () => {
    const member = await addMember(test, BINH);
    const user = await openMember(member.id);
    const recognition = `${messages.member.event.made_official} ngày 01/02/2011`;

    await user.click(await screen.findByRole('button', { name: `Sửa sự kiện ${recognition}` }));
    const form = screen.getByRole('region', { name: events.editTitle });
    const date = within(form).getByRole('textbox', { name: events.date });
    expect(date).toHaveValue('01/02/2011');
    await user.clear(date);
    await user.type(date, '15/03/2011');
    await user.click(within(form).getByRole('button', { name: events.save }));
    await waitFor(() => expect(timeline()[1]).toBe(`15/03/2011 ${messages.member.event.made_official}`));

    const corrected = `${messages.member.event.made_official} ngày 15/03/2011`;
    await user.click(screen.getByRole('button', { name: `Xóa sự kiện ${corrected}` }));
    let dialog = screen.getByRole('dialog', { name: events.confirmTitle });
    expect(within(dialog).getByRole('button', { name: events.keep })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: events.keep }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(timeline()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: `Xóa sự kiện ${corrected}` }));
    dialog = screen.getByRole('dialog', { name: events.confirmTitle });
    await user.click(within(dialog).getByRole('button', { name: events.confirm }));
    await waitFor(() => expect(timeline()).toEqual([`05/01/2010 ${messages.member.event.admitted}`]));
    expect(screen.getByText(events.deleted)).toBeVisible();
    expect(screen.getByRole('button', { name: events.add })).toHaveFocus();
    const state = screen.getByRole('region', { name: detail.state });
    expect(valueOf(state, detail.status)).toHaveTextContent(messages.member.status.probationary);

    const history = screen.getByRole('region', { name: messages.members.history.title });
    expect(await within(history).findByText(`Xóa sự kiện ${messages.member.event.made_official}`)).toBeVisible();
    expect(within(history).getByText('Ngày: 01/02/2011 → 15/03/2011')).toBeVisible();
  });

  it('edits the record and lists the change in the history', async () => {
    const member = await addMember(test, { fullName: 'Lê Thị Bình', gender: 'nu', birthDate: '1985-07-20', admittedOn: '2010-01-05' });
    const user = await openMember(member.id);
    await user.click(await screen.findByRole('link', { name: detail.edit }));
    expect(await screen.findByRole('heading', { level: 1, name: messages.members.form.editTitle })).toBeVisible();
    const phone = screen.getByRole('textbox', { name: messages.members.field.phone });
    await user.type(phone, '0912345678');
    await user.click(screen.getByRole('button', { name: messages.members.form.saveChanges }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lê Thị Bình' })).toBeVisible();
    const personal = screen.getByRole('region', { name: messages.members.form.personal });
    expect(valueOf(personal, messages.members.field.phone)).toHaveTextContent('0912345678');
    const history = screen.getByRole('region', { name: messages.members.history.title });
    expect(await within(history).findByText('Số điện thoại: (trống) → 0912345678')).toBeVisible();
    expect(within(history).getByText(messages.members.history.memberUpdate)).toBeVisible();
    expect(within(history).getByText(messages.members.history.memberCreate)).toBeVisible();
  });

  it('says so when the member is not in the register', async () => {
    await openMember(999);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(detail.loadFailed);
    expect(alert).toHaveTextContent(t('errors.member_not_found', { id: 999 }));
  });
});
