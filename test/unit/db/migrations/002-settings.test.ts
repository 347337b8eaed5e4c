import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 002: settings', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 1);
    const { lastInsertRowid } = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run();
    db.prepare("INSERT INTO home_organisation (singleton, organisation_id, parent_code, parent_name) VALUES (1, ?, 'DU05', 'Đảng ủy phường')").run(lastInsertRowid);
    migrateTo(db, temp.file, 2);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('records version 2', () => {
    expect(schemaVersion(db)).toBe(2);
  });

  it('keeps the home organisation written at version 1', () => {
    const home = db
      .prepare('SELECT o.code, o.name, o.kind, h.parent_code, h.parent_name FROM home_organisation h JOIN organisations o ON o.id = h.organisation_id')
      .get();
    expect(home).toEqual({ code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parent_code: 'DU05', parent_name: 'Đảng ủy phường' });
  });

  it('holds one value per key', () => {
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    insert.run('language', 'en');
    expect(() => insert.run('language', 'vi')).toThrow(/UNIQUE constraint failed: settings.key/);
    expect(() => insert.run('theme', null)).toThrow(/NOT NULL constraint failed: settings.value/);
    expect(db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'language', value: 'en' }]);
  });
});
