import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../../db/store';
import { contract } from '../../../shared/api/contract';
import { workbookFile, type WorkbookSpec } from '../../unit/db/spreadsheet/workbook';

/** A fresh register file whose home unit is already set up, as after the first-run form. */
export function registerWithHomeUnit(): string {
  return withStore(() => undefined);
}

/** Three official members (admitted in 2010, official in 2011): enough for a meeting with someone absent. */
export const CELL_MEMBERS = ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'];

/** A register with its home unit and the three members of CELL_MEMBERS. */
export function registerWithMembers(): string {
  return withStore((store) => {
    for (const [index, fullName] of CELL_MEMBERS.entries()) {
      const input = contract['members.create'].input.parse({
        record: { fullName, gender: index === 1 ? 'nu' : 'nam', birthDate: `0${index + 1}/03/1975`, ethnicity: '01', religion: 'khong' },
        unitCode: '',
        events: [
          { type: 'admitted', date: '05/01/2010' },
          { type: 'made_official', date: '01/02/2011' },
        ],
      });
      store.handlers['members.create'](input);
    }
  });
}

/** A new register file with its home unit, then whatever `fill` adds, written through the services. */
function withStore(fill: (store: Store) => void): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
  const store = openStore({ file, appVersion: 'test' });
  store.handlers['org.setupHome']({
    code: 'CB012',
    name: 'Chi bộ Khu phố 3',
    kind: 'chi_bo',
    parentCode: 'DU05',
    parentName: 'Đảng ủy phường Hòa Bình',
  });
  fill(store);
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
