import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 003: organisations can be closed', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 2);
    db.prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')").run();
    migrateTo(db, temp.file, 3);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('records version 3', () => {
    expect(schemaVersion(db)).toBe(3);
  });

  it('keeps the units written before, open', () => {
    expect(db.prepare('SELECT code, name, closed_on FROM organisations').all()).toEqual([
      { code: 'CB012', name: 'Chi bộ Khu phố 3', closed_on: null },
    ]);
  });

  it('keeps a closing date as an ISO day and refuses anything else', () => {
    const close = db.prepare("UPDATE organisations SET closed_on = ? WHERE code = 'CB012'");
    close.run('2026-06-30');
    expect(db.prepare('SELECT closed_on FROM organisations').get()).toEqual({ closed_on: '2026-06-30' });
    expect(() => close.run('30/06/2026')).toThrow(/CHECK constraint failed/);
  });
});
