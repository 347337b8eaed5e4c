import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cardOf } from '../../unit/db/exchange/import/fixtures';
import { committeeWithOneFile, type Chain } from '../exchange/completeness-registers';
import { renderWithApp } from '../harness';

const ui = messages.reports.ui;

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

describe('where a committee’s report takes its figures from', () => {
  let chain: Chain;
  beforeEach(async () => {
    chain = await committeeWithOneFile();
  });
  afterEach(() => {
    sessionStorage.clear();
    chain.cleanup();
  });

  it('names the file used and the unit still missing, and marks the rows read from the file', async () => {
    renderWithApp(<App />, {
      transport: (name, input) => dispatch(chain.committee.store.handlers, name, input),
      path: '/reports/summary?period=2026-Q3',
    });
    const section = (await screen.findByRole('heading', { level: 3, name: ui.sources.title })).closest('section') as HTMLElement;
    expect(within(section).getByText(/chỉ để xem, giữ nguyên như đơn vị đã ký/)).toBeInTheDocument();

    const files = within(section).getByRole('table', { name: 'Các tệp đã dùng cho báo cáo (1 tệp)' });
    const row = within(files).getByRole('rowheader', { name: 'Chi bộ Khu phố 3 (CB012)' }).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[0]).toBe('lần 1');
    expect(cells[1]).toMatch(/^0[45]\/10\/2026 \d\d:\d\d$/);
    expect(cells[2]).toMatch(/^0[45]\/10\/2026 \d\d:\d\d$/);
    expect(cells[3]).toBe(cardOf(chain.cell).fingerprint);

    expect(within(section).getByText('Chưa nộp tệp (1 đơn vị)')).toBeInTheDocument();
    expect(within(section).getByText('Chi bộ Khu phố 4 (CB044): chưa có tệp của kỳ này, nên số liệu của đơn vị chưa có trong báo cáo.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: ui.sources.board })).toHaveAttribute('href', '/exchange/completeness?period=2026-Q3');

    // The cell's column in the indicators says its figures come from its file; the register's own columns do not.
    const indicators = screen.getByRole('table', { name: /^Các chỉ tiêu của/ });
    expect(within(indicators).getByRole('columnheader', { name: 'Chi bộ Khu phố 3 Từ tệp CB012' })).toBeInTheDocument();
    expect(within(indicators).getByRole('columnheader', { name: 'Chi bộ Khu phố 4' })).toBeInTheDocument();
    expect(within(indicators).getAllByText(/^Từ tệp /)).toHaveLength(1);
    expect(await violations()).toEqual([]);
  });

  it('lists the members the cell’s file lists, read-only: their names lead to no page here', async () => {
    renderWithApp(<App />, {
      transport: (name, input) => dispatch(chain.committee.store.handlers, name, input),
      path: '/reports/members?period=2026-Q3',
    });
    const list = await screen.findByRole('table', { name: 'Danh sách đảng viên tại ngày 30/09/2026 (1 đồng chí)' });
    const row = within(list).getByRole('rowheader', { name: 'Nguyễn Văn An' }).closest('tr') as HTMLElement;
    expect(within(row).queryByRole('link')).toBeNull();
    expect(row).toHaveTextContent('Chi bộ Khu phố 3');
    expect(await violations()).toEqual([]);
  });
});
