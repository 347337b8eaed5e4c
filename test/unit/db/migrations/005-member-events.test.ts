import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { EVENT_TYPES } from '../../../../shared/members/events';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 005: member events', () => {
  let temp: TempDatabase;
  let db: Db;
  let memberId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 4);
    const unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-05-17', '01', 'khong', 'nguyen van an', '2026-01-05', '2026-01-05')`,
      )
      .run(unitId).lastInsertRowid;
    migrateTo(db, temp.file, 5);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addEvent = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO member_events (member_id, type, date, seq, details, created_at)
         VALUES (@memberId, @type, @date, @seq, @details, '2026-01-05T08:00:00.000Z')`,
      )
      .run({ memberId, type: 'admitted', date: '2024-03-15', seq: 1, details: '{}', ...values });

  it('records version 5', () => {
    expect(schemaVersion(db)).toBe(5);
  });

  it('takes every event type the app knows and refuses any other', () => {
    EVENT_TYPES.forEach((type, index) => addEvent({ type, seq: index + 1 }));
    expect(() => addEvent({ type: 'promoted', seq: 99 })).toThrow(/CHECK constraint failed/);
  });

  it('belongs to a member of the register', () => {
    expect(() => addEvent({ memberId: 999 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('orders same-day events by seq, one event per place in that order', () => {
    addEvent({ type: 'transferred_out', date: '2025-06-01', seq: 2, details: '{"otherUnit":"Chi bộ 5"}' });
    addEvent({ type: 'reward', date: '2025-06-01', seq: 1, details: '{"title":"Giấy khen"}' });
    expect(() => addEvent({ type: 'badge', date: '2025-06-01', seq: 1 })).toThrow(/UNIQUE constraint failed/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM member_events WHERE member_id = ? ORDER BY date, seq")
      .all(memberId) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING INDEX member_events_history/);
    expect(db.prepare('SELECT type FROM member_events WHERE member_id = ? ORDER BY date, seq').all(memberId)).toEqual([
      { type: 'reward' },
      { type: 'transferred_out' },
    ]);
  });

  it('keeps the type-specific details as a JSON object, and dates as ISO days', () => {
    expect(() => addEvent({ details: 'not json' })).toThrow(/CHECK constraint failed/);
    expect(() => addEvent({ details: '[1, 2]' })).toThrow(/CHECK constraint failed/);
    expect(() => addEvent({ date: '15/03/2024' })).toThrow(/CHECK constraint failed/);
    expect(() => addEvent({ seq: 0 })).toThrow(/CHECK constraint failed/);
    addEvent({ details: '{"ceremonyDate":"2024-04-01"}' });
    expect(db.prepare("SELECT details ->> '$.ceremonyDate' AS ceremony FROM member_events").get()).toEqual({ ceremony: '2024-04-01' });
  });
});
