import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../db/connection';
import { StoreOpenError } from '../../../db/errors';
import { migrate, schemaVersion } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import type { Migration } from '../../../db/migrations/migration';
import { openStore } from '../../../db/store';
import { openStoreFailure, tempDatabaseFile, type TempDatabase } from '../../helpers/temp-database';
import { migrateTo } from './migrations/migrate-to';

const LATEST = migrations.length;
const NOW = new Date('2026-03-31T10:20:30.456Z');

/** A step a future version of the app might add. */
const futureStep = (version: number): Migration => ({
  version,
  name: 'future',
  up: (db) => db.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY) STRICT'),
});

const failingStep = (version: number): Migration => ({
  version,
  name: 'broken',
  up: (db) => db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);'),
});

const tableNames = (db: Db) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);

const homeCode = (db: Db) =>
  db.prepare<[], { code: string }>('SELECT o.code FROM home_organisation h JOIN organisations o ON o.id = h.organisation_id').get()?.code;

function addHome(db: Db, code: string) {
  const { lastInsertRowid } = db
    .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES (?, 'Chi bộ', 'chi_bo_co_so', '2026-01-01T00:00:00.000Z')")
    .run(code);
  db.prepare("INSERT INTO home_organisation (singleton, organisation_id, parent_code, parent_name) VALUES (1, ?, 'DU05', 'Đảng ủy')").run(lastInsertRowid);
}

describe('migrate', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
  });

  afterEach(() => {
    if (db.open) db.close();
    temp.cleanup();
  });

  const backupsDir = () => join(temp.dir, 'backups');

  it('brings a new file to the latest version without a backup', () => {
    expect(migrate(db, temp.file, migrations, NOW)).toEqual({ from: 0, to: LATEST, backupPath: null });
    expect(schemaVersion(db)).toBe(LATEST);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['organisations', 'home_organisation', 'settings']));
    expect(existsSync(backupsDir())).toBe(false);
  });

  it('does nothing, and copies nothing, when the file is already up to date', () => {
    migrate(db, temp.file, migrations, NOW);
    addHome(db, 'CB012');
    expect(migrate(db, temp.file, migrations, NOW)).toEqual({ from: LATEST, to: LATEST, backupPath: null });
    expect(homeCode(db)).toBe('CB012');
    expect(existsSync(backupsDir())).toBe(false);
  });

  it('copies an existing file to backups/ before changing it, the copy holding the old data at the old version', () => {
    migrate(db, temp.file, migrations, NOW);
    addHome(db, 'CB012');

    const outcome = migrate(db, temp.file, [...migrations, futureStep(LATEST + 1)], NOW);

    expect(outcome).toEqual({
      from: LATEST,
      to: LATEST + 1,
      backupPath: join(backupsDir(), `sochibo.before-v${LATEST + 1}.20260331T102030Z.sqlite`),
    });
    expect(schemaVersion(db)).toBe(LATEST + 1);
    expect(tableNames(db)).toContain('future_things');
    expect(homeCode(db)).toBe('CB012');

    const copy = new Database(outcome.backupPath ?? '', { readonly: true });
    try {
      expect(schemaVersion(copy)).toBe(LATEST);
      expect(homeCode(copy)).toBe('CB012');
      expect(tableNames(copy)).not.toContain('future_things');
    } finally {
      copy.close();
    }
  });

  it('copies a file an older app left before opening it as a store', () => {
    migrateTo(db, temp.file, 1);
    addHome(db, 'CB012');
    db.close();

    const store = openStore({ file: temp.file, appVersion: 'test', now: () => NOW });
    try {
      expect(store.migration.from).toBe(1);
      expect(store.migration.to).toBe(LATEST);
      expect(readdirSync(backupsDir())).toEqual([`sochibo.before-v${LATEST}.20260331T102030Z.sqlite`]);
      expect(store.handlers['settings.get']({})).toEqual({ language: 'vi' });
    } finally {
      store.close();
    }
  });

  it('refuses a file written by a newer app and leaves it exactly as it was', () => {
    db.close();
    const newer = new Database(temp.file);
    newer.exec("CREATE TABLE organisations (code TEXT); INSERT INTO organisations VALUES ('CB012')");
    newer.pragma('user_version = 99');
    newer.close();
    const before = readFileSync(temp.file);

    const error = openStoreFailure(temp.file);

    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({
      key: 'errors.database_too_new',
      params: { file: temp.file, found: 99, supported: LATEST },
    });
    expect(readFileSync(temp.file).equals(before)).toBe(true);
    expect(readdirSync(temp.dir)).toEqual(['sochibo.sqlite']);
  });

  it('refuses a newer file when called directly too', () => {
    db.pragma('user_version = 99');
    expect(() => migrate(db, temp.file, migrations, NOW)).toThrow(StoreOpenError);
    expect(schemaVersion(db)).toBe(99);
    expect(tableNames(db)).toEqual([]);
  });

  it('undoes every step of the run when one fails', () => {
    migrateTo(db, temp.file, 1);
    addHome(db, 'CB012');

    expect(() => migrate(db, temp.file, [...migrations, futureStep(LATEST + 1), failingStep(LATEST + 2)], NOW)).toThrow(
      /no such table/,
    );

    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['home_organisation', 'organisations']);
    expect(homeCode(db)).toBe('CB012');
  });

  it('undoes the first steps of a new file when a later one fails', () => {
    expect(() => migrate(db, temp.file, [migrations[0] as Migration, failingStep(2)], NOW)).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });

  it('refuses a list of steps that is not numbered 1, 2, 3… before touching the file', () => {
    expect(() => migrate(db, temp.file, [migrations[0] as Migration, futureStep(3)], NOW)).toThrow(
      'Migration future is numbered 3, expected 2',
    );
    expect(() => migrate(db, temp.file, [futureStep(1), futureStep(1)], NOW)).toThrow(/numbered 1, expected 2/);
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
  });
});
