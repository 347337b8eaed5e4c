import { toIsoDate, type IsoDate } from './calendar';

/**
 * Moments (ISO times in UTC, as the register stores when a file arrived) as the person at this PC reads them: on the
 * PC's own clock, so a file received at 7 in the morning in Hà Nội is on that day, not the day before as UTC has it.
 */

const two = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy hh:mm on this PC's clock; the text itself when it is not a time. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** The calendar day of the moment on this PC's clock. */
export function localDayOf(iso: string): IsoDate {
  const at = new Date(iso);
  return toIsoDate({ year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() });
}
