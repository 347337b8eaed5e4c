import { ApiFailure } from '../../shared/api/errors';
import type { Db } from '../connection';
import { requireOpenUnit } from '../organisations/lookup';
import { findHomeUnit, type StoredUnit } from '../organisations/queries';

/** The unit a member is to be registered in: the one named, open, or the home unit when none is named. */
export function memberUnit(db: Db, unitCode: string | undefined): StoredUnit {
  if (unitCode !== undefined) return requireOpenUnit(db, unitCode, 'unitCode');
  const home = findHomeUnit(db);
  if (!home) throw new ApiFailure('conflict', 'errors.home_missing');
  return home;
}
