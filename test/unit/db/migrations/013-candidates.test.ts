import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 013: candidates', () => {
  let temp: TempDatabase;
  let db: Db;
  let unitId: number | bigint;
  let memberId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 12);
    unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-05-17', '01', 'khong', 'nguyen van an', '2026-01-05', '2026-01-05')`,
      )
      .run(unitId).lastInsertRowid;
    migrateTo(db, temp.file, 13);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addCandidate = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO candidates (unit_id, full_name, gender, birth_date, ethnicity, religion, identified_on, certificate_on,
                                 resolution_on, decision_on, decision_number, decision_body, ceremony_on, member_id,
                                 dropped_on, drop_reason, created_at, updated_at)
         VALUES (@unitId, 'Phạm Thị Hoa', @gender, '1998-08-12', '01', 'khong', @identifiedOn, @certificateOn,
                 @resolutionOn, @decisionOn, @decisionNumber, @decisionBody, @ceremonyOn, @memberId,
                 @droppedOn, @dropReason, '2026-01-05', '2026-01-05')`,
      )
      .run({
        unitId,
        gender: 'nu',
        identifiedOn: '2025-01-10',
        certificateOn: null,
        resolutionOn: null,
        decisionOn: null,
        decisionNumber: null,
        decisionBody: null,
        ceremonyOn: null,
        memberId: null,
        droppedOn: null,
        dropReason: null,
        ...values,
      }).lastInsertRowid;
  const decided = { resolutionOn: '2025-09-10', decisionOn: '2025-10-15', decisionNumber: '45-QĐ/ĐU', decisionBody: 'Đảng ủy phường' };

  it('records version 13 and strict tables', () => {
    expect(schemaVersion(db)).toBe(13);
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name LIKE 'candidate%' ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'candidate_helpers', strict: 1 },
      { name: 'candidates', strict: 1 },
    ]);
  });

  it('refuses bad codes and dates, stages out of order and a decision without number and body', () => {
    addCandidate();
    expect(() => addCandidate({ gender: 'x' })).toThrow(/CHECK constraint failed/);
    expect(() => addCandidate({ identifiedOn: '10/01/2025' })).toThrow(/CHECK constraint failed/);
    expect(() => addCandidate({ certificateOn: '2024-12-01' })).toThrow(/CHECK constraint failed/);
    expect(() => addCandidate({ ...decided, decisionBody: null })).toThrow(/CHECK constraint failed/);
    addCandidate(decided);
  });

  it('ties the ceremony to the member it created, once, and keeps a drop with its reason and never with a member', () => {
    expect(() => addCandidate({ ...decided, ceremonyOn: '2025-11-01' })).toThrow(/CHECK constraint failed/);
    addCandidate({ ...decided, ceremonyOn: '2025-11-01', memberId });
    expect(() => addCandidate({ ...decided, ceremonyOn: '2025-11-01', memberId })).toThrow(/UNIQUE constraint failed/);
    expect(() => addCandidate({ ...decided, ceremonyOn: '2025-11-01', memberId: 99 })).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => addCandidate({ droppedOn: '2025-11-01' })).toThrow(/CHECK constraint failed/);
    addCandidate({ droppedOn: '2025-11-01', dropReason: 'Chuyển công tác' });
  });

  it('keeps helpers as a member or a name, and drops them with their candidate', () => {
    const candidate = addCandidate();
    const help = db.prepare('INSERT INTO candidate_helpers (candidate_id, position_in_list, member_id, name) VALUES (?, ?, ?, ?)');
    help.run(candidate, 1, memberId, null);
    help.run(candidate, 2, null, 'Lê Văn Giúp');
    expect(() => help.run(candidate, 3, memberId, 'Lê Văn Giúp')).toThrow(/CHECK constraint failed/);
    expect(() => help.run(candidate, 3, null, null)).toThrow(/CHECK constraint failed/);
    db.prepare('DELETE FROM candidates WHERE id = ?').run(candidate);
    expect(db.prepare('SELECT count(*) AS n FROM candidate_helpers').get()).toEqual({ n: 0 });
  });
});
