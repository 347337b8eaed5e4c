import { ApiFailure, type ApiIssue } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import type { RosterEntry } from '../../shared/ratings/roster';
import type { RatingSheetInput } from '../../shared/ratings/schema';
import type { Db } from '../connection';

/** A year not yet begun has no review to record. The year in progress is allowed: cells rate in December. */
export function refuseFutureYear(year: number, today: IsoDate): void {
  const current = Number(today.slice(0, 4));
  if (year > current) {
    throw new ApiFailure('validation', 'ratings.errors.future_year', { year, current }, [
      { path: 'year', message: 'ratings.errors.future_year', params: { year, current } },
    ]);
  }
}

/**
 * Refuses lines of a sheet that do not fit the year: a member not in the register, listed twice, not due to be rated
 * that year (exempt, newly admitted, gone…, as the events say on 31 December), or given both a level and a reason
 * for not rating. Every offending line is listed as an issue; the first gives the message.
 */
export function refuseUnfitLines(db: Db, sheet: RatingSheetInput, roster: readonly RosterEntry[]): void {
  const onSheet = new Map(roster.map((entry) => [entry.memberId, entry]));
  const nameOf = db.prepare<[number], { fullName: string }>('SELECT full_name AS fullName FROM members WHERE id = ?');
  const seen = new Set<number>();
  const issues: ApiIssue[] = [];
  const refuse = (index: number, field: string, message: string, params: Record<string, string | number>) =>
    issues.push({ path: `members.${index}.${field}`, message, params });

  sheet.members.forEach((line, index) => {
    const member = nameOf.get(line.memberId);
    if (!member) return refuse(index, 'memberId', 'errors.member_not_found', { id: line.memberId });
    const name = member.fullName;
    if (seen.has(line.memberId)) return refuse(index, 'memberId', 'ratings.errors.member_twice', { name });
    seen.add(line.memberId);
    const entry = onSheet.get(line.memberId);
    if (!entry) return refuse(index, 'memberId', 'ratings.errors.not_in_year', { name, year: sheet.year });
    if (entry.notDueReason !== null) {
      return refuse(index, 'memberId', `ratings.errors.not_due.${entry.notDueReason}`, { name, year: sheet.year });
    }
    if (line.level !== null && line.notRatedReason !== undefined) {
      refuse(index, 'notRatedReason', 'ratings.errors.level_and_reason', { name });
    }
  });

  const [first] = issues;
  if (first) throw new ApiFailure('conflict', first.message, first.params, issues);
}
