import type { IsoDate } from '../dates/calendar';
import type { MemberState } from '../members/state-types';
import { findRuleOn } from '../rules/dated';
import { MEETING_MINIMUM_MINUTES, MEETING_QUALITY } from '../rules/meetings';
import type { MeetingKind, Presence } from './kinds';
import { minutesOf } from './schema';

/** A member of the register with the state their events give on the meeting's day. */
export interface MemberOnDay {
  memberId: number;
  fullName: string;
  state: MemberState;
}

/** A member expected at a meeting; `attached` when only temporarily attached to the cell. */
export interface ExpectedMember {
  memberId: number;
  fullName: string;
  attached: boolean;
}

/**
 * Who is expected at a meeting (the denominator of attendance): members counted in this register who are neither
 * exempt nor temporarily away, plus those temporarily attached here. In register order as given.
 */
export function expectedAttendees(states: readonly MemberOnDay[]): ExpectedMember[] {
  return states
    .filter(({ state }) => (state.countedHere && !state.exempt && !state.temporarilyAway) || state.temporarilyAttached)
    .map(({ memberId, fullName, state }) => ({ memberId, fullName, attached: state.temporarilyAttached }));
}

/**
 * Exempt members (miễn sinh hoạt) who are still counted here and not away: they need not come, and if they do they
 * may be recorded as present, outside the denominator.
 */
export function exemptAttendees(states: readonly MemberOnDay[]): ExpectedMember[] {
  return states
    .filter(({ state }) => state.countedHere && state.exempt && !state.temporarilyAway && !state.temporarilyAttached)
    .map(({ memberId, fullName }) => ({ memberId, fullName, attached: false }));
}

/**
 * The cell on a meeting's day as the minutes state it: members of this register (official and probationary), members
 * temporarily attached from elsewhere, and among this register's members those exempt and those temporarily away.
 */
export interface RollComposition {
  members: number;
  official: number;
  probationary: number;
  attached: number;
  exempt: number;
  away: number;
}

export function rollComposition(states: readonly MemberOnDay[]): RollComposition {
  const counted = states.filter(({ state }) => state.countedHere);
  const count = (predicate: (state: MemberOnDay['state']) => boolean, among: readonly MemberOnDay[] = counted) =>
    among.filter(({ state }) => predicate(state)).length;
  return {
    members: counted.length,
    official: count((state) => !state.probationary),
    probationary: count((state) => state.probationary),
    attached: count((state) => state.temporarilyAttached, states),
    exempt: count((state) => state.exempt),
    away: count((state) => state.temporarilyAway),
  };
}

export interface AttendanceMark {
  memberId: number;
  presence: Presence;
}

export interface MeetingForFigures {
  kind: MeetingKind;
  date: IsoDate;
  startTime: string;
  endTime: string;
  attendance: readonly AttendanceMark[];
}

export type EarlierMeeting = Pick<MeetingForFigures, 'date' | 'startTime' | 'attendance'>;

export interface QualityFailure {
  /** An i18n key under `rules.meeting`. */
  key: string;
  params: Record<string, string | number>;
}

export interface MeetingFigures {
  expected: number;
  /** Expected members recorded present. */
  present: number;
  excused: number;
  absent: number;
  /** Expected members with no attendance row: counted neither present nor excused. */
  unrecorded: number;
  /** Exempt members who attended anyway: shown in the minutes, outside the denominator. */
  exemptPresent: number;
  /** present / expected, 0…1; null when nobody is expected. */
  rate: number | null;
  durationMinutes: number;
  durationShort: { minimum: number; rule: string } | null;
  quality: { passed: boolean; rule: string | null; failures: QualityFailure[] };
}

const percent = (share: number) => Math.round(share * 1000) / 10;

