import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../shared/api/contract';
import { addDays, formatViDate } from '../../../shared/dates/calendar';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { supportDialogs } from '../members/dialog';
import { addMember, AN, call, today } from '../members/register';

// Screens under test: renderer/pages/inspections/* against a real store; "today" is this computer's day.

const ui = messages.inspections;
const form = ui.form;
const detail = ui.detail;

/** axe's rules that jsdom can answer; colour contrast is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const start = addDays(today, -40);
const year = start.slice(0, 4);
const overdueDeadline = addDays(today, -3);

/** A supervision of a member, 40 days ago: one recommendation overdue, one still in time, one done. */
const supervision = (memberId: number): CallInput<'inspections.create'> => ({
  direction: 'conducted',
  activity: 'giam_sat',
  kind: 'thuong_xuyen',
  basis: 'ad_hoc',
  conductedBy: 'Chi ủy',
  startDate: start,
  subjectType: 'member',
  memberId,
  conclusion: 'Đồng chí cần gương mẫu hơn nơi cư trú',
  recommendations: [
    { content: 'Viết bản tự kiểm điểm', deadline: overdueDeadline, responsible: 'Đồng chí An' },
    { content: 'Báo cáo chi bộ', deadline: addDays(today, 30) },
    { content: 'Gặp tổ dân phố', deadline: addDays(start, 5), doneOn: addDays(start, 4) },
  ],
});

