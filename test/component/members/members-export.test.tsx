import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { vi as messages } from '../../../shared/i18n/vi';
import { App } from '../../../renderer/App';
import { cell, openTestStore, renderWithApp, type TestStore } from '../harness';
import { giveElementsASize } from './layout';
import { namesShown } from './listTable';
import { addMember, BINH, CELL_MEMBERS, THU } from './register';

const list = messages.members.list;

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());


/**
 * Catches what the page hands to the browser to download. jsdom has no object URLs and does not download; the page
 * still builds the file and clicks its link exactly as it does in the app.
 */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return {
    files,
    release: () => {
      click.mockRestore();
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
    },
  };
}

async function namesInWorkbook(blob: Blob): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, older than Node's.
  await workbook.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(messages.import.sheet.members);
  const names: string[] = [];
  sheet?.eachRow((row, index) => {
    if (index > 1) names.push(String(row.getCell(2).value));
  });
  return names;
}

describe('exporting the list', () => {
  let test: TestStore;
  beforeEach(async () => {
    test = openTestStore();
    await test.store.handlers['org.setupHome'](cell);
  });
  afterEach(() => test.close());

  it('saves the members being shown, with the same filters, as an Excel file', async () => {
    for (const person of CELL_MEMBERS) await addMember(test, person);
    const downloads = catchDownloads();
    try {
      const user = userEvent.setup();
      renderWithApp(<App />, { transport: test.transport, path: '/members' });
      await screen.findByRole('table', { name: list.table });
      await user.selectOptions(screen.getByRole('combobox', { name: list.gender }), messages.member.gender.nu);
      await waitFor(() => expect(namesShown()).toEqual([BINH.fullName, THU.fullName]));

      await user.click(screen.getByRole('button', { name: list.export }));
      await waitFor(() => expect(downloads.files).toHaveLength(1));
      const [file] = downloads.files;
      expect(file?.name).toMatch(/\.xlsx$/);
      expect(await namesInWorkbook(file?.blob ?? new Blob())).toEqual([BINH.fullName, THU.fullName]);
    } finally {
      downloads.release();
    }
  });
});