/** Meetings in the same year strictly before `meeting` (by date, then start time), oldest first. */
function earlierInYear(meeting: EarlierMeeting, others: readonly EarlierMeeting[]): EarlierMeeting[] {
  const year = meeting.date.slice(0, 4);
  const key = (m: EarlierMeeting) => `${m.date} ${m.startTime}`;
  return others
    .filter((other) => other.date.slice(0, 4) === year && key(other) < key(meeting))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * How many meetings in a row, ending with this one, the member was excused from, counting back through the year's
 * earlier meetings; meetings where the member has no attendance row (not expected then) neither count nor break it.
 */
function excusedRun(memberId: number, earlier: readonly EarlierMeeting[]): number {
  let run = 1;
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const mark = earlier[index]?.attendance.find((row) => row.memberId === memberId);
    if (!mark) continue;
    if (mark.presence !== 'excused') break;
    run += 1;
  }
  return run;
}

/**
 * The figures of a meeting: attendance against the expected members, duration against the minimum in force on the
 * meeting's day, and the quality criteria. Attendance rows of members not expected count only if they are exempt
 * members present (`exemptIds`); any other is ignored here (the store refuses them on writing).
 */
export function meetingFigures(
  meeting: MeetingForFigures,
  expected: readonly ExpectedMember[],
  earlierMeetingsThisYear: readonly EarlierMeeting[],
  exemptIds: ReadonlySet<number> = new Set(),
): MeetingFigures {
  const marks = new Map(meeting.attendance.map((row) => [row.memberId, row.presence]));
  const expectedIds = new Set(expected.map((member) => member.memberId));
  const byPresence = (presence: Presence) => expected.filter((member) => marks.get(member.memberId) === presence);
  const present = byPresence('present').length;
  const excused = byPresence('excused');
  const absent = byPresence('absent');
  const unrecorded = expected.filter((member) => !marks.has(member.memberId));
  const exemptPresent = meeting.attendance.filter(
    (row) => row.presence === 'present' && !expectedIds.has(row.memberId) && exemptIds.has(row.memberId),
  ).length;
  const rate = expected.length === 0 ? null : present / expected.length;

  const durationMinutes = minutesOf(meeting.endTime) - minutesOf(meeting.startTime);
  const minimumRule = findRuleOn(MEETING_MINIMUM_MINUTES, meeting.date);
  const minimum = minimumRule?.value[meeting.kind] ?? null;
  const durationShort =
    minimumRule && minimum !== null && durationMinutes < minimum ? { minimum, rule: minimumRule.source } : null;

  const failures: QualityFailure[] = [];
  const qualityRule = findRuleOn(MEETING_QUALITY, meeting.date);
  if (qualityRule) {
    const criteria = qualityRule.value;
    const rule = qualityRule.source;
    const names = (members: readonly ExpectedMember[]) => members.map((member) => member.fullName).join(', ');
    if (rate !== null && rate <= criteria.minAttendanceRate) {
      failures.push({
        key: 'rules.meeting.attendance_low',
        params: { rate: percent(rate), minimum: percent(criteria.minAttendanceRate), present, expected: expected.length, rule },
      });
    }
    if (criteria.noUnexcusedAbsence && absent.length > 0) {
      failures.push({ key: 'rules.meeting.unexcused_absence', params: { count: absent.length, names: names(absent), rule } });
    }
    if (unrecorded.length > 0) {
      failures.push({ key: 'rules.meeting.unrecorded', params: { count: unrecorded.length, names: names(unrecorded) } });
    }
    const earlier = earlierInYear(meeting, earlierMeetingsThisYear);
    for (const member of excused) {
      const run = excusedRun(member.memberId, earlier);
      if (run > criteria.maxConsecutiveExcused) {
        failures.push({
          key: 'rules.meeting.excused_in_a_row',
          params: { name: member.fullName, count: run, max: criteria.maxConsecutiveExcused, rule },
        });
      }
    }
  }

  return {
    expected: expected.length,
    present,
    excused: excused.length,
    absent: absent.length,
    unrecorded: unrecorded.length,
    exemptPresent,
    rate,
    durationMinutes,
    durationShort,
    quality: { passed: failures.length === 0, rule: qualityRule?.source ?? null, failures },
  };
}
