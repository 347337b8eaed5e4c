import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import type { MemberRow } from '../../../shared/members/views';
import { App } from '../../../renderer/App';
import { MembersTable } from '../../../renderer/pages/members/MembersTable';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { giveElementsASize } from './layout';
import { namesShown } from './listTable';
import { addMember, CELL_MEMBERS, REGISTER_ORDER, THU } from './register';

const list = messages.members.list;

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());


describe('the members list', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  async function openList() {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/members' });
    await screen.findByRole('heading', { level: 1, name: list.title });
    return user;
  }

  it('is reached from the main navigation, between the overview and the settings', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport });
    const navigation = await screen.findByRole('navigation', { name: messages.nav.main });
    const links = within(navigation).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual([
      messages.nav.dashboard,
      messages.members.nav,
      messages.meetings.nav,
      messages.inspections.nav,
      messages.ratings.nav,
      messages.dues.nav,
      messages.candidates.nav,
      messages.reports.nav,
      messages.exchange.nav,
      messages.units.nav,
      messages.nav.settings,
    ]);
    await user.click(within(navigation).getByRole('link', { name: messages.members.nav }));
    expect(await screen.findByRole('heading', { level: 1, name: list.title })).toHaveFocus();
  });

  it('offers both ways to add members while the register is empty', async () => {
    await openList();
    const empty = await screen.findByRole('region', { name: list.empty.title });
    expect(within(empty).getByRole('link', { name: list.add })).toHaveAttribute('href', '/members/new');
    expect(within(empty).getByRole('link', { name: list.import })).toHaveAttribute('href', '/members/import');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists members in register order, by given name, then middle name, then family name', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    await openList();
    await screen.findByRole('table', { name: list.table });
    expect(namesShown()).toEqual(REGISTER_ORDER);
    const table = screen.getByRole('table', { name: list.table });
    expect(table).toHaveAttribute('aria-rowcount', '5');
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '1',
      'Trần Văn An',
      '15/03/1970',
      'Nam',
      messages.member.status.official,
      '12345678',
    ]);
    // One unit only: no unit column.
    expect(within(table).queryByRole('columnheader', { name: list.columns.unit })).toBeNull();
    expect(screen.getByText('Hiển thị 4 trên 4 đảng viên')).toBeVisible();
  });

  it('finds "Đặng Thị Thu" when "dang thi thu" is typed without marks', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    const user = await openList();
    await screen.findByRole('table', { name: list.table });
    await user.type(screen.getByRole('searchbox', { name: list.search }), 'dang thi thu');
    await waitFor(() => expect(namesShown()).toEqual(['Đặng Thị Thu']));
    expect(screen.getByText('Hiển thị 1 trên 4 đảng viên')).toBeVisible();
  });

  it('finds a member by party card number, and says when nothing matches', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    const user = await openList();
    const search = await screen.findByRole('searchbox', { name: list.search });
    await user.type(search, '12345678');
    await waitFor(() => expect(namesShown()).toEqual(['Trần Văn An']));
    await user.clear(search);
    await user.type(search, 'không có ai');
    expect(await screen.findByText(list.noMatch)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('narrows the list by gender and by status, and clears the filters at once', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    const user = await openList();
    await screen.findByRole('table', { name: list.table });

    await user.selectOptions(screen.getByRole('combobox', { name: list.gender }), messages.member.gender.nu);
    await waitFor(() => expect(namesShown()).toEqual(['Lê Thị Bình', 'Đặng Thị Thu']));
    expect(screen.getByText('Hiển thị 2 trên 4 đảng viên')).toBeVisible();

    await user.click(screen.getByRole('button', { name: list.clearFilters }));
    await waitFor(() => expect(namesShown()).toEqual(REGISTER_ORDER));

    await user.click(screen.getByRole('textbox', { name: list.status }));
    // jsdom gives the box no size, so Mantine hides the list as "detached" from it; the options are there all the same.
    const statuses = screen.getByRole('listbox', { hidden: true });
    await user.click(within(statuses).getByRole('option', { name: messages.member.status.probationary, hidden: true }));
    await waitFor(() => expect(namesShown()).toEqual(['Nguyễn Văn Cường']));
    await user.click(within(statuses).getByRole('option', { name: messages.member.status.official, hidden: true }));
    await waitFor(() => expect(namesShown()).toEqual(REGISTER_ORDER));
  });

  it('shows the list as it stood on a past day, and back to today when the day is cleared', async () => {
    await addMember(test, THU);
    const user = await openList();
    const statusOf = () => within(screen.getByRole('table', { name: list.table })).getAllByRole('row')[1]?.textContent;
    await waitFor(() => expect(statusOf()).toContain(messages.member.status.official));

    const asOf = screen.getByRole('textbox', { name: list.asOf });
    await user.type(asOf, '01/01/2016');
    await waitFor(() => expect(statusOf()).toContain(messages.member.status.probationary));
    await user.clear(asOf);
    await user.type(asOf, '31/02/2016');
    expect(screen.getByText(messages.validation.date_invalid)).toBeVisible();
    await user.clear(asOf);
    await user.type(asOf, '01/01/2016');
    await waitFor(() => expect(statusOf()).toContain(messages.member.status.probationary));

    await user.click(screen.getByRole('button', { name: list.clearFilters }));
    await waitFor(() => expect(statusOf()).toContain(messages.member.status.official));
    expect(asOf).toHaveValue('');
  });

  it('opens a member’s page from a click on the row or the name', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    const user = await openList();
    await screen.findByRole('table', { name: list.table });
    const row = screen.getByRole('row', { name: /Lê Thị Bình/ });
    await user.click(within(row).getByText('20/07/1985'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lê Thị Bình' })).toBeVisible();

    await user.click(screen.getByRole('link', { name: messages.members.detail.back }));
    await user.click(await screen.findByRole('link', { name: 'Đặng Thị Thu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đặng Thị Thu' })).toBeVisible();
  });
});

describe('the members table', () => {
  let test: TestStore;
  beforeEach(() => {
    test = openTestStore();
  });
  afterEach(() => test.close());

  it('puts only the rows in view into the page, while telling assistive technology there are 10,000', () => {
    const rows: MemberRow[] = Array.from({ length: 10_000 }, (_, index) => ({
      id: index + 1,
      fullName: `Nguyễn Văn ${index + 1}`,
      gender: 'nam',
      birthDate: '1970-01-01',
      age: 56,
      unitCode: 'CB012',
      unitName: cell.name,
      status: 'official',
      partyCardNumber: null,
      theoryLevel: null,
      admittedOn: '1995-01-01',
      officialOn: '1996-01-01',
    }));
    renderWithApp(<MembersTable rows={rows} showUnit={false} />, { transport: test.transport });
    const table = screen.getByRole('table', { name: list.table });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rendered = within(table).getAllByRole('row').slice(1);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
  });
});
