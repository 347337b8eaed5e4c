import { ApiFailure, type ApiIssue } from '../../shared/api/errors';
import { formatViDate } from '../../shared/dates/calendar';
import type { MeetingInput } from '../../shared/meetings/schema';
import type { Db } from '../connection';
import type { MeetingRoll } from '../../shared/meetings/views';

/**
 * Refuses attendance that does not fit the meeting's day: a member listed twice, a member not in the register, a
 * member not expected then (not yet admitted, left, away, exited…), or an exempt member marked other than present.
 * Every offending row is listed as an issue; the first gives the message.
 */
export function refuseUnfitAttendance(db: Db, meeting: MeetingInput, day: MeetingRoll): void {
  const expected = new Set(day.expected.map((member) => member.memberId));
  const exempt = new Set(day.exempt.map((member) => member.memberId));
  const nameOf = db.prepare<[number], { fullName: string }>('SELECT full_name AS fullName FROM members WHERE id = ?');
  const date = formatViDate(meeting.date);
  const seen = new Set<number>();
  const issues: ApiIssue[] = [];
  const refuse = (index: number, message: string, params: Record<string, string | number>) =>
    issues.push({ path: `attendance.${index}.memberId`, message, params });

  meeting.attendance.forEach((row, index) => {
    const member = nameOf.get(row.memberId);
    if (!member) return refuse(index, 'errors.member_not_found', { id: row.memberId });
    const name = member.fullName;
    if (seen.has(row.memberId)) return refuse(index, 'errors.meeting_member_twice', { name });
    seen.add(row.memberId);
    if (expected.has(row.memberId)) return;
    if (exempt.has(row.memberId)) {
      if (row.presence !== 'present') refuse(index, 'errors.meeting_exempt_not_present', { name, date });
      return;
    }
    refuse(index, 'errors.meeting_member_not_expected', { name, date });
  });

  const [first] = issues;
  if (first) throw new ApiFailure('conflict', first.message, first.params, issues);
}
