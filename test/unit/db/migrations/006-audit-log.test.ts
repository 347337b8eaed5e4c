import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 006: audit log', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 6);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

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

  it('records version 6', () => {
    expect(schemaVersion(db)).toBe(6);
  });

  it('refuses to change or delete a row once written, even by hand', () => {
    append();
    expect(() => db.prepare("UPDATE audit_log SET after = '{}'").run()).toThrow(/audit_log is append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/audit_log is append-only/);
    expect(db.prepare('SELECT before, after FROM audit_log').all()).toEqual([
      { before: '{"phone":"0912345678"}', after: '{"phone":"0987654321"}' },
    ]);
  });

  it('names a known kind of thing and of change, with JSON values on at least one side', () => {
    append({ action: 'create', before: null });
    append({ action: 'delete', entity: 'event', after: null });
    append({ entity: 'organisation', memberId: null });
    expect(() => append({ entity: 'meeting' })).toThrow(/CHECK constraint failed/);
    expect(() => append({ action: 'erase' })).toThrow(/CHECK constraint failed/);
    expect(() => append({ before: 'phone=0912' })).toThrow(/CHECK constraint failed/);
    expect(() => append({ before: null, after: null })).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 3 });
  });
});
