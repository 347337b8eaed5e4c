import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { readExchangeFile, writeExchangeFile } from '../../../../../db/exchange/exchange-file';
import { homeDecryptionKeys, homeUnitKeys } from '../../../../../db/exchange/unit-keys';
import { exchangeContentSchema, type ContentDocument } from '../../../../../shared/exchange/content';
import type { ExportedFile } from '../../../../../shared/exchange/export-calls';
import { createTranslator } from '../../../../../shared/i18n/translator';
import { CELL, COMMITTEE, OCTOBER_2, fillCell, openExportRegister, type ExportRegister } from './export-register';

const { t } = createTranslator('vi');
const registers: ExportRegister[] = [];
afterEach(() => {
  for (const register of registers.splice(0)) register.cleanup();
});

async function open(setup: Record<string, string> = CELL, now = OCTOBER_2) {
  const register = await openExportRegister(setup, now);
  registers.push(register);
  return register;
}

const bytesOf = (exported: ExportedFile) => Buffer.from(exported.file.base64, 'base64');
const contentOf = (exported: ExportedFile) => readExchangeFile(bytesOf(exported)).content as ContentDocument;

describe("'exchange.export': the period's exchange file", () => {
  it('holds the report, the member snapshot with every event, meetings, KTGS and ratings, valid against its schema', async () => {
    const cell = await open();
    const ids = await fillCell(cell);
    cell.store.db.prepare("INSERT INTO ratings (year, member_id, level, updated_at) VALUES (2026, ?, 'htt', '2026-09-01')").run(ids.an);
    const exported = await cell.call('exchange.export', { period: '2026-Q3' });
    expect(exported.file.fileName).toBe('CB012_2026-Q3_r1.scb');

    const reading = readExchangeFile(bytesOf(exported));
    expect(reading.manifest).toMatchObject({
      producer: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' },
      period: '2026-Q3',
      revision: 1,
      supersedes: null,
      encryption: null,
      counts: { members: 2, events: 3, meetings: 1, ktgs: 1, ratings: 1, units: 0 },
    });
    const content = exchangeContentSchema.parse(reading.content);
    expect(content.asOf).toBe('2026-09-30');
    expect(content.report.indicators['members.total']).toBe(2);
    expect(content.report.indicators['changes.admitted']).toBe(1);
    expect(content.report.identity.holds).toBe(true);
    // Cường left in March: not on the snapshot, nor his events.
    expect(content.members.map((member) => member.record.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(content.members[0]).toMatchObject({
      unitCode: 'CB012',
      record: { gender: 'nam', birthDate: '1980-01-01', citizenId: null },
      state: { status: 'official', countedHere: true, admittedOn: '2010-01-05', officialOn: '2011-01-05' },
    });
    expect(content.members[1]?.state).toMatchObject({ status: 'probationary', probationEndsOn: '2027-08-01' });
    expect(content.events[0]).toEqual({ memberId: ids.an, type: 'admitted', date: '2010-01-05', seq: expect.any(Number), details: { decisionNumber: '12-QĐ/ĐU' } });
    expect(content.events.every((event) => event.memberId !== ids.cuong)).toBe(true);
    expect(content.meetings).toHaveLength(1);
    expect(content.meetings[0]?.attendance).toEqual([
      { memberId: ids.an, presence: 'present', reason: null },
      { memberId: ids.binh, presence: 'excused', reason: 'Ốm' },
    ]);
    expect(content.meetings[0]?.guests).toEqual([{ name: 'Đồng chí Hùng', position: null, body: null, upperLevel: true }]);
    expect(content.ktgs[0]).toMatchObject({ direction: 'received', subjectUnitCode: 'CB012', violation: false, recommendations: [{ position: 1, doneOn: '2026-08-25' }] });
    expect(content.ratings).toEqual({ year: 2026, scope: 'recorded_so_far', members: [{ memberId: ids.an, level: 'htt', notRatedReason: null }], units: [] });
    expect(content.units).toEqual([]);
  });

  it('refuses a period that has not ended yet, naming its last day; its last day itself is allowed', async () => {
    const cell = await open();
    const result = await cell.attempt('exchange.export', { period: '2026-Q4' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(t(result.error.message, result.error.params)).toContain('31/12/2026');
    cell.setNow(new Date(2026, 11, 31, 20));
    expect((await cell.call('exchange.export', { period: '2026-Q4' })).summary.revision).toBe(1);
  });

  it('round-trips its content through writeExchangeFile and readExchangeFile unchanged', async () => {
    const cell = await open();
    await fillCell(cell);
    const content = contentOf(await cell.call('exchange.export', { period: '2026-Q3' }));
    const { home, keys } = homeUnitKeys(cell.store.db, () => OCTOBER_2);
    const again = writeExchangeFile({
      producer: { code: home.code, name: home.name, kind: home.kind, parentCode: 'DU05' },
      period: '2026-Q3',
      revision: 9,
      supersedes: null,
      appVersion: 'test',
      counts: {},
      content,
      keys,
    });
    expect(exchangeContentSchema.parse(readExchangeFile(again.bytes).content)).toEqual(content);
  });

  it('carries the year sheet when the period ends in December', async () => {
    const cell = await open(CELL, new Date(2027, 0, 5, 9));
    await fillCell(cell);
    expect(contentOf(await cell.call('exchange.export', { period: '2026' })).ratings.scope).toBe('year_sheet');
    expect(contentOf(await cell.call('exchange.export', { period: '2026-Q4' })).ratings.scope).toBe('year_sheet');
  });

  it('numbers the revisions of (unit, period): each supersedes the last, each is recorded, listed newest first', async () => {
    const cell = await open();
    const first = await cell.call('exchange.export', { period: '2026-Q3' });
    const second = await cell.call('exchange.export', { period: '2026-Q3' });
    const third = await cell.call('exchange.export', { period: '2026-Q3' });
    const other = await cell.call('exchange.export', { period: '2026-Q2' });
    expect([first, second, third].map((each) => [each.summary.revision, each.summary.supersedes])).toEqual([
      [1, null],
      [2, first.summary.bundleId],
      [3, second.summary.bundleId],
    ]);
    expect(third.file.fileName).toBe('CB012_2026-Q3_r3.scb');
    expect(other.summary).toMatchObject({ revision: 1, supersedes: null });
    expect(readExchangeFile(bytesOf(third)).manifest.supersedes).toBe(second.summary.bundleId);

    const { keys } = homeUnitKeys(cell.store.db, () => OCTOBER_2);
    expect(third.summary.fingerprint).toBe(keys.fingerprint);
    const listed = await cell.call('exchange.exports', {});
    expect(listed.map((row) => [row.period, row.revision])).toEqual([
      ['2026-Q2', 1],
      ['2026-Q3', 3],
      ['2026-Q3', 2],
      ['2026-Q3', 1],
    ]);
    expect(listed[1]).toMatchObject({
      unitCode: 'CB012',
      bundleId: third.summary.bundleId,
      supersedes: second.summary.bundleId,
      fileName: 'CB012_2026-Q3_r3.scb',
      fileSha256: createHash('sha256').update(bytesOf(third)).digest('hex'),
      encryptedTo: null,
    });
  });

  it("encrypted to the parent's key card, opens only with the parent's keys", async () => {
    const cell = await open();
    await fillCell(cell);
    const parent = await open(COMMITTEE);
    const card = await parent.call('keys.card', {});
    const exported = await cell.call('exchange.export', { period: '2026-Q3', encryptTo: card.file });
    expect(exported.summary.encryptedTo).toEqual({ code: 'DU05', fingerprint: card.card.fingerprint });

    const bytes = bytesOf(exported);
    expect(readExchangeFile(bytes).content).toBeNull();
    const opened = readExchangeFile(bytes, { decryptWith: homeDecryptionKeys(parent.store.db, () => OCTOBER_2) });
    expect(exchangeContentSchema.parse(opened.content).members).toHaveLength(2);
    expect(() => readExchangeFile(bytes, { decryptWith: homeDecryptionKeys(cell.store.db, () => OCTOBER_2) })).toThrow(
      expect.objectContaining({ reason: 'not_for_this_unit' }),
    );
    expect((await cell.call('exchange.exports', {}))[0]?.encryptedTo).toBe(card.card.fingerprint);
  });

  it("refuses a key card of a unit other than the parent, naming both codes, and records nothing", async () => {
    const cell = await open();
    const stranger = await open({ ...COMMITTEE, code: 'DU07', name: 'Đảng ủy phường 7' });
    const card = await stranger.call('keys.card', {});
    const result = await cell.attempt('exchange.export', { period: '2026-Q3', encryptTo: card.file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(t(result.error.message, result.error.params)).toContain('DU07');
    expect(t(result.error.message, result.error.params)).toContain('DU05');
    const notACard = await cell.attempt('exchange.export', { period: '2026-Q3', encryptTo: { fileName: 'x.sochibo-key', base64: 'aGVsbG8=' } });
    expect(notACard.ok).toBe(false);
    expect(await cell.call('exchange.exports', {})).toEqual([]);
  });

  it("a committee's file nests each unit's latest accepted file byte for byte", async () => {
    const cell = await open();
    await fillCell(cell);
    const first = bytesOf(await cell.call('exchange.export', { period: '2026-Q3' }));
    const latest = bytesOf(await cell.call('exchange.export', { period: '2026-Q3' }));

    const committee = await open(COMMITTEE);
    await committee.call('org.add', { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' });
    const insert = committee.store.db.prepare(
      `INSERT INTO exchange_files (unit_code, period, revision, bundle_id, supersedes, file_sha256, bytes, manifest, content, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '2026-10-03T08:00:00.000Z')`,
    );
    for (const bytes of [first, latest]) {
      const { manifest, fileSha256 } = readExchangeFile(bytes);
      insert.run('CB012', manifest.period, manifest.revision, manifest.bundleId, manifest.supersedes, fileSha256, bytes, JSON.stringify(manifest));
    }
    // A file of another period and of a unit not directly below are not nested.
    const q2 = bytesOf(await cell.call('exchange.export', { period: '2026-Q2' }));
    const q2Reading = readExchangeFile(q2);
    insert.run('CB012', '2026-Q2', 1, q2Reading.manifest.bundleId, null, q2Reading.fileSha256, q2, JSON.stringify(q2Reading.manifest));

    const exported = await committee.call('exchange.export', { period: '2026-Q3' });
    const content = contentOf(exported);
    const latestReading = readExchangeFile(latest);
    expect(content.units).toEqual([
      { unitCode: 'CB012', revision: 2, bundleId: latestReading.manifest.bundleId, fileSha256: latestReading.fileSha256, base64: latest.toString('base64') },
    ]);
    const nested = Buffer.from(content.units[0]?.base64 ?? '', 'base64');
    expect(nested.equals(latest)).toBe(true);
    expect(readExchangeFile(nested).manifest.producer.code).toBe('CB012');
    expect(exported.summary.counts.units).toBe(1);
  });
});
