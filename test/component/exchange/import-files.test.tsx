import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cardOf, cellFile, openCellRegister, openCommittee, payload, type Register } from '../../unit/db/exchange/import/fixtures';
import { renderWithApp } from '../harness';

const ui = messages.exchange.import;

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const asFile = (file: { fileName: string; base64: string }) => new File([Buffer.from(file.base64, 'base64')], file.fileName);

describe('receiving units’ files at the committee', () => {
  let committee: Register;
  let cell: Register;
  let other: Register;
  beforeEach(async () => {
    committee = await openCommittee();
    cell = await openCellRegister();
    other = await openCellRegister('CB044', 'DU07', 'Chi bộ Khu phố 4');
  });
  afterEach(() => {
    for (const register of [committee, cell, other]) register.cleanup();
  });
  const render = (path: string) =>
    renderWithApp(<App />, { transport: (name, input) => dispatch(committee.store.handlers, name, input), path });

  it('previews each file, trusts an unknown sender after showing its fingerprint, imports and reports the outcome', async () => {
    const user = userEvent.setup();
    render('/exchange/import');
    expect(await screen.findByRole('heading', { level: 1, name: ui.page.title })).toHaveFocus();
    await user.upload(screen.getByLabelText(ui.page.chooseFiles), [asFile(cellFile(cell)), asFile(cellFile(other))]);

    const table = await screen.findByRole('table', { name: 'Kết quả kiểm tra 2 tệp' });
    const [, first, second] = within(table).getAllByRole('row') as HTMLElement[];
    expect(within(first as HTMLElement).getByText(ui.outcome.untrusted)).toBeInTheDocument();
    const fingerprint = cardOf(cell).fingerprint;
    expect(within(first as HTMLElement).getByText(`Dấu vân tay: ${fingerprint}`)).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText(ui.outcome.wrong_parent)).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText(/gửi cho cấp trên mã DU07/)).toBeInTheDocument();
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Tin cậy CB012 (đã đọc đối chiếu dấu vân tay qua điện thoại)' }));
    await user.click(screen.getByRole('button', { name: ui.page.commit }));
    expect(await screen.findByText('Đã nhận 1 tệp, từ chối 1 tệp.')).toBeInTheDocument();
    expect(screen.getByText('Đã nhập 2/2 tệp')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText(/Đã sao lưu sổ trước khi nhập:/)).toBeInTheDocument();
    const result = screen.getByRole('table', { name: ui.page.resultTitle });
    expect(within(result).getByText(ui.outcome.accept)).toBeInTheDocument();
    expect(within(result).getByText(ui.keyAction.trusted)).toBeInTheDocument();
    expect(await violations()).toEqual([]);
  });

  it('re-pins a changed key only after the unit code is typed', async () => {
    await dispatch(committee.store.handlers, 'exchange.importCommit', { files: [payload(cellFile(cell))], trust: [cardOf(cell).fingerprint] });
    const impostor = await openCellRegister();
    try {
      const user = userEvent.setup();
      render('/exchange/import');
      await screen.findByRole('heading', { level: 1, name: ui.page.title });
      await user.upload(screen.getByLabelText(ui.page.chooseFiles), [asFile(cellFile(impostor, { revision: 2 }))]);
      expect(await screen.findByText(ui.outcome.key_changed)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Ghi nhận khóa mới của CB012…' }));
      const confirm = screen.getByRole('button', { name: ui.page.repinConfirm });
      expect(confirm).toBeDisabled();
      await user.type(screen.getByLabelText(ui.page.repinCode), 'cb012');
      await user.click(confirm);
      expect(screen.getByText('Sẽ ghi nhận khóa mới của CB012.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: ui.page.commit }));
      expect(await screen.findByText('Đã nhận 1 tệp, từ chối 0 tệp.')).toBeInTheDocument();
      expect(screen.getByText(ui.outcome.supersede)).toBeInTheDocument();
      expect(screen.getByText(ui.keyAction.repinned)).toBeInTheDocument();
    } finally {
      impostor.cleanup();
    }
  });

  it('sends many files in batches, so the progress bar moves; the backup is written once, before the first', async () => {
    const user = userEvent.setup();
    const commits: { count: number; backup: unknown }[] = [];
    renderWithApp(<App />, {
      path: '/exchange/import',
      transport: (name, input) => {
        if (name === 'exchange.importCommit') {
          const request = input as { files: unknown[]; backup?: unknown };
          commits.push({ count: request.files.length, backup: request.backup });
        }
        return dispatch(committee.store.handlers, name, input);
      },
    });
    await screen.findByRole('heading', { level: 1, name: ui.page.title });
    const file = cellFile(cell);
    const copies = Array.from({ length: 12 }, (_, index) => asFile({ ...file, fileName: `CB012_2026-Q3_r1 (${String(index + 10)}).scb` }));
    await user.upload(screen.getByLabelText(ui.page.chooseFiles), copies);
    // One sender, one fingerprint: each of its files offers the same choice.
    const boxes = await screen.findAllByRole('checkbox', { name: /Tin cậy CB012/ });
    expect(boxes).toHaveLength(12);
    await user.click(boxes[0] as HTMLElement);
    for (const box of boxes) expect(box).toBeChecked();
    await user.click(screen.getByRole('button', { name: ui.page.commit }));
    expect(await screen.findByText('Đã nhận 12 tệp, từ chối 0 tệp.')).toBeInTheDocument();
    expect(commits).toEqual([
      { count: 10, backup: true },
      { count: 2, backup: false },
    ]);
    expect(screen.getAllByText(ui.outcome.already)).toHaveLength(11);
  });

  it('the history lists every import, refused ones too, newest first', async () => {
    await dispatch(committee.store.handlers, 'exchange.importCommit', { files: [payload(cellFile(cell)), payload(cellFile(other))] });
    render('/exchange/history');
    expect(await screen.findByRole('heading', { level: 1, name: ui.history.title })).toHaveFocus();
    const table = await screen.findByRole('table', { name: 'Lịch sử nhận tệp (2 lượt)' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1] as HTMLElement).getByText(ui.outcome.wrong_parent)).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText(ui.outcome.untrusted)).toBeInTheDocument();
    await waitFor(async () => expect(await violations()).toEqual([]));
  });
});
