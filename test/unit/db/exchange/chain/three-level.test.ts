import { afterEach, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../../../db/exchange/exchange-file';
import { sourceNotes } from '../../../../../db/reports/documents/sections';
import { verifyNestedFiles } from '../../../../../db/exchange/received/nested';
import { homeUnitKeys } from '../../../../../db/exchange/unit-keys';
import { writeExchangeFile } from '../../../../../db/exchange/exchange-file';
import { exchangeContentSchema, type ContentDocument } from '../../../../../shared/exchange/content';
import { exchangeFileName } from '../../../../../shared/exchange/manifest';
import type { FilePayload } from '../../../../../shared/members/views';
import { INDICATOR_KEYS } from '../../../../../shared/reports/indicators';
import { openExportRegister, OCTOBER_2, type ExportRegister } from '../export/export-register';

/**
 * Three installations up the chain (issue 6, "Done when"): two cells send their third quarter to their grassroots
 * committee, which sends its own file (theirs nested inside) to the district; the district verifies every signature
 * down to the cells, and its report adds up to the cells' figures.
 */

const DISTRICT = { code: 'QU01', name: 'Quận ủy Ba Đình', kind: 'cap_tren', parentCode: 'TU01', parentName: 'Thành ủy Hà Nội' };
const WARD = { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU01', parentName: 'Quận ủy Ba Đình' };
const cell = (code: string, name: string) => ({ code, name, kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' });

const opened: ExportRegister[] = [];
async function open(setup: Record<string, string>): Promise<ExportRegister> {
  const register = await openExportRegister(setup);
  opened.push(register);
  return register;
}
afterEach(() => {
  for (const register of opened.splice(0)) register.cleanup();
});

async function exportQ3(register: ExportRegister): Promise<FilePayload> {
  const { file } = await register.call('exchange.export', { period: '2026-Q3' });
  return file;
}

async function importTrusting(register: ExportRegister, file: FilePayload) {
  const preview = await register.call('exchange.importPreview', { files: [file] });
  const fingerprint = preview.files[0]?.fingerprint;
  return register.call('exchange.importCommit', { files: [file], trust: fingerprint ? [fingerprint] : [], backup: false });
}

/** Cell A: three members, one admitted and one transferred out in the quarter. Cell B: two members, one died. */
async function fillCells(a: ExportRegister, b: ExportRegister) {
  await a.add(undefined, { fullName: 'Nguyễn Văn An', partyCardNumber: '10000001' }, [
    { type: 'admitted', date: '05/01/2010' },
    { type: 'made_official', date: '05/01/2011' },
  ]);
  await a.add(undefined, { fullName: 'Trần Thị Bình', gender: 'nu', partyCardNumber: '10000002' }, [{ type: 'admitted', date: '01/08/2026' }]);
  await a.add(undefined, { fullName: 'Lê Văn Cường', partyCardNumber: '10000003' }, [
    { type: 'admitted', date: '01/01/2000' },
    { type: 'made_official', date: '01/01/2001' },
    { type: 'transferred_out', date: '15/08/2026', otherUnit: 'Chi bộ Xóm Mới' },
  ]);
  await b.add(undefined, { fullName: 'Phạm Văn Dũng', partyCardNumber: '20000001' }, [
    { type: 'admitted', date: '01/01/1990' },
    { type: 'made_official', date: '01/01/1991' },
  ]);
  await b.add(undefined, { fullName: 'Hoàng Thị Em', gender: 'nu', partyCardNumber: '20000002' }, [
    { type: 'admitted', date: '01/01/1980' },
    { type: 'made_official', date: '01/01/1981' },
    { type: 'died', date: '20/07/2026' },
  ]);
}

describe('cell → grassroots committee → upper committee', () => {
  it('carries the figures up: the top verifies every nested signature and its totals are the cells added up', async () => {
    const [a, b, ward, district] = [await open(cell('CB01', 'Chi bộ 1')), await open(cell('CB02', 'Chi bộ 2')), await open(WARD), await open(DISTRICT)];
    await fillCells(a, b);
    const cellReports = [await a.call('reports.period', { period: '2026-Q3' }), await b.call('reports.period', { period: '2026-Q3' })];

    // The cells encrypt to the ward, as a careful secretary would: the district can check them but not read them.
    const wardCard = (await ward.call('keys.card', {})).file;
    const fileA = (await a.call('exchange.export', { period: '2026-Q3', encryptTo: wardCard })).file;
    const fileB = await exportQ3(b);
    const received = await importTrusting(ward, fileA);
    expect(received.files[0]?.outcome).toBe('accept');
    expect((await importTrusting(ward, fileB)).files[0]?.outcome).toBe('accept');
    // The ward's member list holds its cells' members as their files list them (who left in the quarter is not there).
    const wardReport = await ward.call('reports.period', { period: '2026-Q3' });
    expect(wardReport.members.map((row) => [row.fullName, row.unitName, row.source, row.status])).toEqual([
      ['Nguyễn Văn An', 'Chi bộ 1', 'CB01', 'official'],
      ['Trần Thị Bình', 'Chi bộ 1', 'CB01', 'probationary'],
      ['Phạm Văn Dũng', 'Chi bộ 2', 'CB02', 'official'],
    ]);

    const wardFile = await exportQ3(ward);
    const atDistrict = await importTrusting(district, wardFile);
    expect(atDistrict.files[0]?.outcome).toBe('accept');

    // Every nested signature checks at the top; A's content is sealed for the ward, B's is readable.
    const reading = readExchangeFile(Buffer.from(wardFile.base64, 'base64'));
    const content = exchangeContentSchema.parse(reading.content);
    const nested = verifyNestedFiles(content, 'DU05', homeUnitKeysOf(district));
    expect(nested.map((file) => [file.manifest.producer.code, file.content === null])).toEqual([
      ['CB01', true],
      ['CB02', false],
    ]);

    const top = await district.call('reports.period', { period: '2026-Q3' });
    for (const key of INDICATOR_KEYS) {
      if (key === 'meetings.attendance_rate') continue;
      const sum = cellReports.reduce((total, report) => total + (report.totals[key] ?? 0), 0);
      // orgs.units also counts the ward and the district themselves.
      expect(top.totals[key] ?? 0, key).toBe(key === 'orgs.units' ? sum + 2 : sum);
    }
    expect(top.totals['members.total']).toBe(3);
    expect(top.totals['changes.transferred_out']).toBe(1);
    expect(top.totals['changes.died']).toBe(1);
    expect(top.identity.holds).toBe(true);
    expect(top.units.map((row) => [row.unit.code, row.unit.depth, row.source])).toEqual([
      ['QU01', 0, null],
      ['DU05', 1, 'DU05'],
      ['CB01', 2, 'DU05'],
      ['CB02', 2, 'DU05'],
    ]);
    // Forms 2 and 4 reach the top too, though A's file is sealed for the ward: the ward's file carries them.
    expect(top.composition.admissions.map((row) => [row.fullName, row.admittedOn, row.unitCode, row.unitName])).toEqual([
      ['Trần Thị Bình', '2026-08-01', 'CB01', 'Chi bộ 1'],
    ]);
    const countOf = (rows: readonly { code: string; count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    expect(countOf(top.composition.ethnicities)).toBe(3);
    expect(countOf(top.composition.religions)).toBe(3);
    expect(top.composition.ethnicities).toEqual([
      { code: '01', count: cellReports.reduce((total, report) => total + countOf(report.composition.ethnicities), 0) },
    ]);
    expect(top.sources).toEqual([expect.objectContaining({ unitCode: 'DU05', status: 'received', revision: 1 })]);
    // The printed report says where the figures came from.
    expect(sourceNotes(top).map((note) => note.text)[0]).toBe(
      'Số liệu của Đảng ủy phường 5 (DU05) lấy từ tệp báo cáo lần 1 đơn vị lập ngày 02/10/2026, nhận ngày 02/10/2026; giữ nguyên như đơn vị đã ký.',
    );

    // The district's board reaches the cells through the ward's file.
    const board = await district.call('exchange.completeness', { period: '2026-Q3' });
    expect(board.levels).toEqual([
      { depth: 1, expected: 1, received: 1, late: 0, corrected: 0, missing: 0 },
      { depth: 2, expected: 2, received: 2, late: 0, corrected: 0, missing: 0 },
    ]);
    expect(board.unreadable).toEqual([{ unitCode: 'CB01', insideUnitCode: 'DU05' }]);
  });

  it('refuses a committee file whose nested unit file was altered, even though the committee signed it', async () => {
    const [a, ward, district] = [await open(cell('CB01', 'Chi bộ 1')), await open(WARD), await open(DISTRICT)];
    await fillCells(a, await open(cell('CB02', 'Chi bộ 2')));
    await importTrusting(ward, await exportQ3(a));
    const honest = exchangeContentSchema.parse(readExchangeFile(Buffer.from((await exportQ3(ward)).base64, 'base64')).content);

    // One byte of the cell's file changed inside an otherwise well-formed committee file, signed by the committee.
    const [inner] = honest.units;
    if (!inner) throw new Error('the ward nests no file');
    const bytes = Buffer.from(inner.base64, 'base64');
    bytes[bytes.length - 3] = bytes[bytes.length - 3] === 0x41 ? 0x42 : 0x41;
    const altered: ContentDocument = { ...honest, units: [{ ...inner, base64: bytes.toString('base64') }] };
    const forged = signAsWard(ward, altered);

    const result = await importTrusting(district, forged);
    expect(result.files[0]).toMatchObject({ outcome: 'invalid', reason: 'exchange.refusal.nested_invalid', params: { code: 'CB01', inside: 'DU05' } });
    const report = await district.call('reports.period', { period: '2026-Q3' });
    expect(report.sources).toEqual([]);
    expect(report.totals['members.total']).toBe(0);
  });

  it('a committee keeps no figures of a unit it has no file of: the board names it missing and overdue after the deadline', async () => {
    const ward = await open(WARD);
    await ward.call('org.add', { code: 'CB01', name: 'Chi bộ 1', kind: 'chi_bo', parentCode: 'DU05' });
    await ward.call('exchange.setDeadline', { period: '2026-Q3', dueOn: '01/10/2026' });
    const board = await ward.call('exchange.completeness', { period: '2026-Q3' });
    expect(board.deadline).toMatchObject({ dueOn: '2026-10-01', source: 'set' });
    expect(board.units).toEqual([expect.objectContaining({ code: 'CB01', status: 'missing', late: true })]);
    expect(board.levels).toEqual([{ depth: 1, expected: 1, received: 0, late: 1, corrected: 0, missing: 1 }]);
    const cleared = await ward.call('exchange.setDeadline', { period: '2026-Q3', dueOn: null });
    expect(cleared).toMatchObject({ dueOn: '2026-10-10', source: 'default' });
  });
});

describe('the completeness board of a committee', () => {
  it('says a file came late when its first revision arrived after the deadline, and corrected once replaced', async () => {
    const [a, b, ward] = [await open(cell('CB01', 'Chi bộ 1')), await open(cell('CB02', 'Chi bộ 2')), await open(WARD)];
    await fillCells(a, b);
    await ward.call('exchange.setDeadline', { period: '2026-Q3', dueOn: '05/10/2026' });
    await importTrusting(ward, await exportQ3(a));
    ward.setNow(new Date(2026, 9, 8, 10, 0, 0));
    await importTrusting(ward, await exportQ3(b));
    await importTrusting(ward, await exportQ3(b));
    const board = await ward.call('exchange.completeness', { period: '2026-Q3' });
    expect(board.units.map(({ code, status, revision, late, corrected }) => ({ code, status, revision, late, corrected }))).toEqual([
      { code: 'CB01', status: 'received', revision: 1, late: false, corrected: false },
      { code: 'CB02', status: 'received', revision: 2, late: true, corrected: true },
    ]);
    expect(board.levels).toEqual([{ depth: 1, expected: 2, received: 2, late: 1, corrected: 1, missing: 0 }]);
  });

  it('finds an opening that is not the last quarter’s closing, across two files of a unit', async () => {
    const [a, ward] = [await open(cell('CB01', 'Chi bộ 1')), await open(WARD)];
    await fillCells(a, await open(cell('CB02', 'Chi bộ 2')));
    const q2 = (await a.call('exchange.export', { period: '2026-Q2' })).file;
    // Recorded after the second quarter's file was sent, dated back into that quarter.
    await a.add(undefined, { fullName: 'Đỗ Văn Hải', partyCardNumber: '10000009' }, [{ type: 'admitted', date: '15/05/2026' }]);
    await importTrusting(ward, q2);
    await importTrusting(ward, await exportQ3(a));
    const board = await ward.call('exchange.completeness', { period: '2026-Q3' });
    expect(board.checks).toContainEqual(
      expect.objectContaining({ kind: 'opening_mismatch', unitCode: 'CB01', opening: 3, previousClosing: 2, previousPeriod: '2026-Q2' }),
    );
  });

  it('expects no file from a unit whose members the committee keeps itself', async () => {
    const ward = await open(WARD);
    await ward.call('org.add', { code: 'CB09', name: 'Chi bộ 9', kind: 'chi_bo', parentCode: 'DU05' });
    await ward.add('CB09', { fullName: 'Vũ Văn Giang' }, [{ type: 'admitted', date: '01/01/2001' }]);
    const board = await ward.call('exchange.completeness', { period: '2026-Q3' });
    expect(board.units).toEqual([expect.objectContaining({ code: 'CB09', status: 'direct', late: false })]);
    expect(board.levels).toEqual([]);
    const report = await ward.call('reports.period', { period: '2026-Q3' });
    expect(report.sources).toEqual([]);
    expect(report.totals['members.total']).toBe(1);
  });
});

function homeUnitKeysOf(register: ExportRegister) {
  return [homeUnitKeys(register.store.db, () => OCTOBER_2).keys];
}

/** The ward's own keys signing a content it did not make: what a buggy or dishonest committee could send. */
function signAsWard(ward: ExportRegister, content: ContentDocument): FilePayload {
  const { keys } = homeUnitKeys(ward.store.db, () => OCTOBER_2);
  const written = writeExchangeFile({
    producer: { code: 'DU05', name: WARD.name, kind: 'dang_bo_co_so', parentCode: 'QU01' },
    period: '2026-Q3',
    revision: 1,
    supersedes: null,
    appVersion: 'test',
    counts: { units: content.units.length },
    content,
    keys,
  });
  return { fileName: exchangeFileName(written.manifest), base64: written.bytes.toString('base64') };
}
