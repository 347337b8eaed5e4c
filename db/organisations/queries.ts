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
