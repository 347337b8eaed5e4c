import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { addMember, AN, BINH, call, THU, today } from '../members/register';

// Source under test: renderer/pages/ratings/* against the real store (db/ratings) in jsdom.

const ui = messages.ratings.page;
const year = Number(today.slice(0, 4));

/** axe's rules that jsdom can answer; colour contrast is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const levelOf = (name: string) => screen.getByRole('combobox', { name: `Mức xếp loại của đồng chí ${name}` });

describe('annual review and rating', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function openSheet() {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: `/ratings?year=${year}` });
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toHaveFocus();
    await screen.findByRole('table', { name: `Xếp loại đảng viên năm ${year}` });
    return user;
  }

  it('lists the year’s members in name order, the exempt one as not due with the reason', async () => {
    await addMember(test, THU);
    await addMember(test, AN);
    const binh = await addMember(test, BINH);
    await call(test, 'events.add', { memberId: binh.id, event: { type: 'exemption_start', date: today } });
    await openSheet();

    const table = screen.getByRole('table', { name: `Xếp loại đảng viên năm ${year}` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Đặng Thị Thu']);
    expect(rows[1]).toHaveTextContent('Không thuộc diện xếp loại: Miễn công tác và sinh hoạt đảng');
    expect(within(rows[1] as HTMLElement).queryByRole('combobox')).toBeNull();
    expect(levelOf(AN.fullName)).toHaveValue('');

    const notRated = screen.getByRole('region', { name: ui.notRated });
    expect(notRated).toHaveTextContent('Lê Thị Bình: Miễn công tác và sinh hoạt đảng');
    expect(notRated).toHaveTextContent('Trần Văn An: Chưa xếp loại (chưa nhập kết quả)');
    expect(screen.getByRole('link', { name: messages.ratings.nav })).toHaveAttribute('aria-current', 'page');
    expect(await violations()).toEqual([]);
  });

  it('warns in words when too many are rated "xuất sắc", and saves all the same', async () => {
    await addMember(test, AN);
    await addMember(test, THU);
    const user = await openSheet();
    await user.selectOptions(levelOf(AN.fullName), 'Hoàn thành xuất sắc nhiệm vụ');
    await user.selectOptions(levelOf(THU.fullName), 'Hoàn thành tốt nhiệm vụ');
    await user.selectOptions(screen.getByRole('combobox', { name: `Mức xếp loại của ${cell.name}` }), 'Hoàn thành tốt nhiệm vụ');

    const warning = await screen.findByText(/vượt tỷ lệ cho phép/);
    expect(warning).toHaveTextContent(
      /^Số đảng viên xếp loại Hoàn thành xuất sắc nhiệm vụ \(1\) vượt tỷ lệ cho phép: tối đa 20% số được xếp loại Hoàn thành tốt nhiệm vụ \(tối đa 0 người\) — Quy định \d+-QĐ\/TW/,
    );
    const counts = screen.getByRole('table', { name: `Tổng hợp kết quả năm ${year}` });
    expect(within(counts).getByRole('row', { name: /Hoàn thành xuất sắc nhiệm vụ/ })).toHaveTextContent('1');

    await user.click(screen.getByRole('button', { name: ui.save }));
    expect(await screen.findByRole('status')).toHaveTextContent(`Đã lưu kết quả xếp loại năm ${year}.`);
    expect(screen.getByText(/vượt tỷ lệ cho phép/)).toBeInTheDocument();
    const stored = await call(test, 'ratings.year', { year });
    expect(stored.counts).toEqual({ htxs: 1, htt: 1, ht: 0, kht: 0, notRated: 0 });
    expect(stored.unit.level).toBe('htt');
    expect(stored.quota).toMatchObject({ exceeded: true });
  });

  it('asks why a member is not rated, then lists the member with that reason', async () => {
    await addMember(test, AN);
    const user = await openSheet();
    await user.selectOptions(levelOf(AN.fullName), ui.choiceNotRated);
    const reason = await screen.findByRole('textbox', { name: `Lý do không xếp loại đồng chí ${AN.fullName}` });
    await user.click(screen.getByRole('button', { name: ui.save }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(messages.ratings.validation.reason_required));
    await user.type(reason, 'Điều trị bệnh dài ngày');
    await user.click(screen.getByRole('button', { name: ui.save }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu');
    expect(screen.getByRole('region', { name: ui.notRated })).toHaveTextContent('Trần Văn An: Điều trị bệnh dài ngày');
    const stored = await call(test, 'ratings.year', { year });
    expect(stored.members[0]).toMatchObject({ level: null, notRatedReason: 'Điều trị bệnh dài ngày' });
  });

  it('shows the store’s refusal in its own words when a member is no longer due', async () => {
    const an = await addMember(test, AN);
    const user = await openSheet();
    // Another window exempts the member after the sheet was read.
    await call(test, 'events.add', { memberId: an.id, event: { type: 'exemption_start', date: today } });
    await user.selectOptions(levelOf(AN.fullName), 'Hoàn thành tốt nhiệm vụ');
    await user.click(screen.getByRole('button', { name: ui.save }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Đồng chí Trần Văn An được miễn công tác và sinh hoạt đảng ngày 31/12/${year}, không thuộc diện xếp loại năm ${year}.`,
    );
  });
});
