import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatViDate } from '../../../shared/dates/calendar';
import { formatViMonth, monthOf } from '../../../shared/dues/months';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { duesKeys } from '../../../renderer/api/duesQueries';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { supportDialogs } from '../members/dialog';
import { addMember, AN, BINH, call, monthsAgo, today } from '../members/register';

// Source under test: renderer/pages/dues/*, renderer/api/duesQueries.ts, against the real store (db/dues/*).

const ui = messages.dues;
const events = messages.members.events;
const thisMonth = monthOf(today);
const lastYear = Number(today.slice(0, 4)) - 1;

/** axe's rules that jsdom can answer; colour contrast is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('party dues', () => {
  let test: TestStore;
  let an: number;
  let binh: number;
  beforeAll(supportDialogs);
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
    an = (await addMember(test, AN)).id;
    binh = (await addMember(test, BINH)).id;
    for (const memberId of [an, binh]) {
      await call(test, 'dues.setBasis', { memberId, fromMonth: `${lastYear}-01`, category: 'salary', amountVnd: 8_000_000 });
    }
  });
  afterEach(() => test.close());

  it('records a month: fill in the amounts owed, clear one, save, and read the totals with the cell’s share', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/dues' });
    expect(await screen.findByRole('heading', { level: 1, name: ui.sheet.title })).toHaveFocus();
    const sheet = await screen.findByRole('table', { name: `Bảng thu đảng phí tháng ${formatViMonth(thisMonth)}` });
    const rows = within(sheet).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(rows[0]).toHaveTextContent('80.000 đ');
    expect(rows[0]).toHaveTextContent('1% lương 8.000.000 đ');

    await user.click(screen.getByRole('button', { name: ui.sheet.fill }));
    const anAmount = screen.getByRole('textbox', { name: 'Số tiền đồng chí Trần Văn An đã nộp' });
    expect(anAmount).toHaveValue('80.000');
    expect(screen.getByRole('textbox', { name: 'Ngày nộp của đồng chí Trần Văn An' })).toHaveValue(formatViDate(today));
    await user.clear(screen.getByRole('textbox', { name: 'Số tiền đồng chí Lê Thị Bình đã nộp' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hình thức nộp của đồng chí Trần Văn An' }), ui.channel.portal);
    await user.click(screen.getByRole('button', { name: ui.sheet.save }));

    expect(await screen.findByRole('status')).toHaveTextContent(`Đã lưu bảng thu tháng ${formatViMonth(thisMonth)}.`);
    const totals = screen.getByRole('region', { name: `Tổng cộng tháng ${formatViMonth(thisMonth)}` });
    await waitFor(() => expect(within(totals).getByText(ui.totals.collected).nextElementSibling).toHaveTextContent('80.000 đ'));
    expect(within(totals).getByText(ui.totals.kept).nextElementSibling).toHaveTextContent('24.000 đ (30%)');
    expect(within(totals).getByText(ui.totals.remitted).nextElementSibling).toHaveTextContent('56.000 đ (70%)');
    const stored = await call(test, 'dues.month', { month: thisMonth });
    expect(stored.rows.map((row) => row.payment)).toEqual([{ amountVnd: 80_000, channel: 'portal', paidOn: today }, null]);
    expect(await violations()).toEqual([]);
  });

  it('takes a member off the month’s sheet as soon as their death is recorded on their page', async () => {
    const user = userEvent.setup();
    const { api, queryClient } = renderWithApp(<App />, { transport: test.transport, path: `/members/${an}` });
    // The month's sheet as seen earlier in the session: the cache never goes stale on its own.
    const before = await queryClient.fetchQuery({ queryKey: duesKeys.month(thisMonth), queryFn: () => api.call('dues.month', { month: thisMonth }) });
    expect(before.rows.map((row) => row.fullName)).toEqual(['Trần Văn An', 'Lê Thị Bình']);

    await user.click(await screen.findByRole('button', { name: events.add }));
    const form = screen.getByRole('region', { name: events.add });
    await user.selectOptions(within(form).getByRole('combobox', { name: events.type }), messages.member.event.died);
    await user.type(within(form).getByRole('textbox', { name: events.date }), formatViDate(monthsAgo(2)));
    await user.click(within(form).getByRole('button', { name: events.save }));
    expect(await screen.findByText(events.saved)).toBeVisible();

    await user.click(screen.getByRole('link', { name: ui.nav }));
    const sheet = await screen.findByRole('table', { name: `Bảng thu đảng phí tháng ${formatViMonth(thisMonth)}` });
    await waitFor(() => expect(within(sheet).getAllByRole('row').slice(1).map((row) => within(row).getByRole('link').textContent)).toEqual(['Lê Thị Bình']));
  });

  it('says what is wrong as the user types, and shows the service’s refusal of a payment dated after today', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/dues' });
    const amount = await screen.findByRole('textbox', { name: 'Số tiền đồng chí Trần Văn An đã nộp' });
    await user.type(amount, '-5');
    await waitFor(() => expect(amount).toHaveAccessibleDescription(ui.validation.amount_negative));
    await user.clear(amount);
    await user.type(amount, '80000');
    const later = new Date();
    later.setDate(later.getDate() + 3);
    const day = `${String(later.getDate()).padStart(2, '0')}/${String(later.getMonth() + 1).padStart(2, '0')}/${later.getFullYear()}`;
    await user.type(screen.getByRole('textbox', { name: 'Ngày nộp của đồng chí Trần Văn An' }), day);
    await user.click(screen.getByRole('button', { name: ui.sheet.save }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`Ngày nộp của đồng chí Trần Văn An (${day}) chưa đến.`);
  });

  it('shows a member’s ledger, warns with the rule after 3 months unpaid in a year, and takes a 50% reduction', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/dues/member/${an}?year=${lastYear}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Đảng phí của đồng chí Trần Văn An' })).toHaveFocus();
    const alert = screen.getByText(/không đóng đảng phí 12 tháng/);
    expect(alert).toHaveTextContent(`Năm ${lastYear} đồng chí không đóng đảng phí 12 tháng`);
    expect(alert).toHaveTextContent('đề nghị cấp có thẩm quyền xóa tên');
    expect(alert).toHaveTextContent(/Điều lệ Đảng|Quy định 01-QĐ\/TW/);
    const months = screen.getByRole('table', { name: `Đảng phí năm ${lastYear} theo tháng` });
    expect(within(months).getAllByRole('row')).toHaveLength(13);
    expect(await violations()).toEqual([]);

    // A 50% reduction from January this year for three months (a window QĐ 01 allows).
    const year = today.slice(0, 4);
    await user.selectOptions(screen.getByRole('combobox', { name: ui.ledger.year }), year);
    const reliefForm = await screen.findByRole('form', { name: ui.reliefForm.title });
    await user.type(within(reliefForm).getByRole('textbox', { name: ui.reliefForm.fromMonth }), `03/${year}`);
    await user.type(within(reliefForm).getByRole('textbox', { name: ui.reliefForm.toMonth }), `05/${year}`);
    await user.selectOptions(within(reliefForm).getByRole('combobox', { name: ui.reliefForm.kind }), ui.reliefKind.reduction);
    await user.selectOptions(within(reliefForm).getByRole('combobox', { name: ui.reliefForm.reason }), ui.reason.hardship);
    await user.selectOptions(await within(reliefForm).findByRole('combobox', { name: ui.reliefForm.percent }), '50%');
    await user.click(within(reliefForm).getByRole('button', { name: ui.reliefForm.save }));
    const reliefs = await screen.findByRole('table', { name: ui.ledger.reliefCaption });
    expect(reliefs).toHaveTextContent(`Từ 03/${year} đến 05/${year}`);
    expect(reliefs).toHaveTextContent('Giảm 50%: Hoàn cảnh khó khăn khác');
    const april = within(screen.getByRole('table', { name: `Đảng phí năm ${year} theo tháng` })).getByRole('row', { name: new RegExp(`^04/${year}`) });
    expect(april).toHaveTextContent('40.000 đ');
  });

  it('sums the year month by month with links to each month’s sheet', async () => {
    await call(test, 'dues.recordMonth', { month: `${lastYear}-03`, payments: [{ memberId: an, amountVnd: 80_000, channel: 'cash', paidOn: `${lastYear}-03-05` }] });
    renderWithApp(<App />, { transport: test.transport, path: `/dues/year?year=${lastYear}` });
    const table = await screen.findByRole('table', { name: `Đảng phí năm ${lastYear} theo tháng` });
    const march = within(table).getByRole('row', { name: new RegExp(`Tháng 03/${lastYear}`) });
    expect(within(march).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2',
      '1',
      '160.000 đ',
      '80.000 đ',
      '24.000 đ',
      '56.000 đ',
      '80.000 đ',
    ]);
    expect(within(march).getByRole('link')).toHaveAttribute('href', `/dues?month=${lastYear}-03`);
    expect(await violations()).toEqual([]);
  });
});
