/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), with arithmetic on year/month/day numbers. A date in a party record
 * is a day, not an instant: no time zone, no clock, so "23/11/2026" is the same day on every PC.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

function valid({ year, month, day }: DateParts): boolean {
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  return match !== null && valid({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

export function dateParts(date: IsoDate): DateParts {
  const match = ISO.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Reads a date as Vietnamese write it, `dd/mm/yyyy` (also with `.` or `-`); null when it is not a real day. */
export function parseViDate(text: string): IsoDate | null {
  const match = VI.exec(text);
  if (!match) return null;
  const parts = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return valid(parts) ? toIsoDate(parts) : null;
}

/** `2026-11-23` → `23/11/2026`. */
export function formatViDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** The same day `months` later (or earlier); a day past the end of the target month becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole months from `from` to `to` (negative when `to` is earlier), as ages are counted: a month is complete on its day. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const a = dateParts(from);
  const b = dateParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last day of a month. */
export function endOfMonth(year: number, month: number): IsoDate {
  return toIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** The day `days` later (or earlier), counted on the calendar. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}
