import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

const SHA = 'a'.repeat(64);
const FINGERPRINT = '48210 93712 00001 55555 12345 99999';

describe('migration 018: member transfers received', () => {
  let temp: TempDatabase;
  let db: Db;
  let memberId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 17);
    const unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB020', 'Chi bộ Khu phố 7', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-01-01', '01', 'khong', 'nguyen van an', '2026-01-05', '2026-01-05')`,
      )
      .run(unitId).lastInsertRowid;
    migrateTo(db, temp.file, 18);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const receive = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO received_transfers (member_id, sender_code, sender_name, sender_member_id, transferred_out_on, transferred_in_on,
                                         bundle_id, file_sha256, fingerprint, received_at)
         VALUES (@member, 'CB012', 'Chi bộ Khu phố 3', @senderMember, @outOn, @inOn, @bundle, @sha, @fingerprint, '2026-10-02T02:00:00.000Z')`,
      )
      .run({ member: memberId, senderMember: 7, outOn: '2026-08-15', inOn: '2026-08-20', bundle: 'b1', sha: SHA, fingerprint: FINGERPRINT, ...values });

  it('is at version 18', () => {
    expect(schemaVersion(db)).toBe(18);
  });

  it('keeps one row per transfer (sender, sender’s member, transfer-out day) and per bundle', () => {
    receive();
    expect(() => receive({ bundle: 'b2' })).toThrow(/UNIQUE/);
    expect(() => receive({ senderMember: 8 })).toThrow(/UNIQUE/);
    receive({ senderMember: 8, bundle: 'b3' });
    receive({ outOn: '2027-01-01', inOn: '2027-01-02', bundle: 'b4' });
    expect(db.prepare('SELECT count(*) AS n FROM received_transfers').get()).toEqual({ n: 3 });
  });

  it('refuses a transfer in before the transfer out, bad dates, a bad hash and an unknown member', () => {
    expect(() => receive({ inOn: '2026-08-14' })).toThrow(/CHECK/);
    expect(() => receive({ outOn: '15/08/2026', bundle: 'b5' })).toThrow(/CHECK/);
    expect(() => receive({ sha: 'abc', bundle: 'b6' })).toThrow(/CHECK/);
    expect(() => receive({ member: 999, bundle: 'b7' })).toThrow(/FOREIGN KEY/);
  });

  it('is append-only', () => {
    receive();
    expect(() => db.prepare("UPDATE received_transfers SET sender_code = 'X'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM received_transfers').run()).toThrow(/append-only/);
  });
});
