import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../../db/store';
import { contract } from '../../../shared/api/contract';
import { toIsoDate } from '../../../shared/dates/calendar';
import { lastEndedQuarter } from '../../../shared/exchange/export-reminders';
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

/** A date `months` months before today on this machine's clock, as typed: dd/mm/yyyy. */
function monthsAgo(months: number): string {
  const day = new Date();
  day.setMonth(day.getMonth() - months);
  return `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`;
}

/**
 * The members of `registerWithMembers`, each with a wage of 8.000.000 đ from January 2025, and an outstanding candidate
 * whose admission has been decided, waiting for the ceremony.
 */
export function registerForCellLife(): string {
  const file = registerWithMembers();
  const store = openStore({ file, appVersion: 'test' });
  for (const { id } of store.db.prepare<[], { id: number }>('SELECT id FROM members').all()) {
    store.handlers['dues.setBasis'](
      contract['dues.setBasis'].input.parse({ memberId: id, fromMonth: '01/2025', category: 'salary', amountVnd: 8_000_000 }),
    );
  }
  store.handlers['candidates.create'](
    contract['candidates.create'].input.parse({
      record: { fullName: 'Vũ Thị Hồng', gender: 'nu', birthDate: '12/08/1996', ethnicity: '01', religion: 'khong' },
      unitCode: '',
      identifiedOn: monthsAgo(20),
      helpers: [{ name: 'Trần Văn An' }],
      certificateOn: monthsAgo(18),
      certificateNumber: '1234/GCN',
      applicationOn: monthsAgo(6),
      verificationOn: monthsAgo(4),
      resolutionOn: monthsAgo(2),
      decisionOn: monthsAgo(1),
      decisionNumber: '215-QĐ/ĐU',
      decisionBody: 'Đảng ủy phường Hòa Bình',
    }),
  );
  store.close();
  return file;
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

/** dd/mm/yyyy of a day of the month that starts `monthsAfter` months after `from` (an ISO date, the 1st of a month). */
function dayOfMonth(from: string, monthsAfter: number, day: number): string {
  const date = new Date(`${from}T12:00:00`);
  date.setMonth(date.getMonth() + monthsAfter, day);
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

/**
 * For the report pages: the members of `registerWithMembers` and, during `quarter` (its first day, ISO), Vũ Thị Hồng
 * admitted on the 10th of its second month, and a regular meeting on the 15th of each of its months (Lê Thị Bình
 * absent in the first). The report of that quarter: opening 3, admitted 1, closing 4.
 */
export function registerForReports(quarterStart: string): () => string {
  return () => {
    const file = registerWithMembers();
    const store = openStore({ file, appVersion: 'test' });
    store.handlers['members.create'](
      contract['members.create'].input.parse({
        record: { fullName: 'Vũ Thị Hồng', gender: 'nu', birthDate: '12/08/1996', ethnicity: '03', religion: 'khong' },
        unitCode: '',
        events: [{ type: 'admitted', date: dayOfMonth(quarterStart, 1, 10), decisionNumber: '215-QĐ/ĐU', issuedBy: 'Đảng ủy phường Hòa Bình' }],
      }),
    );
    const members = store.db.prepare<[], { id: number; full_name: string }>('SELECT id, full_name FROM members').all();
    for (const month of [0, 1, 2]) {
      store.handlers['meetings.create'](
        contract['meetings.create'].input.parse({
          kind: 'regular',
          date: dayOfMonth(quarterStart, month, 15),
          startTime: '19:00',
          endTime: '21:00',
          attendance: members
            .filter((member) => member.full_name !== 'Vũ Thị Hồng' || month >= 1)
            .map((member) => ({ memberId: member.id, presence: month === 0 && member.full_name === 'Lê Thị Bình' ? 'absent' : 'present' })),
        }),
      );
    }
    store.close();
    return file;
  };
}

/** Where `registerForExchangeImport` left the cell's exported file. */
export const exchangeFixture = { cellFile: '', period: '', committeeFile: '' };

/**
 * A committee's register (Đảng ủy phường Hòa Bình, DU05) that knows its cell CB012 but not yet its key, and beside it
 * the cell's signed file for the last ended quarter, exported by a second register as the cell would.
 */
export function registerForExchangeImport(): string {
  const cell = registerWithMembers();
  const cellStore = openStore({ file: cell, appVersion: 'test' });
  exchangeFixture.period = lastEndedQuarter(toIsoDate({ year: new Date().getFullYear(), month: new Date().getMonth() + 1, day: new Date().getDate() })).code;
  const exported = cellStore.handlers['exchange.export'](contract['exchange.export'].input.parse({ period: exchangeFixture.period }));
  if (exported instanceof Promise) throw new Error('exchange.export answered asynchronously');
  cellStore.close();
  exchangeFixture.cellFile = join(mkdtempSync(join(tmpdir(), 'scb-exchange-')), exported.file.fileName);
  writeFileSync(exchangeFixture.cellFile, Buffer.from(exported.file.base64, 'base64'));

  const file = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
  const store = openStore({ file, appVersion: 'test' });
  store.handlers['org.setupHome'](contract['org.setupHome'].input.parse({ code: 'DU05', name: 'Đảng ủy phường Hòa Bình', kind: 'dang_bo_co_so', parentCode: 'TU01', parentName: 'Đảng bộ tỉnh' }));
  store.handlers['org.add'](contract['org.add'].input.parse({ code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' }));
  store.close();
  return file;
}

/** The upper committee (Đảng bộ tỉnh, TU01) above DU05, with no unit yet: it learns DU05 from its first file. */
export function registerForUpperCommittee(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
  const store = openStore({ file, appVersion: 'test' });
  store.handlers['org.setupHome'](contract['org.setupHome'].input.parse({ code: 'TU01', name: 'Đảng bộ tỉnh', kind: 'cap_tren', parentCode: 'TW', parentName: 'Ban Chấp hành Trung ương' }));
  store.close();
  return file;
}
