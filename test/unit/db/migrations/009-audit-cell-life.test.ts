import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 009: audit log records inspections, plans, ratings, dues and candidates', () => {
  let temp: TempDatabase;
  let db: Db;

  const append = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO audit_log (at, entity, entity_id, member_id, action, before, after)
         VALUES (@at, @entity, @entityId, @memberId, @action, @before, @after)`,
      )
      .run({
        at: '2026-01-05T08:00:00.000Z',
        entity: 'member',
        entityId: 1,
        memberId: 1,
        action: 'update',
        before: '{"phone":"0912345678"}',
        after: '{"phone":"0987654321"}',
        ...values,
      });

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 8);
    append();
    append({ entity: 'organisation', memberId: null, action: 'create', before: null });
    migrateTo(db, temp.file, 9);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('records version 9 and keeps every earlier row with its id', () => {
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT id, entity, member_id AS memberId FROM audit_log ORDER BY id').all()).toEqual([
      { id: 1, entity: 'member', memberId: 1 },
      { id: 2, entity: 'organisation', memberId: null },
    ]);
  });

  it('accepts the new kinds and still refuses unknown kinds, bad JSON and empty rows', () => {
    for (const entity of ['meeting', 'inspection', 'ktgs_plan', 'rating', 'dues', 'candidate']) append({ entity });
    expect(() => append({ entity: 'report' })).toThrow(/CHECK constraint failed/);
    expect(() => append({ action: 'erase' })).toThrow(/CHECK constraint failed/);
    expect(() => append({ before: 'phone=0912' })).toThrow(/CHECK constraint failed/);
    expect(() => append({ before: null, after: null })).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT id FROM audit_log ORDER BY id DESC LIMIT 1').get()).toEqual({ id: 8 });
  });

  it('is still append-only, with its indexes', () => {
    expect(() => db.prepare("UPDATE audit_log SET after = '{}'").run()).toThrow(/audit_log is append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/audit_log is append-only/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' ORDER BY name").all();
    expect(indexes).toEqual([{ name: 'audit_log_entity' }, { name: 'audit_log_member' }]);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'audit_log'").get()).toEqual({ strict: 1 });
  });
});
