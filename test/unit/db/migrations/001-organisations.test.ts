import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { ORG_KINDS } from '../../../../shared/org/kinds';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 001: organisations', () => {
  let temp: TempDatabase;
  let db: Db;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 1);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addOrganisation = (code: string, kind = 'chi_bo', name = 'Chi bộ Khu phố 3', parentId: number | bigint | null = null) =>
    db
      .prepare('INSERT INTO organisations (code, name, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(code, name, kind, parentId, '2026-01-05T08:00:00.000Z').lastInsertRowid;

  const setHome = (organisationId: number | bigint, parentCode: string | null, parentName: string | null) =>
    db
      .prepare('INSERT INTO home_organisation (singleton, organisation_id, parent_code, parent_name) VALUES (1, ?, ?, ?)')
      .run(organisationId, parentCode, parentName);

  it('records version 1', () => {
    expect(schemaVersion(db)).toBe(1);
  });

  it('accepts every kind the app knows and refuses any other', () => {
    ORG_KINDS.forEach((kind, index) => addOrganisation(`U${index}`, kind));
    expect(() => addOrganisation('X1', 'chi_doan')).toThrow(/CHECK constraint failed/);
  });

  it('refuses a second organisation with the same code', () => {
    addOrganisation('CB012');
    expect(() => addOrganisation('CB012', 'dang_bo_co_so', 'Another')).toThrow(/UNIQUE constraint failed: organisations.code/);
  });

  it('refuses a blank name', () => {
    expect(() => addOrganisation('CB012', 'chi_bo', '   ')).toThrow(/CHECK constraint failed/);
  });

  it('refuses a parent that is not in the register', () => {
    const parent = addOrganisation('DU05', 'dang_bo_co_so');
    addOrganisation('CB012', 'chi_bo', 'Chi bộ 12', parent);
    expect(() => addOrganisation('CB013', 'chi_bo', 'Chi bộ 13', 999)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('keeps at most one home organisation', () => {
    setHome(addOrganisation('CB012'), 'DU05', 'Đảng ủy phường Hòa Bình');
    const other = addOrganisation('CB013');
    expect(() => setHome(other, 'DU05', 'Đảng ủy phường Hòa Bình')).toThrow(/UNIQUE constraint failed|PRIMARY KEY/);
    expect(() =>
      db.prepare('INSERT INTO home_organisation (singleton, organisation_id) VALUES (2, ?)').run(other),
    ).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT count(*) AS n FROM home_organisation').get()).toEqual({ n: 1 });
  });

  it('takes the parent code and name both or neither', () => {
    const home = addOrganisation('CB012');
    expect(() => setHome(home, 'DU05', null)).toThrow(/CHECK constraint failed/);
    expect(() => setHome(home, null, 'Đảng ủy phường Hòa Bình')).toThrow(/CHECK constraint failed/);
    setHome(home, null, null);
    expect(db.prepare('SELECT parent_code, parent_name FROM home_organisation').get()).toEqual({
      parent_code: null,
      parent_name: null,
    });
  });

  it('refuses a home that is not an organisation of the register', () => {
    expect(() => setHome(42, null, null)).toThrow(/FOREIGN KEY constraint failed/);
  });
});
