import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import type { ReportUnit } from '../../shared/reports/views';
import type { Db } from '../connection';
import { allUnits, findHomeOrganisation, type StoredUnit } from '../organisations/queries';
import { treeOrder } from '../organisations/tree';

/** A unit of the reported subtree with its row id and closing day. */
export interface ScopeUnit extends ReportUnit {
  id: number;
  closedOn: IsoDate | null;
}

/** What a report covers: the unit asked for (the home unit by default) and every unit below it, in tree order. */
export interface ReportScope {
  home: StoredUnit;
  unit: StoredUnit;
  /** The reported unit's parent: a unit of this register, or for the home unit the parent committee recorded at setup. */
  parent: { code: string; name: string } | null;
  /** Tree order, the reported unit first (depth 0). */
  units: ScopeUnit[];
  /** The home unit is in the subtree (it is the reported unit): the register's own meetings, KTGS and dues count. */
  includesHome: boolean;
}

/** Open at the end of `day`: not closed, or closed after it (a unit is closed from its closing day on). */
export const openOn = (unit: { closedOn: IsoDate | null }, day: IsoDate) => unit.closedOn === null || unit.closedOn > day;

/** The report's scope; a code that names no unit of the register is refused, naming it. */
export function reportScope(db: Db, orgCode: string | undefined): ReportScope {
  const units = allUnits(db);
  const home = units.find((unit) => unit.isHome);
  if (!home) throw new ApiFailure('conflict', 'reports.errors.home_missing');
  const unit = orgCode === undefined ? home : units.find((each) => each.code === orgCode);
  if (!unit) {
    const params = { code: orgCode ?? '' };
    throw new ApiFailure('not_found', 'reports.errors.unit_not_found', params, [
      { path: 'orgCode', message: 'reports.errors.unit_not_found', params },
    ]);
  }
  const byCode = new Map(units.map((each) => [each.code, each]));
  const depth = new Map<number, number>([[unit.id, 0]]);
  const scoped: ScopeUnit[] = [];
  // Tree order lists each unit after its parent, so a unit is in the subtree when its parent already is.
  for (const ordered of treeOrder(units)) {
    const stored = byCode.get(ordered.code);
    if (!stored) continue;
    const parentDepth = stored.parentId === null ? undefined : depth.get(stored.parentId);
    if (stored.id !== unit.id) {
      if (parentDepth === undefined) continue;
      depth.set(stored.id, parentDepth + 1);
    }
    scoped.push({
      id: stored.id,
      code: stored.code,
      name: stored.name,
      kind: stored.kind,
      parentCode: stored.parentCode,
      depth: depth.get(stored.id) ?? 0,
      closedOn: stored.closedOn,
    });
  }
  const parentUnit = unit.parentId === null ? undefined : units.find((each) => each.id === unit.parentId);
  const parent = unit.isHome ? (findHomeOrganisation(db)?.parent ?? null) : parentUnit ? { code: parentUnit.code, name: parentUnit.name } : null;
  return { home, unit, parent, units: scoped, includesHome: scoped.some((each) => each.id === home.id) };
}
