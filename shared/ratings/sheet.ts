import { findRuleOn } from '../rules/dated';
import { RATING_DUE } from '../rules/ratings';
import { ratingCounts, ratingQuota } from './counts';
import type { NotDueReason, RatingLevel } from './levels';
import { ratingDayOf, type RosterEntry } from './roster';
import type { RatingMemberRow, RatingYear } from './views';

export interface StoredMemberRating {
  level: RatingLevel | null;
  notRatedReason: string | null;
}

/** A year's sheet from its roster (see `rosterOf`), what is recorded for its members, and the unit's own level. */
export function ratingYear(
  year: number,
  roster: readonly RosterEntry[],
  recorded: ReadonlyMap<number, StoredMemberRating>,
  unit: RatingYear['unit'],
): RatingYear {
  const ratingDay = ratingDayOf(year);
  const members: RatingMemberRow[] = roster.map((entry) => ({
    ...entry,
    level: recorded.get(entry.memberId)?.level ?? null,
    notRatedReason: recorded.get(entry.memberId)?.notRatedReason ?? null,
  }));
  const counts = ratingCounts(members);
  const dueRule = findRuleOn(RATING_DUE, ratingDay);
  return {
    year,
    ratingDay,
    members,
    unit,
    counts,
    quota: ratingQuota(counts, ratingDay),
    dueRule: dueRule ? { citation: dueRule.source, newlyAdmittedMonths: dueRule.value.newlyAdmittedMonths } : null,
  };
}

/** Why a member counted here has no level: the reason recorded, the one the events give, or nothing entered yet. */
export type NotRatedWhy =
  | { kind: 'recorded'; reason: string }
  | { kind: 'not_due'; reason: NotDueReason }
  | { kind: 'not_entered' };

export interface NotRatedMember {
  memberId: number;
  fullName: string;
  why: NotRatedWhy;
}

/** The members counted in `rating.not_rated`, in the sheet's order, each with why. */
export function notRatedMembers(rows: readonly Pick<RatingMemberRow, 'memberId' | 'fullName' | 'countedHere' | 'level' | 'notRatedReason' | 'notDueReason'>[]): NotRatedMember[] {
  return rows
    .filter((row) => row.countedHere && row.level === null)
    .map((row) => ({
      memberId: row.memberId,
      fullName: row.fullName,
      why:
        row.notDueReason !== null
          ? { kind: 'not_due', reason: row.notDueReason }
          : row.notRatedReason !== null
            ? { kind: 'recorded', reason: row.notRatedReason }
            : { kind: 'not_entered' },
    }));
}
