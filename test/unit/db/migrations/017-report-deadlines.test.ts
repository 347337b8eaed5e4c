import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 017: report deadlines', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 17);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const setDeadline = (period: string, dueOn: string) =>
    db.prepare("INSERT INTO report_deadlines (period, due_on, set_at) VALUES (?, ?, '2026-10-01T00:00:00.000Z')").run(period, dueOn);

  it('keeps one deadline per period', () => {
    expect(schemaVersion(db)).toBe(17);
    setDeadline('2026-Q3', '2026-10-15');
    expect(() => setDeadline('2026-Q3', '2026-10-20')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(db.prepare('SELECT period, due_on FROM report_deadlines').all()).toEqual([{ period: '2026-Q3', due_on: '2026-10-15' }]);
  });

  it('refuses what is not a period or not a date', () => {
    expect(() => setDeadline('Q3', '2026-10-15')).toThrow(/CHECK/);
    expect(() => setDeadline('2026-Q4', '15/01/2027')).toThrow(/CHECK/);
  });
});
