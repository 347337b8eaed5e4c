import { dateParts, type IsoDate } from '../../../shared/dates/calendar';
import { parsePeriod, type Period, type PeriodKind } from '../../../shared/reports/period';

export const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'half', 'nine_months', 'year'];

/** How far back a year may be chosen: a register carries its history, and fifteen years cover three committee terms. */
const YEARS_BACK = 15;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Quarters are written in Roman numerals in party documents: "Quý III năm 2026". */
export const romanQuarter = (quarter: number): string => ROMAN[quarter - 1] ?? String(quarter);

/** The code of a period chosen by its parts: ('quarter', 2026, 3) → "2026-Q3". */
export function periodCodeOf(kind: PeriodKind, year: number, quarter: number): string {
  switch (kind) {
    case 'quarter':
      return `${year}-Q${quarter}`;
    case 'half':
      return `${year}-H1`;
    case 'nine_months':
      return `${year}-9M`;
    case 'year':
      return String(year);
  }
}

/**
 * The period a report opens on: the last quarter that has ended. A quarter's report is made and sent once the quarter
 * is over, so on 5 October the secretary wants the third quarter, complete, not the fourth with five days in it.
 */
export function defaultPeriod(today: IsoDate): Period {
  const { year, month } = dateParts(today);
  const current = Math.floor((month - 1) / 3) + 1;
  const code = current === 1 ? `${year - 1}-Q4` : `${year}-Q${current - 1}`;
  // Built from a well-formed code, so never null.
  return parsePeriod(code) as Period;
}

/** The years offered, newest first: this year and the fifteen before it. */
export function yearChoices(today: IsoDate): number[] {
  const { year } = dateParts(today);
  return Array.from({ length: YEARS_BACK + 1 }, (_, index) => year - index);
}

/** The period asked for in the address when it is one and among the years offered, else the default. */
export function periodFromAddress(text: string | null, today: IsoDate): Period {
  const asked = text === null ? null : parsePeriod(text);
  return asked && yearChoices(today).includes(asked.year) ? asked : defaultPeriod(today);
}
