import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { addMember, AN, BINH, call, THU } from '../members/register';

const ui = messages.reports.ui;

/** axe's rules that jsdom can answer; colour contrast is checked in the browser tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

/** Shows the address the app is at, as the user would read it in a browser's bar. */
function Address() {
  const location = useLocation();
  return <output aria-label="address">{`${location.pathname}${location.search}`}</output>;
}

/**
 * A cell of three official members (An, Bình, Thu) before 2025, then in the second quarter of 2025: Dũng admitted on
 * 10/5/2025, Thu transferred out on 15/6/2025. Hand-computed: Q2 opens with 3, +1 −1, closes with 3 (An, Bình, Dũng);
 * Q1 opens and closes with 3 (An, Bình, Thu), nothing changing.
 */
async function smallRegister(test: TestStore) {
  await addMember(test, AN);
  await addMember(test, BINH);
  const thu = await addMember(test, THU);
  await addMember(test, { fullName: 'Phạm Văn Dũng', gender: 'nam', birthDate: '1998-09-09', admittedOn: '2025-05-10' });
  await call(test, 'events.add', {
    memberId: thu.id,
    event: { type: 'transferred_out', date: '2025-06-15', otherUnit: 'Chi bộ Khu phố 5' },
  });
}

/** The figure in the summary's "Tổng số" column for the indicator named `label`. */
function total(label: string): string {
  const table = screen.getByRole('table', { name: /Các chỉ tiêu của/ });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr');
  return row?.querySelectorAll('td')[0]?.textContent ?? '';
}

describe('the period report', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  it('shows the quarter’s figures with the membership balance and its numbers', async () => {
    await smallRegister(test);
    renderWithApp(<App />, { transport: test.transport, path: '/reports?period=2025-Q2' });
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toHaveFocus();
    await screen.findByRole('heading', { level: 2, name: ui.sections.summary });
    expect(
      screen.getByText(
        'Đầu kỳ 3 + kết nạp 1 + chuyển đến 0 − chuyển đi 1 − từ trần 0 − xóa tên 0 − khai trừ 0 − ra khỏi Đảng 0 = cuối kỳ 3',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Đảng số cuối kỳ đếm được: 3\./)).toHaveTextContent(ui.summary.identityHolds);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(total('Tổng số đảng viên (đảng số)')).toBe('3');
    expect(total('Đảng viên chính thức')).toBe('2');
    expect(total('Đảng viên dự bị')).toBe('1');
    expect(total('Kết nạp')).toBe('1');
    expect(total('Chuyển đi')).toBe('1');
    // No meeting in the quarter: the rate does not exist, never 0.
    expect(total('Tỷ lệ đảng viên dự sinh hoạt')).toBe('—');
    expect(await violations()).toEqual([]);
  });

  it('switches the period from the chooser: the address and the figures change', async () => {
    await smallRegister(test);
    const user = userEvent.setup();
    renderWithApp(
      <>
        <App />
        <Address />
      </>,
      { transport: test.transport, path: '/reports?period=2025-Q2' },
    );
    await screen.findByText(/kết nạp 1 \+/);
    await user.selectOptions(screen.getByRole('combobox', { name: ui.choose.quarter }), 'Quý I');
    await waitFor(() => expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/reports?period=2025-Q1'));
    await screen.findByText(
      'Đầu kỳ 3 + kết nạp 0 + chuyển đến 0 − chuyển đi 0 − từ trần 0 − xóa tên 0 − khai trừ 0 − ra khỏi Đảng 0 = cuối kỳ 3',
    );
    expect(total('Kết nạp')).toBe('0');

    await user.selectOptions(screen.getByRole('combobox', { name: ui.choose.kind }), ui.choose.kinds.year);
    await waitFor(() => expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/reports?period=2025'));
    await screen.findByText(/Đầu kỳ 3 \+ kết nạp 1 \+ chuyển đến 0 − chuyển đi 1/);
    expect(screen.queryByRole('combobox', { name: ui.choose.quarter })).toBeNull();
  });

  it('keeps the period when moving to the member list, in the register’s order', async () => {
    await smallRegister(test);
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/reports?period=2025-Q2' });
    const parts = await screen.findByRole('navigation', { name: ui.sections.label });
    await user.click(within(parts).getByRole('link', { name: ui.sections.members }));
    await screen.findByRole('heading', { level: 2, name: ui.sections.members });
    expect(within(parts).getByRole('link', { name: ui.sections.members })).toHaveAttribute('aria-current', 'page');
    const table = screen.getByRole('table', { name: /Danh sách đảng viên tại ngày 30\/06\/2025 \(3 đồng chí\)/ });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cellNode) => cellNode.textContent);
    // Thu left on 15/6: not in the list as of 30/6.
    expect(names).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Dũng']);
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('Đảng viên dự bị');
    expect(await violations()).toEqual([]);
  });
});

describe('a committee’s report', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome']({ name: 'Đảng bộ phường Hòa Bình', code: 'DU05', kind: 'dang_bo_co_so', parentName: 'Quận ủy Ba Đình', parentCode: 'QU01' });
    await call(test, 'org.add', { code: 'CB01', name: 'Chi bộ Tổ 1', kind: 'chi_bo', parentCode: 'DU05' });
    await call(test, 'org.add', { code: 'CB02', name: 'Chi bộ Tổ 2', kind: 'chi_bo', parentCode: 'DU05' });
    const member = (fullName: string, unitCode: string) =>
      call(test, 'members.create', {
        record: { fullName, gender: 'nam', birthDate: '1980-01-01', ethnicity: '01', religion: 'khong' },
        unitCode,
        events: [{ type: 'admitted', date: '2010-01-05' }, { type: 'made_official', date: '2011-02-01' }],
      });
    await member('Trần Văn An', 'CB01');
    await member('Lê Văn Bảo', 'CB01');
    await member('Ngô Văn Cần', 'CB02');
  });
  afterEach(() => test.close());

  it('shows each unit’s own column beside the totals, and narrows to one unit’s subtree', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <App />
        <Address />
      </>,
      { transport: test.transport, path: '/reports?period=2025-Q2' },
    );
    await screen.findByRole('heading', { level: 2, name: ui.sections.summary });
    const table = screen.getByRole('table', { name: /Các chỉ tiêu của/ });
    const columns = within(table).getAllByRole('columnheader').map((node) => node.textContent);
    expect(columns).toEqual(['Chỉ tiêu', 'Tổng số', 'Đảng bộ phường Hòa Bình', 'Chi bộ Tổ 1', 'Chi bộ Tổ 2']);
    const row = within(table).getByRole('rowheader', { name: 'Tổng số đảng viên (đảng số)' }).closest('tr');
    expect([...(row?.querySelectorAll('td') ?? [])].map((node) => node.textContent)).toEqual(['3', '0', '2', '1']);

    await user.selectOptions(screen.getByRole('combobox', { name: ui.choose.unit }), screen.getByRole('option', { name: 'Chi bộ Tổ 1' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/reports?period=2025-Q2&unit=CB01'));
    await waitFor(() => expect(total('Tổng số đảng viên (đảng số)')).toBe('2'));
    expect(await violations()).toEqual([]);
  });
});
