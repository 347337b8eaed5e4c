import { dateParts, type IsoDate } from '../dates/calendar';
import { quartersEndingAt, type Period } from '../reports/period';

/** The dashboard's reminder that the last ended quarter's exchange file has not been exported yet. */
export interface ExportReminder {
  kind: 'export_missing';
  /** The last day of the last ended quarter. */
  date: IsoDate;
  /** The quarter's code, e.g. `2026-Q3`. */
  period: string;
}

/** The quarter that ended last before `today` (the one before the quarter `today` is in). */
export function lastEndedQuarter(today: IsoDate): Period {
  const { year, month } = dateParts(today);
  const [ended] = quartersEndingAt(year, Math.ceil(month / 3), 2);
  return ended as Period;
}

/**
 * The period codes whose file stands for a quarter's: the quarter itself, or the longer period ending on the same day
 * (H1 for Q2, 9M for Q3, the year for Q4), which a unit may send instead at those dates.
 */
export function periodsCoveringQuarterEnd(quarter: Period): string[] {
  const longer = { 2: `${quarter.year}-H1`, 3: `${quarter.year}-9M`, 4: String(quarter.year) }[quarter.quarter ?? 0];
  return longer ? [quarter.code, longer] : [quarter.code];
}
