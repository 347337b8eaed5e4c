import { z } from 'zod';
import { dateParts, endOfMonth, toIsoDate, type IsoDate } from '../dates/calendar';

/**
 * A reporting period as the command line and the exchange file name it: a quarter `2026-Q3`, the first half `2026-H1`
 * (January–June), nine months `2026-9M` (January–September), or the year `2026`. Every figure of a period is computed
 * as of its last day; the changes, meetings and visits counted are those dated from its first day to its last.
 */
export type PeriodKind = 'quarter' | 'half' | 'nine_months' | 'year';

export interface Period {
  /** As written: `2026-Q3`, `2026-H1`, `2026-9M`, `2026`. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** The quarter (1–4) of a quarter; null otherwise. */
  quarter: number | null;
  from: IsoDate;
  to: IsoDate;
}

const PATTERN = /^(\d{4})(?:-(Q[1-4]|H1|9M))?$/;

/** The period a code names, or null when the text is not one. */
export function parsePeriod(text: string): Period | null {
  const match = PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1930 || year > 2200) return null;
  const part = match[2];
  const first = toIsoDate({ year, month: 1, day: 1 });
  if (part === undefined) return { code: String(year), kind: 'year', year, quarter: null, from: first, to: endOfMonth(year, 12) };
  if (part === 'H1') return { code: `${year}-H1`, kind: 'half', year, quarter: null, from: first, to: endOfMonth(year, 6) };
  if (part === '9M') return { code: `${year}-9M`, kind: 'nine_months', year, quarter: null, from: first, to: endOfMonth(year, 9) };
  const quarter = Number(part.slice(1));
  return {
    code: `${year}-Q${quarter}`,
    kind: 'quarter',
    year,
    quarter,
    from: toIsoDate({ year, month: quarter * 3 - 2, day: 1 }),
    to: endOfMonth(year, quarter * 3),
  };
}

/** A period code in any host's input: checked and turned into its dates. */
export const periodSchema = z
  .string({ error: 'reports.validation.period_required' })
  .transform((text, context) => {
    const period = parsePeriod(text);
    if (!period) {
      context.addIssue({ code: 'custom', message: 'reports.validation.period_format' });
      return z.NEVER;
    }
    return period;
  });

/** The quarter ending `count - 1` quarters before the one containing `day`, … up to that one: oldest first. */
export function quartersEndingAt(year: number, quarter: number, count: number): Period[] {
  const periods: Period[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const index = year * 4 + (quarter - 1) - back;
    const found = parsePeriod(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
    if (found) periods.push(found);
  }
  return periods;
}

/**
 * The periods that end the day before `period` starts, the one whose closing its opening must equal: the quarter
 * before (and the half or nine months ending then), or the year before (and its fourth quarter). Most telling first.
 */
export function periodsJustBefore(period: Period): string[] {
  const { year, from } = period;
  if (from.endsWith('-01-01')) return [String(year - 1), `${year - 1}-Q4`];
  const quarter = (dateParts(from).month - 1) / 3 + 1;
  const before = [`${year}-Q${quarter - 1}`];
  if (quarter === 3) before.push(`${year}-H1`);
  if (quarter === 4) before.push(`${year}-9M`);
  return before;
}
