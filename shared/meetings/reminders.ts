import { dateParts, endOfMonth, toIsoDate, type IsoDate } from '../dates/calendar';
import { findRuleOn } from '../rules/dated';
import { MEETING_FREQUENCY } from '../rules/meetings';
import type { MeetingKind } from './kinds';

/**
 * A period of the year in which the cell held no meeting of a kind the rule requires. `months`: the period's length
 * (1 for a month, 3 for a quarter), `index`: its number in the year (month 1–12, quarter 1–4); `current`: the period
 * has not ended yet, so the meeting can still be held.
 */
export interface MissingMeeting {
  kind: 'meeting_regular_missing' | 'meeting_thematic_missing';
  /** The period's last day: the deadline while it runs, the day it was missed once over. */
  date: IsoDate;
  params: { year: number; index: number; months: number; from: IsoDate; to: IsoDate; current: boolean };
}

/** Meetings of these kinds fulfil each requirement: a combined meeting is a regular and a thematic one together. */
const FULFILS: Record<MissingMeeting['kind'], readonly MeetingKind[]> = {
  meeting_regular_missing: ['regular', 'combined'],
  meeting_thematic_missing: ['thematic', 'combined'],
};

interface Period {
  index: number;
  from: IsoDate;
  to: IsoDate;
}

/** The periods of `months` months a year divides into, counted from January. */
function periodsOf(year: number, months: number): Period[] {
  const periods: Period[] = [];
  for (let first = 1, index = 1; first <= 12; first += months, index += 1) {
    const last = Math.min(first + months - 1, 12);
    periods.push({ index, from: toIsoDate({ year, month: first, day: 1 }), to: endOfMonth(year, last) });
  }
  return periods;
}

/**
 * The periods of today's year, from the one the register began in (`since`) to the one under way, without the
 * meeting the rule in force requires: a regular meeting every month, a thematic one every quarter. Periods before the
 * register began are not its to answer for; earlier years are history, not a to-do.
 */
export function missingMeetings(
  meetings: readonly { date: IsoDate; kind: MeetingKind }[],
  today: IsoDate,
  since: IsoDate,
): MissingMeeting[] {
  const { year } = dateParts(today);
  const missing: MissingMeeting[] = [];
  // A period's length comes from the rule in force on 1 January; a rule changing mid-year takes effect next year.
  const rule = findRuleOn(MEETING_FREQUENCY, toIsoDate({ year, month: 1, day: 1 }))?.value;
  if (!rule) return missing;
  const requirements = [
    ['meeting_regular_missing', rule.regularEveryMonths],
    ['meeting_thematic_missing', rule.thematicEveryMonths],
  ] as const;
  for (const [kind, months] of requirements) {
    for (const period of periodsOf(year, months)) {
      if (period.to < since || period.from > today) continue;
      const held = meetings.some(
        (meeting) => meeting.date >= period.from && meeting.date <= period.to && FULFILS[kind].includes(meeting.kind),
      );
      if (held) continue;
      missing.push({
        kind,
        date: period.to,
        params: { year, index: period.index, months, from: period.from, to: period.to, current: today <= period.to },
      });
    }
  }
  return missing;
}
