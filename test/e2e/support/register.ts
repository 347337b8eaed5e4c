import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../db/store';
import { workbookFile, type WorkbookSpec } from '../../unit/db/spreadsheet/workbook';

/** A fresh register file whose home unit is already set up, as after the first-run form. */
export function registerWithHomeUnit(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
  const store = openStore({ file, appVersion: 'test' });
  store.handlers['org.setupHome']({
    code: 'CB012',
    name: 'Chi bộ Khu phố 3',
    kind: 'chi_bo',
    parentCode: 'DU05',
    parentName: 'Đảng ủy phường Hòa Bình',
  });
  store.close();
  return file;
}

/** Writes a member spreadsheet to a temporary .xlsx file, for the file chooser. */
export async function spreadsheetOnDisk(spec: WorkbookSpec, name: string): Promise<string> {
  const file = await workbookFile(spec, name);
  const path = join(mkdtempSync(join(tmpdir(), 'scb-xlsx-')), name);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}
