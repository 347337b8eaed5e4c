import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../db/exchange/exchange-file';
import type { KeyCardFile } from '../../../shared/exchange/calls';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { catchDownloads } from '../reports/downloads';

const ui = messages.exchange.export;

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`);
}

/** The key card of another register's home unit, as the file the user would pick. */
async function cardOf(setup: Record<string, string>): Promise<{ file: File; card: KeyCardFile['card'] }> {
  const other = openTestStore();
  try {
    await other.store.handlers['org.setupHome'](setup as Parameters<TestStore['store']['handlers']['org.setupHome']>[0]);
    const { file, card } = (await other.store.handlers['keys.card']({})) as KeyCardFile;
    return { file: new File([Buffer.from(file.base64, 'base64')], file.fileName, { type: 'application/json' }), card };
  } finally {
    other.close();
  }
}

const PARENT = { code: 'DU05', name: 'Đảng ủy phường Hòa Bình', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy Ba Đình' };

describe('the export page', () => {
  let test: TestStore;
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
    downloads = catchDownloads();
  });
  afterEach(() => {
    downloads.release();
    test.close();
  });

  it("shows the unit's fingerprint to read aloud, exports the last ended quarter's file and lists it", async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { transport: test.transport, path: '/exchange/export' });
    expect(await screen.findByRole('heading', { level: 1, name: ui.title })).toHaveFocus();
    const own = (await test.store.handlers['keys.card']({})) as KeyCardFile;
    expect(await screen.findByText(own.card.fingerprint)).toBeInTheDocument();
    expect(await screen.findByText(ui.history.empty)).toBeInTheDocument();
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: ui.submit }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const saved = downloads.files[0];
    expect(saved?.name).toMatch(/^CB012_\d{4}-Q[1-4]_r1\.scb$/);
    const reading = readExchangeFile(Buffer.from(await (saved?.blob as Blob).arrayBuffer()));
    expect(reading.manifest).toMatchObject({ revision: 1, producer: { code: 'CB012' }, encryption: null });

    const table = await screen.findByRole('table', { name: ui.history.caption });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1] as HTMLElement).getByText(reading.manifest.period)).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText(ui.history.encryptedNo)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Đã xuất tệp ${saved?.name} (lần 1).`);
  });

  it("encrypts to the parent's key card once loaded, showing its unit and fingerprint", async () => {
    const user = userEvent.setup();
    const parent = await cardOf(PARENT);
    renderWithApp(<App />, { transport: test.transport, path: '/exchange/export' });
    await screen.findByRole('heading', { level: 1, name: ui.title });
    await user.upload(screen.getByLabelText(ui.card.label), parent.file);
    expect(await screen.findByText(`Thẻ khóa của ${PARENT.name} (DU05)`)).toBeInTheDocument();
    expect(screen.getByText(`Dấu vân tay: ${parent.card.fingerprint}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: ui.submit }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    const reading = readExchangeFile(Buffer.from(await (downloads.files[0]?.blob as Blob).arrayBuffer()));
    expect(reading.manifest.encryption?.recipient).toMatchObject({ code: 'DU05', fingerprint: parent.card.fingerprint });
    expect(await screen.findByText(`Nội dung đã được mã hóa cho DU05 (dấu vân tay ${parent.card.fingerprint}).`)).toBeInTheDocument();
    expect(await screen.findByText(`Có, cho khóa ${parent.card.fingerprint}`)).toBeInTheDocument();
  });

  it("refuses a key card of another unit, naming it and the parent; nothing is downloaded", async () => {
    const user = userEvent.setup();
    const stranger = await cardOf({ ...PARENT, code: 'DU07', name: 'Đảng ủy phường 7' });
    renderWithApp(<App />, { transport: test.transport, path: '/exchange/export' });
    await screen.findByRole('heading', { level: 1, name: ui.title });
    await user.upload(screen.getByLabelText(ui.card.label), stranger.file);
    await screen.findByText('Thẻ khóa của Đảng ủy phường 7 (DU07)');
    await user.click(screen.getByRole('button', { name: ui.submit }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('DU07');
    expect(alert).toHaveTextContent('DU05');
    expect(downloads.files).toEqual([]);
  });
});
