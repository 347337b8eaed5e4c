import type { RatingLevel } from '../../shared/ratings/levels';
import type { RegisterMember } from '../../shared/ratings/roster';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';

/** Every member of the register with the name of their unit and their events: who a year's sheet is drawn from. */
export function registerMembers(db: Db): RegisterMember[] {
  const members = db
    .prepare<[], { memberId: number; fullName: string; unitName: string }>(
      `SELECT m.id AS memberId, m.full_name AS fullName, o.name AS unitName
         FROM members m JOIN organisations o ON o.id = m.unit_id`,
    )
    .all();
  const events = replayEventsOfMembers(db, members.map((member) => member.memberId));
  return members.map((member) => ({ ...member, events: events.get(member.memberId) ?? [] }));
}

export interface StoredRating {
  id: number;
  level: RatingLevel | null;
  notRatedReason: string | null;
}

/** The members' ratings recorded for a year, by member. */
export function memberRatingsOf(db: Db, year: number): Map<number, StoredRating> {
  const rows = db
    .prepare<[number], StoredRating & { memberId: number }>(
      `SELECT id, member_id AS memberId, level, not_rated_reason AS notRatedReason
         FROM ratings WHERE year = ? AND member_id IS NOT NULL`,
    )
    .all(year);
  return new Map(rows.map(({ memberId, ...rating }) => [memberId, rating]));
}

/** A unit's own rating for a year, if recorded. */
export function unitRatingOf(db: Db, year: number, organisationId: number): { id: number; level: RatingLevel } | undefined {
  return db
    .prepare<[number, number], { id: number; level: RatingLevel }>(
      'SELECT id, level FROM ratings WHERE year = ? AND organisation_id = ?',
    )
    .get(year, organisationId);
}
