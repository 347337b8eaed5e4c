import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { BASIS_CATEGORIES, DUES_CHANNELS, RELIEF_REASONS } from '../../../../shared/dues/kinds';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 012: dues', () => {
  let temp: TempDatabase;
  let db: Db;
  let memberId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 11);
    const unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    memberId = db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, search_text, created_at, updated_at)
         VALUES (?, 'Nguyễn Văn An', 'nam', '1980-05-17', '01', 'khong', 'nguyen van an', '2026-01-05', '2026-01-05')`,
      )
      .run(unitId).lastInsertRowid;
    migrateTo(db, temp.file, 12);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const basis = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO dues_bases (member_id, from_month, category, amount_vnd, created_at, updated_at)
         VALUES (@memberId, @from, @category, @amount, 'now', 'now')`,
      )
      .run({ memberId, from: '2026-01', category: 'salary', amount: 8_000_000, ...values });
  const relief = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO dues_reliefs (member_id, from_month, to_month, kind, reason, percent, created_at)
         VALUES (@memberId, @from, @to, @kind, @reason, @percent, 'now')`,
      )
      .run({ memberId, from: '2026-03', to: '2026-08', kind: 'reduction', reason: 'hardship', percent: 50, ...values });
  const payment = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO dues_payments (member_id, month, amount_vnd, channel, paid_on, created_at, updated_at)
         VALUES (@memberId, @month, @amount, @channel, @paidOn, 'now', 'now')`,
      )
      .run({ memberId, month: '2026-03', amount: 80_000, channel: 'cash', paidOn: '2026-03-05', ...values });

  it('records version 12 and strict tables', () => {
    expect(schemaVersion(db)).toBe(12);
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name LIKE 'dues%' ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'dues_bases', strict: 1 },
      { name: 'dues_payments', strict: 1 },
      { name: 'dues_reliefs', strict: 1 },
    ]);
  });

  it('keeps one basis per member and month, of a known category, with an amount except for a student', () => {
    BASIS_CATEGORIES.forEach((category, index) => basis({ category, from: `2025-0${index + 1}` }));
    basis({ category: 'student', amount: null, from: '2024-09' });
    expect(() => basis({ from: '2025-01' })).toThrow(/UNIQUE constraint failed/);
    expect(() => basis({ from: '2024-01', amount: null })).toThrow(/CHECK constraint failed/);
    expect(() => basis({ from: '2024-13' })).toThrow(/CHECK constraint failed/);
    expect(() => basis({ from: '2024-02', category: 'lottery' })).toThrow(/CHECK constraint failed/);
    expect(() => basis({ from: '2024-02', amount: -1 })).toThrow(/CHECK constraint failed/);
    expect(() => basis({ from: '2024-02', memberId: 99 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('keeps reliefs with a window in order, a percent only for a reduction, and a known reason', () => {
    for (const reason of RELIEF_REASONS) relief({ kind: 'exemption', reason, percent: null, to: null });
    relief();
    expect(() => relief({ to: '2026-02' })).toThrow(/CHECK constraint failed/);
    expect(() => relief({ percent: null })).toThrow(/CHECK constraint failed/);
    expect(() => relief({ kind: 'exemption' })).toThrow(/CHECK constraint failed/);
    expect(() => relief({ percent: 100 })).toThrow(/CHECK constraint failed/);
    expect(() => relief({ reason: 'bored' })).toThrow(/CHECK constraint failed/);
  });

  it('keeps one positive payment per member and month, by a known channel, on a real day', () => {
    for (const [index, channel] of DUES_CHANNELS.entries()) payment({ channel, month: `2026-0${index + 1}` });
    expect(() => payment({ month: '2026-01' })).toThrow(/UNIQUE constraint failed/);
    expect(() => payment({ amount: 0 })).toThrow(/CHECK constraint failed/);
    expect(() => payment({ channel: 'bank' })).toThrow(/CHECK constraint failed/);
    expect(() => payment({ paidOn: '05/03/2026' })).toThrow(/CHECK constraint failed/);
    expect(() => payment({ month: '2026-3' })).toThrow(/CHECK constraint failed/);
  });
});
