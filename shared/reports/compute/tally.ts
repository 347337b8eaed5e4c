import { INDICATOR_KEYS, type IndicatorKey, type Indicators } from '../indicators';

/**
 * The attendance indicators: the rate is a share, and the marks it is the share of (present of expected) are kept
 * apart in the tally, so that a committee consolidating its units' files can add them and compute its own rate.
 */
const ATTENDANCE_KEYS = ['meetings.attendance_rate', 'meetings.attendance_expected', 'meetings.attendance_present'] as const;

/** Every indicator that is a count or a sum, i.e. all but the attendance figures. */
export type CountKey = Exclude<IndicatorKey, (typeof ATTENDANCE_KEYS)[number]>;

/**
 * What a report adds up for a unit before it becomes indicators: counts, and the attendance as present and expected
 * marks so that the rate of several meetings (or units) is the share of all their marks, not an average of shares.
 */
export interface Tally {
  counts: Record<CountKey, number>;
  attendance: { present: number; expected: number };
}

const COUNT_KEYS = INDICATOR_KEYS.filter((key): key is CountKey => !(ATTENDANCE_KEYS as readonly string[]).includes(key));

export function emptyTally(): Tally {
  const counts = {} as Record<CountKey, number>;
  for (const key of COUNT_KEYS) counts[key] = 0;
  return { counts, attendance: { present: 0, expected: 0 } };
}

/** Adds `from` into `into`. */
export function addTally(into: Tally, from: Tally): void {
  for (const key of COUNT_KEYS) into.counts[key] += from.counts[key];
  into.attendance.present += from.attendance.present;
  into.attendance.expected += from.attendance.expected;
}

const RATING_KEYS: readonly IndicatorKey[] = ['rating.htxs', 'rating.htt', 'rating.ht', 'rating.kht', 'rating.not_rated'];

/**
 * The tally as the catalogue's indicators: the attendance rate is null when no member was expected at any meeting
 * (no meeting in the period), and the ratings are null unless the report is a year's (`withRatings`).
 */
export function tallyIndicators(tally: Tally, withRatings: boolean): Indicators {
  const indicators = {} as Indicators;
  for (const key of INDICATOR_KEYS) {
    const { present, expected } = tally.attendance;
    if (key === 'meetings.attendance_rate') {
      indicators[key] = expected > 0 ? present / expected : null;
    } else if (key === 'meetings.attendance_expected') {
      indicators[key] = expected;
    } else if (key === 'meetings.attendance_present') {
      indicators[key] = present;
    } else {
      indicators[key] = !withRatings && RATING_KEYS.includes(key) ? null : tally.counts[key];
    }
  }
  return indicators;
}

/**
 * The tally behind a unit's indicators as a file states them (a committee's consolidation): counts as given (a figure
 * that does not apply, null, adds nothing) and the attendance marks.
 */
export function tallyOfIndicators(indicators: Partial<Record<string, number | null>>): Tally {
  const tally = emptyTally();
  for (const key of COUNT_KEYS) tally.counts[key] = indicators[key] ?? 0;
  tally.attendance.present = indicators['meetings.attendance_present'] ?? 0;
  tally.attendance.expected = indicators['meetings.attendance_expected'] ?? 0;
  return tally;
}
