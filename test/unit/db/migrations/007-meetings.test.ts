import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { MEETING_KINDS, PRESENCES } from '../../../../shared/meetings/kinds';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 007: meetings', () => {
  let temp: TempDatabase;
  let db: Db;
  let memberId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 6);
    const unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-05-17', '01', 'khong', 'nguyen van an', '2026-01-05', '2026-01-05')`,
      )
      .run(unitId).lastInsertRowid;
    migrateTo(db, temp.file, 7);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addMeeting = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO meetings (kind, date, start_time, end_time, created_at, updated_at)
         VALUES (@kind, @date, @start, @end, '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z')`,
      )
      .run({ kind: 'regular', date: '2025-12-10', start: '19:00', end: '21:00', ...values }).lastInsertRowid;
  const mark = (meetingId: number | bigint, values: Record<string, unknown> = {}) =>
    db
      .prepare('INSERT INTO meeting_attendance (meeting_id, member_id, presence, reason) VALUES (@meetingId, @memberId, @presence, @reason)')
      .run({ meetingId, memberId, presence: 'present', reason: null, ...values });

  it('records version 7 and strict tables', () => {
    expect(schemaVersion(db)).toBe(7);
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name LIKE 'meeting%' ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'meeting_attendance', strict: 1 },
      { name: 'meeting_guests', strict: 1 },
      { name: 'meetings', strict: 1 },
    ]);
  });

  it('accepts every kind the app knows and refuses others, bad dates and an end not after the start', () => {
    for (const kind of MEETING_KINDS) addMeeting({ kind });
    expect(() => addMeeting({ kind: 'party' })).toThrow(/CHECK constraint failed/);
    expect(() => addMeeting({ date: '10/12/2025' })).toThrow(/CHECK constraint failed/);
    expect(() => addMeeting({ end: '19:00' })).toThrow(/CHECK constraint failed/);
  });

  it('keeps one row per member and meeting, a known presence, a reason for an excuse and a real member', () => {
    const meeting = addMeeting();
    for (const [index, presence] of PRESENCES.entries()) {
      const other = addMeeting({ start: `0${index}:00`, end: `0${index}:30` });
      mark(other, { presence, reason: presence === 'excused' ? 'Ốm' : null });
    }
    mark(meeting);
    expect(() => mark(meeting)).toThrow(/UNIQUE constraint failed/);
    expect(() => mark(addMeeting(), { presence: 'late' })).toThrow(/CHECK constraint failed/);
    expect(() => mark(addMeeting(), { presence: 'excused' })).toThrow(/CHECK constraint failed/);
    expect(() => mark(addMeeting(), { memberId: 99 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('drops guests and attendance with their meeting', () => {
    const meeting = addMeeting();
    mark(meeting);
    db.prepare("INSERT INTO meeting_guests (meeting_id, position_in_list, name, upper_level) VALUES (?, 1, 'Khách', 1)").run(meeting);
    db.prepare('DELETE FROM meetings WHERE id = ?').run(meeting);
    expect(db.prepare('SELECT (SELECT count(*) FROM meeting_guests) + (SELECT count(*) FROM meeting_attendance) AS n').get()).toEqual({ n: 0 });
  });
});
