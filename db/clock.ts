import { toIsoDate, type IsoDate } from '../shared/dates/calendar';

/**
 * The calendar day it is on this PC. A secretary working at 6 in the morning in Hà Nội is on today's date, not on
 * yesterday's as UTC would have it, so the day is read from the local clock.
 */
export function localDate(now: Date): IsoDate {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
