import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, dateParts, endOfMonth, formatViDate } from '../../shared/dates/calendar';
import { createTranslator } from '../../shared/i18n/translator';
import { vi as messages } from '../../shared/i18n/vi';
import { App } from '../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from './harness';
import { addMember, today } from './members/register';

// Source under test: renderer/pages/dashboard/Reminders.tsx, over 'reminders.list' on a real store.

const { t } = createTranslator('vi');

describe('the dashboard’s "Việc cần làm"', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  it('says when there is nothing to be reminded of', async () => {
    // A combined meeting is this month's regular meeting and this quarter's thematic one.
    await test.store.handlers['meetings.create']({
      kind: 'combined',
      date: today,
      startTime: '08:00',
      endTime: '10:00',
      guests: [],
      attendance: [],
    });
    renderWithApp(<App />, { transport: test.transport });
    const section = await screen.findByRole('region', { name: messages.reminders.title });
    expect(await within(section).findByText(messages.reminders.empty)).toBeVisible();
  });

  it('lists a probation about to end in plain words, linking to the member’s page', async () => {
    // Admitted 11 months ago: the 12 months end in four or five weeks, inside the 60-day horizon.
    const admittedOn = addMonths(today, -11);
    const endsOn = addMonths(admittedOn, 12);
    const cuong = await addMember(test, { fullName: 'Nguyễn Văn Cường', gender: 'nam', birthDate: '1980-11-20', admittedOn });
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport });

    const section = await screen.findByRole('region', { name: messages.reminders.title });
    const line = t('reminders.line.probation_ending', { name: 'Nguyễn Văn Cường', months: 12, date: formatViDate(endsOn) });
    expect(line).toBe(`Đồng chí Nguyễn Văn Cường hết 12 tháng dự bị ngày ${formatViDate(endsOn)}: chi bộ cần xét công nhận chính thức.`);
    const link = await within(section).findByRole('link', { name: line });
    expect(link).toHaveAttribute('href', `/members/${cuong.id}`);
    // With this month's regular and this quarter's thematic meeting still to hold.
    expect(within(section).getAllByRole('listitem')).toHaveLength(3);

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Văn Cường' })).toBeVisible();
  });

  it('reminds of this month’s regular meeting until one is recorded, leading to the meeting form', async () => {
    const { year, month } = dateParts(today);
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport });
    const section = await screen.findByRole('region', { name: messages.reminders.title });
    const line = `Chưa có buổi sinh hoạt thường kỳ tháng ${month}/${year}: hạn cuối ngày ${formatViDate(endOfMonth(year, month))}.`;
    const link = await within(section).findByRole('link', { name: line });
    expect(link).toHaveAttribute('href', '/meetings/new');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: messages.meetings.form.newTitle })).toBeVisible();
  });
});
