import { describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../renderer/files/saveFile';

// Source under test: renderer/files/saveFile.ts — the download carries the file's own type and name.

describe('saving a file from the register', () => {
  it('labels a PDF as a PDF and a workbook as a workbook, under the file’s own name', () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    saveFile({ fileName: 'BaoCao_CB012_2026-Q3.pdf', base64: btoa('%PDF-1.7') });
    saveFile({ fileName: 'BaoCao_CB012_2026-Q3.xlsx', base64: btoa('PK') });
    expect(blobs.map((blob) => blob.type)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(names).toEqual(['BaoCao_CB012_2026-Q3.pdf', 'BaoCao_CB012_2026-Q3.xlsx']);
    click.mockRestore();
  });
});
