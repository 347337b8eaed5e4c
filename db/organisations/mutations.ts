import type { HomeSetup } from '../../shared/org/schemas';
import type { Db } from '../connection';

export function insertHomeOrganisation(db: Db, setup: HomeSetup, createdAt: string): void {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO organisations (code, name, kind, created_at) VALUES (?, ?, ?, ?)')
    .run(setup.code, setup.name, setup.kind, createdAt);
  db.prepare(
    'INSERT INTO home_organisation (singleton, organisation_id, parent_code, parent_name) VALUES (1, ?, ?, ?)',
  ).run(lastInsertRowid, setup.parentCode ?? null, setup.parentName ?? null);
}
