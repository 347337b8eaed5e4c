import type { IsoDate } from '../../shared/dates/calendar';
import type { OrgKind } from '../../shared/org/kinds';
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

export interface NewUnit {
  code: string;
  name: string;
  kind: OrgKind;
  parentId: number;
}

export function insertUnit(db: Db, unit: NewUnit, createdAt: string): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO organisations (code, name, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(unit.code, unit.name, unit.kind, unit.parentId, createdAt);
  return Number(lastInsertRowid);
}

export function renameUnit(db: Db, id: number, name: string): void {
  db.prepare('UPDATE organisations SET name = ? WHERE id = ?').run(name, id);
}

export function moveUnit(db: Db, id: number, parentId: number): void {
  db.prepare('UPDATE organisations SET parent_id = ? WHERE id = ?').run(parentId, id);
}

export function closeUnit(db: Db, id: number, closedOn: IsoDate): void {
  db.prepare('UPDATE organisations SET closed_on = ? WHERE id = ?').run(closedOn, id);
}
