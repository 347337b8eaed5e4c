import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatViDate } from '../../../shared/dates/calendar';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { supportDialogs } from '../members/dialog';
import { addMember, AN, call, THU, today } from '../members/register';

const ui = messages.meetings;
const form = ui.form;
const detail = ui.detail;

/** axe's rules that jsdom can answer; colour contrast is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const box = (name: string) => screen.getByRole('textbox', { name });

describe('cell meetings', () => {
  let test: TestStore;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  /** Opens the form and types the day and times; the attendance list then shows the members expected that day. */
  async function startMeeting(startTime: string, endTime: string) {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/meetings/new' });
    expect(await screen.findByRole('heading', { level: 1, name: form.newTitle })).toHaveFocus();
    await user.type(box(form.date), formatViDate(today));
    await user.type(box(form.startTime), startTime);
    await user.type(box(form.endTime), endTime);
    await screen.findByRole('radiogroup', { name: `Đồng chí ${AN.fullName}` });
    return user;
  }

  it('lists the members expected on the day, each present until marked otherwise', async () => {
    await addMember(test, AN);
    await addMember(test, THU);
    await startMeeting('19:00', '21:00');
    for (const name of [AN.fullName, THU.fullName]) {
      const group = screen.getByRole('radiogroup', { name: `Đồng chí ${name}` });
      expect(within(group).getByRole('radio', { name: ui.presence.present })).toBeChecked();
    }
    expect(await violations()).toEqual([]);
  });

  it('records a meeting with an unexcused absence as falling short, naming the member', async () => {
    await addMember(test, AN);
    await addMember(test, THU);
    const user = await startMeeting('19:00', '21:00');
    const an = screen.getByRole('radiogroup', { name: `Đồng chí ${AN.fullName}` });
    await user.click(within(an).getByRole('radio', { name: ui.presence.absent }));
    await user.click(screen.getByRole('button', { name: form.save }));

    const heading = await screen.findByRole('heading', { level: 1, name: `Buổi sinh hoạt ngày ${formatViDate(today)}` });
    // The page takes the focus once it has opened, which may be a moment after its heading appears on a busy machine.
    await waitFor(() => expect(heading).toHaveFocus());
    const quality = screen.getByRole('region', { name: detail.quality });
    expect(within(quality).getByText(detail.qualityVerdict).nextElementSibling).toHaveTextContent(ui.quality.failed);
    expect(within(quality).getByText(/vắng không lý do: Trần Văn An\./)).toHaveTextContent(
      'Có 1 đảng viên vắng không lý do: Trần Văn An. Theo Hướng dẫn 12-HD/BTCTW ngày 6/7/2018',
    );
    expect(within(quality).queryByText(detail.durationShortTitle)).toBeNull();
    expect(await violations()).toEqual([]);
  });

  it('asks the reason of an excused absence before saving', async () => {
    await addMember(test, AN);
    const user = await startMeeting('19:00', '21:00');
    const an = screen.getByRole('radiogroup', { name: `Đồng chí ${AN.fullName}` });
    await user.click(within(an).getByRole('radio', { name: ui.presence.excused }));
    const reason = await screen.findByRole('textbox', { name: `Lý do vắng của đồng chí ${AN.fullName}` });
    await user.click(screen.getByRole('button', { name: form.save }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(messages.validation.meeting_reason_required));
    await user.type(reason, 'Đi công tác');
    await user.click(screen.getByRole('button', { name: form.save }));
    await screen.findByRole('heading', { level: 1, name: `Buổi sinh hoạt ngày ${formatViDate(today)}` });
    const attendance = screen.getByRole('table', { name: detail.attendance });
    expect(within(attendance).getByRole('row', { name: new RegExp(AN.fullName) })).toHaveTextContent(
      `${AN.fullName}${ui.presence.excused}Đi công tác`,
    );
  });

  it('warns when a regular meeting lasted 80 minutes', async () => {
    await addMember(test, AN);
    const user = await startMeeting('19:00', '20:20');
    await user.click(screen.getByRole('button', { name: form.save }));
    const quality = await screen.findByRole('region', { name: detail.quality });
    expect(within(quality).getByText(detail.qualityVerdict).nextElementSibling).toHaveTextContent(ui.quality.passed);
    expect(within(quality).getByText(detail.durationShortTitle)).toBeInTheDocument();
    expect(within(quality).getByText(/Buổi sinh hoạt kéo dài 80 phút, chưa đủ 90 phút\./)).toBeInTheDocument();
  });

  it('lists the year’s meetings newest first, and says when there are none', async () => {
    const an = await addMember(test, AN);
    const thu = await addMember(test, THU);
    const user = userEvent.setup();
    const { unmount } = renderWithApp(<App />, { transport: test.transport, path: '/meetings' });
    expect(await screen.findByRole('heading', { level: 1, name: ui.list.title })).toHaveFocus();
    await screen.findByRole('region', { name: `Năm ${today.slice(0, 4)} chưa có buổi sinh hoạt nào trong sổ` });
    expect(screen.getByRole('link', { name: messages.meetings.nav })).toHaveAttribute('aria-current', 'page');
    unmount();

    const base = { kind: 'regular', date: today, startTime: '19:00', endTime: '21:00' } as const;
    await call(test, 'meetings.create', {
      ...base,
      startTime: '07:00',
      endTime: '09:00',
      attendance: [
        { memberId: an.id, presence: 'present' },
        { memberId: thu.id, presence: 'present' },
      ],
    });
    await call(test, 'meetings.create', {
      ...base,
      kind: 'thematic',
      attendance: [
        { memberId: an.id, presence: 'absent' },
        { memberId: thu.id, presence: 'present' },
      ],
    });
    renderWithApp(<App />, { transport: test.transport, path: '/meetings' });
    const table = await screen.findByRole('table', { name: `Năm ${today.slice(0, 4)}: 2 buổi sinh hoạt` });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').slice(0, 4).map((cell) => cell.textContent));
    const date = formatViDate(today);
    expect(rows).toEqual([
      [date, ui.kind.thematic.label, '1/2 có mặt (50%)', ui.quality.failed],
      [date, ui.kind.regular.label, '2/2 có mặt (100%)', ui.quality.passed],
    ]);
    expect(await violations()).toEqual([]);
    await user.click(within(table).getAllByRole('link', { name: `Xem buổi sinh hoạt ngày ${date}` })[0]!);
    await screen.findByRole('heading', { level: 1, name: `Buổi sinh hoạt ngày ${date}` });
  });

  it('deletes a meeting after confirmation', async () => {
    const an = await addMember(test, AN);
    const meeting = await call(test, 'meetings.create', {
      kind: 'regular',
      date: today,
      startTime: '19:00',
      endTime: '21:00',
      attendance: [{ memberId: an.id, presence: 'present' }],
    });
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/meetings/${meeting.id}` });
    await user.click(await screen.findByRole('button', { name: detail.delete }));
    const dialog = screen.getByRole('dialog', { name: detail.confirmTitle });
    expect(within(dialog).getByRole('button', { name: detail.keep })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: detail.confirm }));
    await screen.findByRole('region', { name: `Năm ${today.slice(0, 4)} chưa có buổi sinh hoạt nào trong sổ` });
    expect((await call(test, 'meetings.list', {})).meetings).toEqual([]);
  });

  it('edits a meeting, keeping what was marked', async () => {
    const an = await addMember(test, AN);
    const meeting = await call(test, 'meetings.create', {
      kind: 'regular',
      date: today,
      startTime: '19:00',
      endTime: '21:00',
      attendance: [{ memberId: an.id, presence: 'excused', reason: 'Ốm' }],
    });
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/meetings/${meeting.id}/edit` });
    const reason = await screen.findByRole('textbox', { name: `Lý do vắng của đồng chí ${AN.fullName}` });
    expect(reason).toHaveValue('Ốm');
    await user.clear(box(form.place));
    await user.type(box(form.place), 'Nhà văn hóa khu phố');
    await user.click(screen.getByRole('button', { name: form.saveChanges }));
    const general = await screen.findByRole('region', { name: detail.general });
    expect(within(general).getByText(detail.place).nextElementSibling).toHaveTextContent('Nhà văn hóa khu phố');
    expect(screen.getByRole('table', { name: detail.attendance })).toHaveTextContent('Ốm');
  });
});
