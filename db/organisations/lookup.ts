import { formatViDate } from '../../shared/dates/calendar';
import { ApiFailure } from '../../shared/api/errors';
import type { Db } from '../connection';
import { findUnitByCode, type StoredUnit } from './queries';

/** The unit with this code, or a refusal pointing at the field (`path`) that named it. */
export function requireUnit(db: Db, code: string, path: string): StoredUnit {
  const unit = findUnitByCode(db, code);
  if (!unit) {
    throw new ApiFailure('not_found', 'errors.unit_not_found', { code }, [
      { path, message: 'errors.unit_not_found', params: { code } },
    ]);
  }
  return unit;
}

/** As requireUnit, and refused when the unit has been closed: nothing new may be put into it. */
export function requireOpenUnit(db: Db, code: string, path: string): StoredUnit {
  const unit = requireUnit(db, code, path);
  if (unit.closedOn !== null) {
    const params = { code: unit.code, name: unit.name, closedOn: formatViDate(unit.closedOn) };
    throw new ApiFailure('conflict', 'errors.unit_closed', params, [{ path, message: 'errors.unit_closed', params }]);
  }
  return unit;
}

/** What the audit log keeps of a unit. */
export function unitSnapshot(unit: StoredUnit) {
  return { code: unit.code, name: unit.name, kind: unit.kind, parentCode: unit.parentCode, closedOn: unit.closedOn };
}
