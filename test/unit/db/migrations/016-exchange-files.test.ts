import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

const KEY_A = `${'A'.repeat(43)}=`;
const KEY_B = `${'B'.repeat(43)}=`;
const FINGERPRINT = '48210 93712 00001 55555 12345 99999';
const SHA = 'a'.repeat(64);

describe('migration 016: exchange files and the import log', () => {
  let temp: TempDatabase;
  let db: Db;
  let unitId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 14);
    unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('DU05', 'Đảng ủy phường 5', 'dang_bo_co_so', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    db.prepare(
      "INSERT INTO unit_keys (organisation_id, origin, signing_key, exchange_key, fingerprint, created_at) VALUES (?, 'own', ?, ?, ?, '2026-01-05')",
    ).run(unitId, KEY_A, KEY_B, FINGERPRINT);
    migrateTo(db, temp.file, 16);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addFile = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO exchange_files (unit_code, period, revision, bundle_id, supersedes, file_sha256, bytes, manifest, content, received_at)
         VALUES (@unit, @period, @revision, @bundle, NULL, @sha, @bytes, @manifest, @content, '2026-10-05T02:00:00.000Z')`,
      )
      .run({ unit: 'CB012', period: '2026-Q3', revision: 1, bundle: 'b1', sha: SHA, bytes: Buffer.from('{}'), manifest: '{}', content: null, ...values });

  const log = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO exchange_import_log (at, file_name, file_sha256, unit_code, period, revision, outcome, reason, reason_params)
         VALUES ('2026-10-05T02:00:00.000Z', 'CB012_2026-Q3_r1.scb', @sha, 'CB012', '2026-Q3', 1, @outcome, 'exchange.import.reason.accept', @params)`,
      )
      .run({ sha: SHA, outcome: 'accept', params: '{}', ...values });

  it('is at version 16 and keeps the unit keys it had', () => {
    expect(schemaVersion(db)).toBe(16);
    expect(db.prepare('SELECT origin, signing_key AS signing, exchange_key AS exchange, fingerprint FROM unit_keys').all()).toEqual([
      { origin: 'own', signing: KEY_A, exchange: KEY_B, fingerprint: FINGERPRINT },
    ]);
  });

  it('lets a pinned key lack its exchange key, never the unit’s own key; still one current key per unit', () => {
    const pin = (origin: string, signing: string, exchange: string | null) =>
      db
        .prepare("INSERT INTO unit_keys (organisation_id, origin, signing_key, exchange_key, fingerprint, created_at) VALUES (?, ?, ?, ?, ?, '2026-01-05')")
        .run(unitId, origin, signing, exchange, FINGERPRINT);
    expect(() => pin('own', `${'C'.repeat(43)}=`, null)).toThrow(/CHECK/);
    db.prepare('UPDATE unit_keys SET retired_at = ?').run('2026-02-01');
    pin('pinned', `${'C'.repeat(43)}=`, null);
    expect(() => pin('pinned', `${'D'.repeat(43)}=`, null)).toThrow(/UNIQUE/);
    expect(() => pin('pinned', 'short', null)).toThrow(/CHECK/);
  });

  it('keeps one file per unit, period and revision, each bundle once', () => {
    addFile();
    addFile({ revision: 2, bundle: 'b2' });
    expect(() => addFile({ bundle: 'b3' })).toThrow(/UNIQUE/);
    expect(() => addFile({ revision: 3, bundle: 'b2' })).toThrow(/UNIQUE/);
    expect(() => addFile({ revision: 0, bundle: 'b4' })).toThrow(/CHECK/);
    expect(() => addFile({ revision: 4, bundle: 'b5', manifest: 'not json' })).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM exchange_files').get()).toEqual({ n: 2 });
  });

  it('keeps the import log append-only, with known outcomes only', () => {
    log();
    log({ outcome: 'invalid' });
    expect(() => log({ outcome: 'maybe' })).toThrow(/CHECK/);
    expect(() => log({ params: 'not json' })).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE exchange_import_log SET outcome = 'accept'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM exchange_import_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM exchange_import_log').get()).toEqual({ n: 2 });
  });
});
