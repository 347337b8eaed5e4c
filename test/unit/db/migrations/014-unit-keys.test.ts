import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

const KEY_A = `${'A'.repeat(43)}=`;
const KEY_B = `${'B'.repeat(43)}=`;
const FINGERPRINT = '48210 93712 00001 55555 12345 99999';

describe('migration 014: unit keys', () => {
  let temp: TempDatabase;
  let db: Db;
  let unitId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 13);
    unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    migrateTo(db, temp.file, 14);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addKey = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO unit_keys (organisation_id, origin, signing_key, exchange_key, fingerprint, created_at, retired_at)
         VALUES (@unitId, @origin, @signingKey, @exchangeKey, @fingerprint, '2026-01-05', @retiredAt)`,
      )
      .run({ unitId, origin: 'own', signingKey: KEY_A, exchangeKey: KEY_B, fingerprint: FINGERPRINT, retiredAt: null, ...values });

  it('is at version 14 and keeps a unit key with its fingerprint', () => {
    expect(schemaVersion(db)).toBe(14);
    addKey();
    expect(db.prepare('SELECT origin, fingerprint FROM unit_keys').all()).toEqual([{ origin: 'own', fingerprint: FINGERPRINT }]);
  });

  it('holds one current key per unit; a replaced key stays, retired', () => {
    addKey({ retiredAt: '2026-03-01' });
    addKey({ signingKey: KEY_B });
    expect(() => addKey({ signingKey: `${'C'.repeat(43)}=` })).toThrow(/UNIQUE/);
  });

  it('refuses what is not a key, a fingerprint or an origin', () => {
    expect(() => addKey({ signingKey: 'short' })).toThrow(/CHECK/);
    expect(() => addKey({ exchangeKey: `${'A'.repeat(42)}==` })).toThrow(/CHECK/);
    expect(() => addKey({ fingerprint: '48210-93712' })).toThrow(/CHECK/);
    expect(() => addKey({ origin: 'stolen' })).toThrow(/CHECK/);
    expect(() => addKey({ retiredAt: '2025-01-01' })).toThrow(/CHECK/);
    expect(() => addKey({ unitId: 999 })).toThrow(/FOREIGN KEY/);
  });
});
