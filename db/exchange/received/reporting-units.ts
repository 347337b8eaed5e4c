import type { Db } from '../../connection';
import { allUnits, type StoredUnit } from '../../organisations/queries';
import { currentPinnedKey } from '../import/pinned-keys';
import { hasReceivedFiles } from './period-files';

/** A unit directly below the home unit, and whether it reports by file or is managed in this register. */
export interface ChildUnit {
  unit: StoredUnit;
  reportsByFile: boolean;
}

function membersInSubtree(db: Db, unitId: number): number {
  return (
    db
      .prepare<[number], { n: number }>(
        `WITH RECURSIVE subtree (id) AS (
           SELECT ? UNION SELECT o.id FROM organisations o JOIN subtree s ON o.parent_id = s.id
         )
         SELECT count(*) AS n FROM members WHERE unit_id IN (SELECT id FROM subtree)`,
      )
      .get(unitId)?.n ?? 0
  );
}

/**
 * The units directly below the home unit, in code order. A unit reports by file when its key is pinned here, when a
 * file of it was ever accepted, or when none of its members is kept in this register; otherwise the committee keeps
 * its register itself ("managed directly") and expects no file from it.
 */
export function childUnits(db: Db): ChildUnit[] {
  const units = allUnits(db);
  const home = units.find((unit) => unit.isHome);
  if (!home) return [];
  return units
    .filter((unit) => unit.parentId === home.id)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((unit) => ({
      unit,
      reportsByFile: currentPinnedKey(db, unit.id) !== undefined || hasReceivedFiles(db, unit.code) || membersInSubtree(db, unit.id) === 0,
    }));
}
