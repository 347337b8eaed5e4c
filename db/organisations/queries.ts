import type { IsoDate } from '../../shared/dates/calendar';
import type { OrgUnit } from '../../shared/members/views';
import type { HomeOrganisation } from '../../shared/org/schemas';
import type { OrgKind } from '../../shared/org/kinds';
import type { Db } from '../connection';

interface HomeRow {
  code: string;
  name: string;
  kind: OrgKind;
  created_at: string;
  parent_code: string | null;
  parent_name: string | null;
}

export function findHomeOrganisation(db: Db): HomeOrganisation | null {
  const row = db
    .prepare<[], HomeRow>(
      `SELECT o.code, o.name, o.kind, o.created_at, h.parent_code, h.parent_name
         FROM home_organisation h JOIN organisations o ON o.id = h.organisation_id`,
    )
    .get();
  if (!row) return null;
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    createdAt: row.created_at,
    parent: row.parent_code !== null && row.parent_name !== null ? { code: row.parent_code, name: row.parent_name } : null,
  };
}

export function organisationCodeExists(db: Db, code: string): boolean {
  return db.prepare<[string], { one: number }>('SELECT 1 AS one FROM organisations WHERE code = ?').get(code) !== undefined;
}

/** A unit of the register as the services need it: what the API shows plus the row ids. */
export interface StoredUnit extends OrgUnit {
  id: number;
  parentId: number | null;
}

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: OrgKind;
  parent_id: number | null;
  parent_code: string | null;
  closed_on: IsoDate | null;
  is_home: 0 | 1;
}

const UNIT_COLUMNS = `
  SELECT o.id, o.code, o.name, o.kind, o.parent_id, p.code AS parent_code, o.closed_on,
         (h.organisation_id IS NOT NULL) AS is_home
    FROM organisations o
    LEFT JOIN organisations p ON p.id = o.parent_id
    LEFT JOIN home_organisation h ON h.organisation_id = o.id`;

const toUnit = (row: UnitRow): StoredUnit => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind,
  parentId: row.parent_id,
  parentCode: row.parent_code,
  closedOn: row.closed_on,
  isHome: row.is_home === 1,
});

export function allUnits(db: Db): StoredUnit[] {
  return db.prepare<[], UnitRow>(UNIT_COLUMNS).all().map(toUnit);
}

export function findUnitByCode(db: Db, code: string): StoredUnit | undefined {
  const row = db.prepare<[string], UnitRow>(`${UNIT_COLUMNS} WHERE o.code = ?`).get(code);
  return row && toUnit(row);
}

export function findUnitById(db: Db, id: number): StoredUnit | undefined {
  const row = db.prepare<[number], UnitRow>(`${UNIT_COLUMNS} WHERE o.id = ?`).get(id);
  return row && toUnit(row);
}

export function findHomeUnit(db: Db): StoredUnit | undefined {
  const row = db.prepare<[], UnitRow>(`${UNIT_COLUMNS} WHERE h.organisation_id IS NOT NULL`).get();
  return row && toUnit(row);
}

/** The unit and every unit below it, at any depth. */
export function unitAndDescendantIds(db: Db, unitId: number): number[] {
  return db
    .prepare<[number], { id: number }>(
      `WITH RECURSIVE subtree (id) AS (
         SELECT ?
         UNION
         SELECT o.id FROM organisations o JOIN subtree s ON o.parent_id = s.id
       )
       SELECT id FROM subtree`,
    )
    .all(unitId)
    .map((row) => row.id);
}

/** Units directly below this one that are still open. */
export function openChildCount(db: Db, unitId: number): number {
  return db
    .prepare<[number], { n: number }>('SELECT count(*) AS n FROM organisations WHERE parent_id = ? AND closed_on IS NULL')
    .get(unitId)?.n ?? 0;
}
