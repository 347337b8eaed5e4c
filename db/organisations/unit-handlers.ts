import type { Handlers } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { formatViDate } from '../../shared/dates/calendar';
import type { OrgUnit } from '../../shared/members/views';
import { appendAudit } from '../audit/mutations';
import { unchanged } from '../audit/unchanged';
import type { Db } from '../connection';
import { membersPresentInUnitFrom } from '../members/presence';
import { requireOpenUnit, requireUnit, unitSnapshot } from './lookup';
import { closeUnit, insertUnit, moveUnit, renameUnit } from './mutations';
import { allUnits, findUnitById, openChildCount, organisationCodeExists, unitAndDescendantIds, type StoredUnit } from './queries';
import { toOrgUnit, treeOrder } from './tree';

type UnitCalls = 'org.list' | 'org.add' | 'org.rename' | 'org.move' | 'org.close';

const reload = (db: Db, id: number): StoredUnit => {
  const unit = findUnitById(db, id);
  if (!unit) throw new Error(`organisation ${id} missing right after writing it`);
  return unit;
};

/**
 * The units of this register: the home unit and those kept below it, which are added, renamed, moved and closed here,
 * each change with its audit row.
 */
export function unitHandlers(db: Db, now: () => Date): Pick<Handlers, UnitCalls> {
  /**
   * Writes the change and its audit row together; the unit as it is afterwards is the answer. A change that changes
   * nothing (a rename to the same name) leaves no audit row.
   */
  const audited = (before: StoredUnit | null, write: (at: Date) => number): OrgUnit => {
    const at = now();
    const id = write(at);
    const after = reload(db, id);
    if (before && unchanged(unitSnapshot(before), unitSnapshot(after))) return toOrgUnit(after);
    appendAudit(
      db,
      {
        entity: 'organisation',
        entityId: id,
        memberId: null,
        action: before ? 'update' : 'create',
        before: before && unitSnapshot(before),
        after: unitSnapshot(after),
      },
      at,
    );
    return toOrgUnit(after);
  };

  /** The home unit is the root of the register: its place is set by the parent committee, outside. */
  const refuseHome = (unit: StoredUnit) => {
    if (unit.isHome) throw new ApiFailure('conflict', 'errors.org_home_locked', { name: unit.name, code: unit.code });
  };

  return {
    'org.list': () => treeOrder(allUnits(db)),

    'org.add': ({ code, name, kind, parentCode }) =>
      db.transaction(() => {
        if (organisationCodeExists(db, code)) {
          throw new ApiFailure('conflict', 'errors.code_taken', { code }, [
            { path: 'code', message: 'errors.code_taken', params: { code } },
          ]);
        }
        const parent = requireOpenUnit(db, parentCode, 'parentCode');
        return audited(null, (at) => insertUnit(db, { code, name, kind, parentId: parent.id }, at.toISOString()));
      }).immediate(),

    'org.rename': ({ code, name }) =>
      db.transaction(() => {
        const unit = requireUnit(db, code, 'code');
        return audited(unit, () => {
          renameUnit(db, unit.id, name);
          return unit.id;
        });
      }).immediate(),

    'org.move': ({ code, parentCode }) =>
      db.transaction(() => {
        const unit = requireUnit(db, code, 'code');
        refuseHome(unit);
        const parent = requireOpenUnit(db, parentCode, 'parentCode');
        if (unitAndDescendantIds(db, unit.id).includes(parent.id)) {
          const params = { name: unit.name, parent: parent.name };
          throw new ApiFailure('conflict', 'errors.org_cycle', params, [{ path: 'parentCode', message: 'errors.org_cycle', params }]);
        }
        return audited(unit, () => {
          moveUnit(db, unit.id, parent.id);
          return unit.id;
        });
      }).immediate(),

    'org.close': ({ code, closedOn }) =>
      db.transaction(() => {
        const unit = requireUnit(db, code, 'code');
        refuseHome(unit);
        if (unit.closedOn !== null) {
          throw new ApiFailure('conflict', 'errors.unit_closed', { code, name: unit.name, closedOn: formatViDate(unit.closedOn) });
        }
        const openUnits = openChildCount(db, unit.id);
        if (openUnits > 0) {
          throw new ApiFailure('conflict', 'errors.unit_has_units', { name: unit.name, count: openUnits });
        }
        const members = membersPresentInUnitFrom(db, unit.id, closedOn);
        if (members > 0) {
          const params = { name: unit.name, count: members, date: formatViDate(closedOn) };
          throw new ApiFailure('conflict', 'errors.unit_has_members', params, [
            { path: 'closedOn', message: 'errors.unit_has_members', params },
          ]);
        }
        return audited(unit, () => {
          closeUnit(db, unit.id, closedOn);
          return unit.id;
        });
      }).immediate(),
  };
}
