import { addMonths, dateParts, daysInMonth, type IsoDate } from '../dates/calendar';

/**
 * A dues month, 'YYYY-MM': dues are owed per calendar month, so a month (not a day) is what a payment, an income basis
 * or a relief window is about.
 */
export type DuesMonth = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isDuesMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && Number(match[1]) >= 1800 && Number(match[1]) <= 2200;
}

/** The month a day falls in. */
export const monthOf = (date: IsoDate): DuesMonth => date.slice(0, 7);

export const firstDayOf = (month: DuesMonth): IsoDate => `${month}-01`;

export function lastDayOf(month: DuesMonth): IsoDate {
  const { year, month: number } = dateParts(firstDayOf(month));
  return `${month}-${String(daysInMonth(year, number)).padStart(2, '0')}`;
}

/** The month `count` months later (earlier when negative). */
export const shiftMonth = (month: DuesMonth, count: number): DuesMonth => monthOf(addMonths(firstDayOf(month), count));

export const yearOfMonth = (month: DuesMonth): number => Number(month.slice(0, 4));

/** The twelve months of a year, January first. */
export function monthsOfYear(year: number): DuesMonth[] {
  const prefix = String(year).padStart(4, '0');
  return Array.from({ length: 12 }, (_, index) => `${prefix}-${String(index + 1).padStart(2, '0')}`);
}

/** Every month from `from` to `to`, both included; empty when `to` is earlier. */
export function monthsFromTo(from: DuesMonth, to: DuesMonth): DuesMonth[] {
  const months: DuesMonth[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month);
  return months;
}

/** How many months a window covers, both ends included: 2026-02 to 2027-01 is 12. */
export function monthSpan(from: DuesMonth, to: DuesMonth): number {
  return (yearOfMonth(to) - yearOfMonth(from)) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7))) + 1;
}

/** `2026-02` → `02/2026`, as Vietnamese write a month. */
export const formatViMonth = (month: DuesMonth): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

const VI_MONTH = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/** Reads `2/2026` or `02/2026` (also with `.` or `-`) as a month; null when it is not one. */
export function parseViMonth(text: string): DuesMonth | null {
  const match = VI_MONTH.exec(text);
  if (!match) return null;
  const month = `${match[2]}-${String(Number(match[1])).padStart(2, '0')}`;
  return isDuesMonth(month) ? month : null;
}
