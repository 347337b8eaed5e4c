import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { ACTIVITIES, DIRECTIONS, INSPECTION_KINDS, PLANNED_PERIODS } from '../../../../shared/inspections/kinds';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

const AT = '2026-01-05T08:00:00.000Z';

describe('migration 010: inspections', () => {
  let temp: TempDatabase;
  let db: Db;
  let unitId: number | bigint;
  let memberId: number | bigint;
  let eventId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 9);
    unitId = db
      .prepare(`INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', ?)`)
      .run(AT).lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-05-17', '01', 'khong', 'nguyen van an', ?, ?)`,
      )
      .run(unitId, AT, AT).lastInsertRowid;
    eventId = db
      .prepare(
        `INSERT INTO member_events (member_id, type, date, seq, details, created_at)
         VALUES (?, 'discipline', '2026-03-01', 1, '{"form":"khien_trach"}', ?)`,
      )
      .run(memberId, AT).lastInsertRowid;
    migrateTo(db, temp.file, 10);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addPlanItem = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO ktgs_plan_items (year, activity, kind, subject_unit_id, subject_member_id, subject_text, period, content,
                                      created_at, updated_at)
         VALUES (@year, @activity, @kind, @unitId, @memberId, @text, @period, @content, '${AT}', '${AT}')`,
      )
      .run({ year: 2026, activity: 'giam_sat', kind: 'thuong_xuyen', unitId: null, memberId, text: null, period: 'Q1', content: 'Giám sát việc tu dưỡng', ...values })
      .lastInsertRowid;
  const addInspection = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO inspections (direction, activity, kind, basis, plan_item_id, conducted_by, start_date, end_date,
                                  subject_unit_id, subject_member_id, violation, discipline_event_id, created_at, updated_at)
         VALUES (@direction, @activity, @kind, @basis, @planItemId, 'Chi bộ', @start, @end, @unitId, @memberId, 0,
                 @eventId, '${AT}', '${AT}')`,
      )
      .run({
        direction: 'conducted',
        activity: 'giam_sat',
        kind: 'thuong_xuyen',
        basis: 'ad_hoc',
        planItemId: null,
        start: '2026-02-10',
        end: '2026-02-20',
        unitId: null,
        memberId,
        eventId: null,
        ...values,
      }).lastInsertRowid;
  const addRecommendation = (inspectionId: number | bigint, values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO inspection_recommendations (inspection_id, position_in_list, content, deadline, done_on)
         VALUES (@inspectionId, @position, 'Khắc phục', @deadline, @doneOn)`,
      )
      .run({ inspectionId, position: 1, deadline: '2026-04-30', doneOn: null, ...values });

  it('records version 10 and strict tables', () => {
    expect(schemaVersion(db)).toBe(10);
    const strict = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('inspections', 'inspection_recommendations', 'ktgs_plan_items') ORDER BY name")
      .all();
    expect(strict).toEqual([
      { name: 'inspection_recommendations', strict: 1 },
      { name: 'inspections', strict: 1 },
      { name: 'ktgs_plan_items', strict: 1 },
    ]);
  });

  it('accepts every code the app knows and refuses others, bad dates and an end before the start', () => {
    for (const direction of DIRECTIONS) addInspection({ direction });
    for (const activity of ACTIVITIES) addInspection({ activity });
    for (const kind of INSPECTION_KINDS) addInspection({ kind });
    for (const period of PLANNED_PERIODS) addPlanItem({ period });
    expect(() => addInspection({ direction: 'sideways' })).toThrow(/CHECK constraint failed/);
    expect(() => addInspection({ kind: 'surprise' })).toThrow(/CHECK constraint failed/);
    expect(() => addInspection({ start: '10/02/2026' })).toThrow(/CHECK constraint failed/);
    expect(() => addInspection({ end: '2026-02-09' })).toThrow(/CHECK constraint failed/);
    expect(() => addPlanItem({ period: 'Q5' })).toThrow(/CHECK constraint failed/);
  });

  it('holds exactly one subject, a plan item only for a planned round, a discipline only for a member', () => {
    expect(() => addInspection({ unitId, memberId })).toThrow(/CHECK constraint failed/);
    expect(() => addInspection({ unitId: null, memberId: null })).toThrow(/CHECK constraint failed/);
    expect(() => addPlanItem({ unitId, memberId: null, text: 'Các đảng viên' })).toThrow(/CHECK constraint failed/);
    const item = addPlanItem();
    expect(() => addInspection({ planItemId: item })).toThrow(/CHECK constraint failed/);
    addInspection({ basis: 'plan', planItemId: item });
    expect(() => addInspection({ unitId, memberId: null, eventId })).toThrow(/CHECK constraint failed/);
    expect(() => addInspection({ basis: 'plan', planItemId: 999 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('forgets a deleted discipline event, keeps a fulfilled plan item, and drops recommendations with their record', () => {
    const item = addPlanItem();
    const inspection = addInspection({ basis: 'plan', planItemId: item, eventId });
    addRecommendation(inspection);
    expect(() => addRecommendation(inspection)).toThrow(/UNIQUE constraint failed/);
    expect(() => addRecommendation(inspection, { position: 2, deadline: '30/04/2026' })).toThrow(/CHECK constraint failed/);
    db.prepare('DELETE FROM member_events WHERE id = ?').run(eventId);
    expect(db.prepare('SELECT discipline_event_id AS eventId FROM inspections WHERE id = ?').get(inspection)).toEqual({ eventId: null });
    expect(() => db.prepare('DELETE FROM ktgs_plan_items WHERE id = ?').run(item)).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare('DELETE FROM inspections WHERE id = ?').run(inspection);
    expect(db.prepare('SELECT count(*) AS n FROM inspection_recommendations').get()).toEqual({ n: 0 });
  });
});
