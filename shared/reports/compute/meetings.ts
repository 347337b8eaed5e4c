import type { DuesMonth } from '../../dues/months';
import { monthOf } from '../../dues/months';
import type { IsoDate } from '../../dates/calendar';
import type { MeetingKind } from '../../meetings/kinds';
import type { ReportCharts } from '../views';
import type { Tally } from './tally';

/** A meeting of the period with its attendance figures (shared/meetings/figures.ts) and its upper-level guests. */
export interface ReportMeeting {
  kind: MeetingKind;
  date: IsoDate;
  present: number;
  expected: number;
  upperLevelGuests: number;
}

/**
 * Adds a meeting: a combined meeting (regular and thematic held together) counts as both, an extraordinary one as
 * neither; each guest marked as from the upper level is one visit; its present and expected marks go to the rate.
 */
export function addMeeting(tally: Tally, meeting: ReportMeeting): void {
  const counts = tally.counts;
  if (meeting.kind === 'regular' || meeting.kind === 'combined') counts['meetings.regular'] += 1;
  if (meeting.kind === 'thematic' || meeting.kind === 'combined') counts['meetings.thematic'] += 1;
  counts['meetings.upper_level_visits'] += meeting.upperLevelGuests;
  tally.attendance.present += meeting.present;
  tally.attendance.expected += meeting.expected;
}

/** Each month of the period: how many meetings (of any kind) and the share of expected members present. */
export function attendanceByMonth(months: readonly DuesMonth[], meetings: readonly ReportMeeting[]): ReportCharts['attendance'] {
  return months.map((month) => {
    const held = meetings.filter((meeting) => monthOf(meeting.date) === month);
    const present = held.reduce((sum, meeting) => sum + meeting.present, 0);
    const expected = held.reduce((sum, meeting) => sum + meeting.expected, 0);
    return { month, meetings: held.length, rate: expected > 0 ? present / expected : null };
  });
}
