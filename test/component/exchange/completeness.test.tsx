import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import type { Register } from '../../unit/db/exchange/import/fixtures';
import { renderWithApp } from '../harness';
import { committeeWithOneFile, exportedFile, upperWithCommitteeFile, type Chain } from './completeness-registers';

const ui = messages.exchange.completeness;

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const open = (register: Register, path = '/exchange/completeness?period=2026-Q3') =>
  renderWithApp(<App />, { transport: (name, input) => dispatch(register.store.handlers, name, input), path });

/** The table's body rows as their cells' text. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the completeness board', () => {
  let chain: Chain;
  beforeEach(async () => {
    chain = await committeeWithOneFile();
  });
  afterEach(() => chain.cleanup());

  it('shows who sent the period’s file and who has not, with the default deadline and the level’s rates', async () => {
    open(chain.committee);
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toHaveFocus();
    expect(await screen.findByText('Hạn nộp tệp của kỳ này: 10/10/2026 (mặc định: 10 ngày sau ngày cuối kỳ).')).toBeInTheDocument();
    expect(screen.getByText(/^Căn cứ: Mặc định của Sổ Chi bộ/)).toBeInTheDocument();
    expect(screen.getByText('Cấp 1 (đơn vị trực thuộc): 1/2 đã nộp (50 %), 0 nộp muộn, 0 đã sửa, 1 chưa nộp')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Tình hình nộp tệp quý III năm 2026 của các đơn vị thuộc Đảng ủy phường 5' });
    const [cell, missing] = rowsOf(table);
    expect(cell?.slice(0, 4)).toEqual(['CB012', 'Chi bộ Khu phố 3', 'Đã nộp', 'lần 1']);
    expect(cell?.[4]).toMatch(/^0[45]\/10\/2026 \d\d:\d\d$/);
    expect(cell?.[5]).toBe('—');
    expect(missing).toEqual(['CB044', 'Chi bộ Khu phố 4', 'Chưa nộp', '—', '—', '—']);

    expect(screen.getByRole('heading', { level: 2, name: messages.exchange.checks.title })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: ui.unreadable.title })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: ui.links.import })).toHaveAttribute('href', '/exchange/import');
    expect(screen.getByRole('combobox', { name: messages.reports.ui.choose.quarter })).toHaveValue('3');
    await waitFor(async () => expect(await violations()).toEqual([]));
  });

  it('sets the period’s deadline: the file that came after it is late, the one still missing is overdue; and goes back', async () => {
    const user = userEvent.setup();
    open(chain.committee);
    const dueOn = await screen.findByLabelText(new RegExp(`^${ui.deadline.dueOn}`));
    expect(dueOn).toHaveValue('10/10/2026');
    await user.clear(dueOn);
    await user.type(dueOn, '31/02/2026');
    await user.click(screen.getByRole('button', { name: ui.deadline.submit }));
    expect(await screen.findByText(messages.validation.date_invalid)).toBeInTheDocument();

    await user.clear(dueOn);
    await user.type(dueOn, '01/10/2026');
    await user.click(screen.getByRole('button', { name: ui.deadline.submit }));
    expect(await screen.findByText('Đã đặt hạn nộp 01/10/2026.')).toBeInTheDocument();
    expect(await screen.findByText('Hạn nộp tệp của kỳ này: 01/10/2026 (do cấp ủy đặt cho kỳ này).')).toBeInTheDocument();
    expect(screen.getByText('Cấp 1 (đơn vị trực thuộc): 1/2 đã nộp (50 %), 2 nộp muộn, 0 đã sửa, 1 chưa nộp')).toBeInTheDocument();
    const [cell, missing] = rowsOf(screen.getByRole('table', { name: /^Tình hình nộp tệp/ }));
    expect(cell?.[5]).toBe(ui.table.late);
    expect(missing?.[5]).toBe(ui.table.overdue);

    await user.click(screen.getByRole('button', { name: ui.deadline.reset }));
    expect(await screen.findByText('Đã trở về hạn mặc định 10/10/2026.')).toBeInTheDocument();
    expect(await screen.findByText(/^Hạn nộp tệp của kỳ này: 10\/10\/2026 \(mặc định/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: ui.deadline.reset })).not.toBeInTheDocument();
    await waitFor(async () => expect(await violations()).toEqual([]));
  });

  it('marks a corrected file by its revision', async () => {
    await chain.committee.call('exchange.importCommit', { files: [await exportedFile(chain.cell)] });
    open(chain.committee);
    expect(await screen.findByText('Cấp 1 (đơn vị trực thuộc): 1/2 đã nộp (50 %), 0 nộp muộn, 1 đã sửa, 1 chưa nộp')).toBeInTheDocument();
    const [cell] = rowsOf(screen.getByRole('table', { name: /^Tình hình nộp tệp/ }));
    expect(cell?.[3]).toBe('lần 2');
    expect(cell?.[5]).toBe(ui.table.corrected);
  });

  it('shows an upper committee the cells two levels down, as its committee’s file tells', async () => {
    const upper = await upperWithCommitteeFile(chain);
    try {
      open(upper);
      expect(await screen.findByText('Cấp 1 (đơn vị trực thuộc): 1/1 đã nộp (100 %), 0 nộp muộn, 0 đã sửa, 0 chưa nộp')).toBeInTheDocument();
      expect(screen.getByText('Cấp 2 (theo tệp của các đơn vị): 1/2 đã nộp (50 %), 0 nộp muộn, 0 đã sửa, 1 chưa nộp')).toBeInTheDocument();
      const rows = rowsOf(screen.getByRole('table', { name: /^Tình hình nộp tệp/ }));
      expect(rows.map((row) => row.slice(0, 3))).toEqual([
        ['DU05', 'Đảng ủy phường 5', 'Đã nộp'],
        ['CB012', 'Chi bộ Khu phố 3theo tệp của DU05', 'Đã nộp'],
        ['CB044', 'Chi bộ Khu phố 4theo tệp của DU05', 'Chưa nộp'],
      ]);
      expect(screen.getByText(ui.table.nestedNote)).toBeInTheDocument();
      await waitFor(async () => expect(await violations()).toEqual([]));
    } finally {
      upper.cleanup();
    }
  });

  it('is reached from the import history', async () => {
    const user = userEvent.setup();
    open(chain.committee, '/exchange/history');
    await user.click(await screen.findByRole('link', { name: ui.open }));
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toBeInTheDocument();
  });
});
