import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import { vi as messages } from '../../../shared/i18n/vi';
import type { FilePayload } from '../../../shared/members/views';
import { readTransferFile } from '../../../db/exchange/transfer/transfer-file';
import { App } from '../../../renderer/App';
import { openExportRegister, type ExportRegister } from '../../unit/db/exchange/export/export-register';
import { renderWithApp } from '../harness';
import { catchDownloads } from '../reports/downloads';

const ui = messages.exchange.transfer;

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

const asFile = (file: FilePayload) => new File([Buffer.from(file.base64, 'base64')], file.fileName);

const SENDER = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };
const RECEIVER = { code: 'CB020', name: 'Chi bộ Khu phố 7', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };

describe('the member transfer file in the app', () => {
  let sender: ExportRegister;
  let receiver: ExportRegister;
  let an: number;
  let binh: number;
  beforeEach(async () => {
    sender = await openExportRegister(SENDER);
    receiver = await openExportRegister(RECEIVER);
    an = await sender.add(undefined, { fullName: 'Nguyễn Văn An', partyCardNumber: '52012345' }, [
      { type: 'admitted', date: '05/01/2010' },
      { type: 'made_official', date: '05/01/2011' },
      { type: 'transferred_out', date: '15/08/2026', otherUnit: 'Chi bộ Khu phố 7', decisionNumber: '45-QĐ/ĐU' },
    ]);
    binh = await sender.add(undefined, { fullName: 'Trần Thị Bình', gender: 'nu' }, [{ type: 'admitted', date: '01/08/2020' }]);
  });
  afterEach(() => {
    sender.cleanup();
    receiver.cleanup();
  });
  const render = (register: ExportRegister, path: string) =>
    renderWithApp(<App />, { transport: (name, input) => dispatch(register.store.handlers, name, input), path });
  const exportAn = async () => (await sender.call('exchange.transferExport', { memberId: an })).file;

  it('the member’s page exports the signed transfer file of a member transferred out', async () => {
    const downloads = catchDownloads();
    try {
      const user = userEvent.setup();
      render(sender, `/members/${an}`);
      await screen.findByRole('heading', { level: 1, name: 'Nguyễn Văn An' });
      const section = await screen.findByRole('region', { name: ui.export.title });
      expect(await violations()).toEqual([]);
      await user.click(within(section).getByRole('button', { name: ui.export.button }));
      await waitFor(() => expect(downloads.files).toHaveLength(1));
      const saved = downloads.files[0];
      expect(saved?.name).toBe('CHUYEN_52012345_CB012.scbt');
      const reading = readTransferFile(Buffer.from(await (saved?.blob as Blob).arrayBuffer()));
      expect(reading.manifest.producer.code).toBe('CB012');
      expect(within(section).getByRole('status')).toHaveTextContent(`Đã xuất tệp CHUYEN_52012345_CB012.scbt. Đọc dấu vân tay ${reading.producerKey.fingerprint}`);
    } finally {
      downloads.release();
    }
  });

  it('shows no transfer export for a member who has not left', async () => {
    render(sender, `/members/${binh}`);
    await screen.findByRole('heading', { level: 1, name: 'Trần Thị Bình' });
    await screen.findByRole('heading', { level: 2, name: messages.members.detail.state });
    expect(screen.queryByRole('button', { name: ui.export.button })).toBeNull();
  });

  it('previews the file with the sender’s fingerprint, refuses a day before the transfer out at its field, then enters the member', async () => {
    const user = userEvent.setup();
    const file = await exportAn();
    render(receiver, '/exchange/transfer');
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toHaveFocus();
    await user.upload(screen.getByLabelText(ui.page.choose), asFile(file));

    const preview = await screen.findByRole('region', { name: ui.page.previewTitle });
    expect(within(preview).getByText('Nguyễn Văn An, sinh ngày 01/01/1980')).toBeInTheDocument();
    expect(within(preview).getByText('Chi bộ Khu phố 3 (mã CB012)')).toBeInTheDocument();
    const fingerprint = readTransferFile(Buffer.from(file.base64, 'base64')).producerKey.fingerprint;
    expect(within(preview).getByText(fingerprint)).toBeInTheDocument();
    expect(within(preview).getByText(ui.page.keyUnknown)).toBeInTheDocument();
    expect(await violations()).toEqual([]);

    const date = screen.getByRole('textbox', { name: ui.page.date });
    await user.type(date, '14/08/2026');
    await user.click(screen.getByRole('button', { name: ui.page.commit }));
    expect(await screen.findByText('Ngày chuyển đến 14/08/2026 sớm hơn ngày chuyển đi 15/08/2026 ghi trong tệp.')).toBeInTheDocument();

    await user.clear(date);
    await user.type(date, '20/08/2026');
    await user.click(screen.getByRole('button', { name: ui.page.commit }));
    expect(await screen.findByText('Đã nhận đồng chí Nguyễn Văn An vào sổ.')).toBeInTheDocument();
    expect(screen.getByText(/chuyển sinh hoạt chính thức đến ngày 20\/08\/2026/)).toBeInTheDocument();
    expect(screen.getByText(/Bản sao của sổ trước khi nhận được lưu ở:/)).toBeInTheDocument();
    expect(await violations()).toEqual([]);
    const members = await receiver.call('members.list', {});
    expect(members.rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn An']);

    // The same file again: received before, nothing changes.
    await user.click(screen.getByRole('button', { name: ui.page.clear }));
    await user.upload(screen.getByLabelText(ui.page.choose), asFile(file));
    expect(await screen.findByText(/Đã nhận việc chuyển sinh hoạt này rồi/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: ui.page.commit })).toBeNull();
    expect(screen.getByRole('link', { name: ui.page.openMember })).toHaveAttribute('href', `/members/${members.rows[0]?.id}`);
  });

  it('refuses a period exchange file, saying what kind of file it is', async () => {
    // Chosen with "all files" in the dialog: the chooser offers .scbt files first, but takes any.
    const user = userEvent.setup({ applyAccept: false });
    const period = await sender.call('exchange.export', { period: '2026-Q3' });
    render(receiver, '/exchange/transfer');
    await screen.findByRole('heading', { level: 1, name: ui.title });
    await user.upload(screen.getByLabelText(ui.page.choose), asFile(period.file));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(ui.outcome.refused);
    expect(alert).toHaveTextContent('Đây là tệp báo cáo định kỳ (.scb) gửi cấp trên, không phải tệp chuyển sinh hoạt đảng.');
    expect(screen.queryByRole('button', { name: ui.page.commit })).toBeNull();
  });
});
