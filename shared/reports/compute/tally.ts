import { INDICATOR_KEYS, type IndicatorKey, type Indicators } from '../indicators';

/** Every indicator that is a count or a sum, i.e. all but the attendance rate, which is a share. */
export type CountKey = Exclude<IndicatorKey, 'meetings.attendance_rate'>;

/**
 * What a report adds up for a unit before it becomes indicators: counts, and the attendance as present and expected
 * marks so that the rate of several meetings (or units) is the share of all their marks, not an average of shares.
 */
export interface Tally {
  counts: Record<CountKey, number>;
  attendance: { present: number; expected: number };
}

const COUNT_KEYS = INDICATOR_KEYS.filter((key): key is CountKey => key !== 'meetings.attendance_rate');

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
    if (key === 'meetings.attendance_rate') {
      const { present, expected } = tally.attendance;
      indicators[key] = expected > 0 ? present / expected : null;
    } else {
      indicators[key] = !withRatings && RATING_KEYS.includes(key) ? null : tally.counts[key];
    }
  }
  return indicators;
}