describe('inspection and supervision screens', () => {
  let test: TestStore;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  it('lists the year’s records with their open and overdue recommendations, and opens one', async () => {
    const an = await addMember(test, AN);
    await call(test, 'inspections.create', supervision(an.id));
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/inspections?year=${year}` });
    expect(await screen.findByRole('heading', { level: 1, name: ui.list.title })).toHaveFocus();
    const table = await screen.findByRole('table', { name: `Năm ${year}: 1 cuộc kiểm tra, giám sát` });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(within(row!).getAllByRole('cell').slice(1, 6).map((cell) => cell.textContent)).toEqual([
      ui.directionShort.conducted,
      'Giám sát — Thường xuyên',
      `Đồng chí ${AN.fullName}`,
      'Đồng chí cần gương mẫu hơn nơi cư trú',
      '2 mở, 1 quá hạn',
    ]);
    expect(screen.getByRole('link', { name: ui.nav })).toHaveAttribute('aria-current', 'page');
    expect(await violations()).toEqual([]);
    await user.click(within(table).getByRole('link', { name: `Xem cuộc giám sát ngày ${formatViDate(start)}: Đồng chí ${AN.fullName}` }));
    await screen.findByRole('heading', { level: 1, name: `Giám sát ngày ${formatViDate(start)}: Đồng chí ${AN.fullName}` });
  });

  it('shows an overdue recommendation in words, marks it done on a day, and reopens it', async () => {
    const an = await addMember(test, AN);
    const record = await call(test, 'inspections.create', supervision(an.id));
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/inspections/${record.id}` });
    const table = await screen.findByRole('table', { name: detail.recommendations });
    const first = () => within(table).getByRole('row', { name: /Viết bản tự kiểm điểm/ });
    expect(first()).toHaveTextContent(`Quá hạn từ ${formatViDate(overdueDeadline)}`);
    expect(within(table).getByRole('row', { name: /Báo cáo chi bộ/ })).toHaveTextContent(ui.recommendationState.open);
    expect(within(table).getByRole('row', { name: /Gặp tổ dân phố/ })).toHaveTextContent(`Đã thực hiện ngày ${formatViDate(addDays(start, 4))}`);
    expect(await violations()).toEqual([]);

    await user.click(within(first()).getByRole('button', { name: 'Đánh dấu đã xong kiến nghị 1' }));
    const done = screen.getByRole('region', { name: 'Kiến nghị 1 đã thực hiện' });
    const day = within(done).getByRole('textbox', { name: detail.doneOn });
    expect(day).toHaveValue(formatViDate(today));
    await user.clear(day);
    await user.type(day, formatViDate(addDays(today, -1)));
    await user.type(within(done).getByRole('textbox', { name: detail.note }), 'Đã nộp chi ủy');
    await user.click(within(done).getByRole('button', { name: detail.saveDone }));
    await waitFor(() => expect(first()).toHaveTextContent(`Đã thực hiện ngày ${formatViDate(addDays(today, -1))}`));
    expect(first()).toHaveTextContent('Đã nộp chi ủy');
    expect(screen.queryByRole('region', { name: 'Kiến nghị 1 đã thực hiện' })).toBeNull();

    await user.click(within(first()).getByRole('button', { name: 'Mở lại kiến nghị 1' }));
    await waitFor(() => expect(first()).toHaveTextContent(`Quá hạn từ ${formatViDate(overdueDeadline)}`));
  });

  it('records a round through the form, refusing a deadline before the start until corrected', async () => {
    await addMember(test, AN);
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/inspections/new' });
    expect(await screen.findByRole('heading', { level: 1, name: form.newTitle })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: ui.activity.kiem_tra }));
    await user.type(screen.getByRole('textbox', { name: form.startDate }), formatViDate(start));
    await user.type(screen.getByRole('textbox', { name: form.conductedBy }), 'Chi ủy Chi bộ Khu phố 3');
    const member = screen.getByRole('combobox', { name: form.member });
    await within(member).findByRole('option', { name: AN.fullName });
    await user.selectOptions(member, AN.fullName);
    await user.click(screen.getByRole('checkbox', { name: form.violation }));
    await user.type(screen.getByRole('textbox', { name: form.conclusion }), 'Có vi phạm nhỏ');
    await user.click(screen.getByRole('button', { name: form.addRecommendation }));
    await user.type(screen.getByRole('textbox', { name: 'Nội dung kiến nghị 1' }), 'Khắc phục ngay');
    const deadline = screen.getByRole('textbox', { name: 'Hạn thực hiện kiến nghị 1' });
    await user.type(deadline, formatViDate(addDays(start, -1)));
    await user.click(screen.getByRole('button', { name: form.save }));
    await waitFor(() => expect(deadline).toHaveAccessibleDescription(new RegExp(ui.validation.deadline_before_start)));
    expect(await violations()).toEqual([]);

    await user.clear(deadline);
    await user.type(deadline, formatViDate(addDays(today, 10)));
    await user.click(screen.getByRole('button', { name: form.save }));
    await screen.findByRole('heading', { level: 1, name: `Kiểm tra ngày ${formatViDate(start)}: Đồng chí ${AN.fullName}` });
    const results = screen.getByRole('region', { name: detail.results });
    expect(within(results).getByText(detail.violation).nextElementSibling).toHaveTextContent(detail.violationYes);
    expect(screen.getByRole('table', { name: detail.recommendations })).toHaveTextContent('Khắc phục ngay');
    expect(screen.getByRole('link', { name: `Đồng chí ${AN.fullName}` })).toHaveAttribute('href', expect.stringMatching(/^\/members\/\d+$/));
  });

  it('links the member’s discipline to the member’s page', async () => {
    const an = await addMember(test, AN);
    const withDiscipline = await call(test, 'events.add', {
      memberId: an.id,
      event: { type: 'discipline', date: addDays(today, -5), form: 'khien_trach', decisionNumber: '03-QĐ/CB' },
    });
    const event = withDiscipline.events.find((row) => row.type === 'discipline')!;
    const record = await call(test, 'inspections.create', { ...supervision(an.id), violation: true, disciplineEventId: event.id });
    renderWithApp(<App />, { transport: test.transport, path: `/inspections/${record.id}` });
    const section = await screen.findByRole('region', { name: detail.discipline });
    expect(section).toHaveTextContent(`Khiển trách ngày ${formatViDate(addDays(today, -5))} — Quyết định số 03-QĐ/CB`);
    expect(within(section).getByRole('link', { name: `Xem trang của đồng chí ${AN.fullName}` })).toHaveAttribute('href', `/members/${an.id}`);
  });

  it('checks off a plan item once a record names it, and refuses deleting it, naming the record', async () => {
    const an = await addMember(test, AN);
    const item = await call(test, 'ktgsPlan.add', {
      year: Number(year),
      activity: 'giam_sat',
      kind: 'thuong_xuyen',
      subjectType: 'member',
      memberId: an.id,
      period: 'year',
      content: 'Giám sát việc giữ mối liên hệ nơi cư trú',
    });
    const user = userEvent.setup();
    const { unmount } = renderWithApp(<App />, { transport: test.transport, path: `/inspections/plan?year=${year}` });
    let table = await screen.findByRole('table', { name: `Năm ${year}: 1 việc, 0 đã thực hiện` });
    expect(within(table).getByRole('row', { name: /Giám sát việc giữ/ })).toHaveTextContent(ui.plan.state.pending);
    unmount();

    const record = await call(test, 'inspections.create', { ...supervision(an.id), basis: 'plan', planItemId: item.id });
    renderWithApp(<App />, { transport: test.transport, path: `/inspections/plan?year=${year}` });
    expect(await screen.findByRole('heading', { level: 1, name: `Chương trình kiểm tra, giám sát năm ${year}` })).toHaveFocus();
    table = await screen.findByRole('table', { name: `Năm ${year}: 1 việc, 1 đã thực hiện` });
    const row = within(table).getByRole('row', { name: /Giám sát việc giữ/ });
    expect(row).toHaveTextContent(ui.plan.state.fulfilled);
    expect(within(row).getByRole('link', { name: `Xem cuộc ngày ${formatViDate(start)}` })).toHaveAttribute('href', `/inspections/${record.id}`);
    expect(await violations()).toEqual([]);

    await user.click(within(row).getByRole('button', { name: 'Xóa việc: Giám sát việc giữ mối liên hệ nơi cư trú' }));
    await user.click(within(screen.getByRole('dialog', { name: ui.plan.confirmTitle })).getByRole('button', { name: ui.plan.confirm }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Không xóa được: cuộc kiểm tra, giám sát ngày ${formatViDate(start)} đối với ${AN.fullName} đã thực hiện việc này.`,
    );
    expect((await call(test, 'ktgsPlan.get', { year: Number(year) })).items).toHaveLength(1);
  });

  it('adds a plan item from the plan page', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/inspections/plan?year=${year}` });
    await screen.findByText(`Chương trình năm ${year} chưa có việc nào.`);
    await user.click(screen.getByRole('button', { name: ui.plan.add }));
    const region = screen.getByRole('region', { name: `Thêm việc vào chương trình năm ${year}` });
    await user.click(within(region).getByRole('radio', { name: ui.subject.text }));
    await user.type(within(region).getByRole('textbox', { name: ui.plan.subjectText }), 'Các đảng viên trẻ');
    await user.selectOptions(within(region).getByRole('combobox', { name: ui.plan.period }), ui.period.Q2);
    await user.type(within(region).getByRole('textbox', { name: ui.plan.content }), 'Giám sát việc học tập nghị quyết');
    await user.click(within(region).getByRole('button', { name: ui.plan.save }));
    const table = await screen.findByRole('table', { name: `Năm ${year}: 1 việc, 0 đã thực hiện` });
    expect(within(table).getByRole('row', { name: /Các đảng viên trẻ/ })).toHaveTextContent(ui.period.Q2);
  });
});
