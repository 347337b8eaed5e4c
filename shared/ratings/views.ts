import type { IsoDate } from '../dates/calendar';
import type { RatingCounts, RatingQuota } from './counts';
import type { RatingLevel } from './levels';
import type { RosterEntry } from './roster';

/** A member's line of a year's sheet: who, whether due, and what was recorded. */
export interface RatingMemberRow extends RosterEntry {
  level: RatingLevel | null;
  notRatedReason: string | null;
}

/** A year's review and rating: the members in name order, the unit's own level, the counts and the quota check. */
export interface RatingYear {
  year: number;
  /** 31 December of the year: the day whose events decide who is due. */
  ratingDay: IsoDate;
  members: RatingMemberRow[];
  /** The home organisation's own level. */
  unit: { code: string; name: string; level: RatingLevel | null };
  counts: RatingCounts;
  quota: RatingQuota | null;
  /** The rule on who is not rated (exempt, newly admitted…) in force on the rating day, cited beside those reasons. */
  dueRule: { citation: string; newlyAdmittedMonths: number } | null;
}
