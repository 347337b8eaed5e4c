import { dateParts, type IsoDate } from '../../../../shared/dates/calendar';

/** Whole days from `from` to `to` (calendar days, no time zone involved). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const { year, month, day } = dateParts(date);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
