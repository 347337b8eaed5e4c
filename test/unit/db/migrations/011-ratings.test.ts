import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { RATING_LEVELS } from '../../../../shared/ratings/levels';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 011: ratings', () => {
  let temp: TempDatabase;
  let db: Db;
  let unitId: number | bigint;
  let memberId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 10);
    unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-05-17', '01', 'khong', 'nguyen van an', '2026-01-05', '2026-01-05')`,
      )
      .run(unitId).lastInsertRowid;
    migrateTo(db, temp.file, 11);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const rate = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO ratings (year, member_id, organisation_id, level, not_rated_reason, updated_at)
         VALUES (@year, @memberId, @organisationId, @level, @reason, '2026-01-05T08:00:00.000Z')`,
      )
      .run({ year: 2025, memberId, organisationId: null, level: 'htt', reason: null, ...values });

  it('records version 11 and a strict table', () => {
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'ratings'").get()).toEqual({ strict: 1 });
  });

  it('accepts every level the app knows, or a reason instead, and refuses others', () => {
    RATING_LEVELS.forEach((level, index) => rate({ level, year: 2020 + index }));
    rate({ year: 2019, level: null, reason: 'Nghỉ ốm dài ngày' });
    expect(() => rate({ year: 2018, level: 'tot' })).toThrow(/CHECK constraint failed/);
    expect(() => rate({ year: 2018, level: 'htt', reason: 'Ốm' })).toThrow(/CHECK constraint failed/);
    expect(() => rate({ year: 2018, level: null, reason: null })).toThrow(/CHECK constraint failed/);
    expect(() => rate({ year: 2018, level: null, reason: '' })).toThrow(/CHECK constraint failed/);
    expect(() => rate({ year: 1800 })).toThrow(/CHECK constraint failed/);
  });

  it('keeps one rating per member or unit and year, for a real member or unit, and a unit always with a level', () => {
    rate();
    expect(() => rate()).toThrow(/UNIQUE constraint failed/);
    rate({ memberId: null, organisationId: unitId });
    expect(() => rate({ memberId: null, organisationId: unitId })).toThrow(/UNIQUE constraint failed/);
    expect(() => rate({ year: 2024, memberId: null, organisationId: unitId, level: null, reason: 'Mới thành lập' })).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => rate({ year: 2024, organisationId: unitId })).toThrow(/CHECK constraint failed/);
    expect(() => rate({ year: 2024, memberId: null })).toThrow(/CHECK constraint failed/);
    expect(() => rate({ year: 2024, memberId: 99 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('lets the audit log record ratings', () => {
    db.prepare(
      `INSERT INTO audit_log (at, entity, entity_id, member_id, action, after)
       VALUES ('2026-01-05T08:00:00.000Z', 'rating', 1, ?, 'create', '{"level":"htt"}')`,
    ).run(memberId);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'rating'").get()).toEqual({ n: 1 });
  });
});
