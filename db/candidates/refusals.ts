import { candidateProblems } from '../../shared/candidates/checks';
import type { CandidateInput } from '../../shared/candidates/schema';
import { ApiFailure, type ApiIssue } from '../../shared/api/errors';
import { formatViDate, type IsoDate } from '../../shared/dates/calendar';
import { memberStateOn } from '../../shared/members/state';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';
import type { CandidateRow } from './queries';

/**
 * The helpers named as members of the register must be in it, and official members on the day the candidate was
 * identified: the cell assigns "đảng viên chính thức" to help.
 */
function helperProblems(db: Db, input: CandidateInput): ApiIssue[] {
  const ids = input.helpers.flatMap((helper) => (helper.memberId === undefined ? [] : [helper.memberId]));
  if (ids.length === 0) return [];
  const events = replayEventsOfMembers(db, ids);
  const nameOf = db.prepare<[number], { fullName: string }>('SELECT full_name AS fullName FROM members WHERE id = ?');
  const issues: ApiIssue[] = [];
  input.helpers.forEach((helper, index) => {
    if (helper.memberId === undefined) return;
    const path = `helpers.${index}.memberId`;
    const member = nameOf.get(helper.memberId);
    if (!member) return issues.push({ path, message: 'candidates.errors.helper_not_found', params: { id: helper.memberId } });
    if (!memberStateOn(events.get(helper.memberId) ?? [], input.identifiedOn).official) {
      issues.push({
        path,
        message: 'candidates.errors.helper_not_official',
        params: { name: member.fullName, date: formatViDate(input.identifiedOn) },
      });
    }
    return undefined;
  });
  return issues;
}

/** Refuses a candidate whose stages do not fit together or whose helpers are not official members; lists every problem. */
export function refuseUnfitCandidate(db: Db, input: CandidateInput, today: IsoDate): void {
  const issues = [...candidateProblems(input, today), ...helperProblems(db, input)];
  const [first] = issues;
  if (first) throw new ApiFailure('validation', first.message, first.params, issues);
}

/** An admitted candidate is history: the person's record now lives on the member's page. */
export function refuseAdmitted(row: CandidateRow): void {
  if (row.memberId !== null && row.ceremonyOn !== null) {
    throw new ApiFailure('conflict', 'candidates.errors.admitted', { name: row.fullName ?? '', ceremonyOn: formatViDate(row.ceremonyOn) });
  }
}
