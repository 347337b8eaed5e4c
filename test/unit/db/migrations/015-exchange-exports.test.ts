import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

const BUNDLE_1 = '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const BUNDLE_2 = '7f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const SHA = 'a'.repeat(64);
const FINGERPRINT = '79028 99017 26143 86222 62359 10963';

describe('migration 015: exchange exports', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 15);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addExport = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO exchange_exports (unit_code, period, revision, bundle_id, supersedes, file_sha256, file_name, created_at, encrypted_to)
         VALUES (@unitCode, @period, @revision, @bundleId, @supersedes, @sha, @fileName, '2026-10-02T08:00:00.000Z', @encryptedTo)`,
      )
      .run({
        unitCode: 'CB012',
        period: '2026-Q3',
        revision: 1,
        bundleId: BUNDLE_1,
        supersedes: null,
        sha: SHA,
        fileName: 'CB012_2026-Q3_r1.scb',
        encryptedTo: null,
        ...values,
      });

  it('is at version 15 with a strict table', () => {
    expect(schemaVersion(db)).toBe(15);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'exchange_exports'").get()).toEqual({ strict: 1 });
  });

  it('keeps a first export and its correction, encrypted to a fingerprint', () => {
    addExport();
    addExport({ revision: 2, bundleId: BUNDLE_2, supersedes: BUNDLE_1, fileName: 'CB012_2026-Q3_r2.scb', encryptedTo: FINGERPRINT });
    expect(db.prepare('SELECT revision, supersedes, encrypted_to FROM exchange_exports ORDER BY revision').all()).toEqual([
      { revision: 1, supersedes: null, encrypted_to: null },
      { revision: 2, supersedes: BUNDLE_1, encrypted_to: FINGERPRINT },
    ]);
  });

  it('refuses a second file with the same revision or the same bundle id', () => {
    addExport();
    expect(() => addExport({ bundleId: BUNDLE_2 })).toThrow(/UNIQUE/);
    expect(() => addExport({ revision: 2, supersedes: BUNDLE_1 })).toThrow(/UNIQUE/);
  });

  it('refuses a correction that names nothing it supersedes, and a first file that supersedes', () => {
    expect(() => addExport({ revision: 2 })).toThrow(/CHECK/);
    expect(() => addExport({ supersedes: BUNDLE_2 })).toThrow(/CHECK/);
  });

  it('refuses a bad hash or fingerprint', () => {
    expect(() => addExport({ sha: 'abc' })).toThrow(/CHECK/);
    expect(() => addExport({ encryptedTo: '123' })).toThrow(/CHECK/);
  });
});
