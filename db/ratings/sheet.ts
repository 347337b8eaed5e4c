import { ApiFailure } from '../../shared/api/errors';
import { rosterOf, type RosterEntry } from '../../shared/ratings/roster';
import { ratingYear } from '../../shared/ratings/sheet';
import type { RatingYear } from '../../shared/ratings/views';
import type { Db } from '../connection';
import { findHomeUnit, type StoredUnit } from '../organisations/queries';
import { memberRatingsOf, registerMembers, unitRatingOf } from './queries';

/** The unit whose own level the sheet records: the home organisation of the register. */
export function requireHomeUnit(db: Db): StoredUnit {
  const home = findHomeUnit(db);
  if (!home) throw new ApiFailure('conflict', 'errors.home_missing');
  return home;
}

export function readRoster(db: Db, year: number): RosterEntry[] {
  return rosterOf(year, registerMembers(db));
}

/** A year's sheet as stored, with who is due computed from the events as they are now. */
export function readRatingYear(db: Db, year: number, roster: readonly RosterEntry[] = readRoster(db, year)): RatingYear {
  const home = requireHomeUnit(db);
  return ratingYear(year, roster, memberRatingsOf(db, year), {
    code: home.code,
    name: home.name,
    level: unitRatingOf(db, year, home.id)?.level ?? null,
  });
}
