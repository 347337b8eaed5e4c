import type { IsoDate } from '../dates/calendar';
import { findRuleOn } from '../rules/dated';
import { DUES_REMOVAL_WARNING } from '../rules/dues';
import type { MonthLine } from './ledger';
import { firstDayOf, type DuesMonth } from './months';

/** A member who owes dues for past months of this calendar year, as the dashboard lists it. */
export type DuesReminder = {
  kind: 'dues_arrears';
  memberId: number;
  fullName: string;
  unitName: string;
  /** The first day of the oldest month still owed. */
  date: IsoDate;
  /** The past months of the year not fully paid, oldest first. */
  unpaidMonths: DuesMonth[];
  owedVnd: number;
  /** The months not paid at all reached the removal rule's count (3 in a year). */
  removalWarning: boolean;
};

/**
 * The reminder for one member from their lines for this year's months (any that are not past are ignored): null when
 * nothing past is owed.
 */
export function duesReminderOf(
  member: { memberId: number; fullName: string; unitName: string },
  yearLines: readonly MonthLine[],
  today: IsoDate,
): DuesReminder | null {
  const owing = yearLines.filter((line) => line.past && line.arrearsVnd > 0);
  const [oldest] = owing;
  if (!oldest) return null;
  const threshold = findRuleOn(DUES_REMOVAL_WARNING, today)?.value.unpaidMonthsInYear ?? null;
  const unpaid = yearLines.filter((line) => line.unpaid).length;
  return {
    kind: 'dues_arrears',
    ...member,
    date: firstDayOf(oldest.month),
    unpaidMonths: owing.map((line) => line.month),
    owedVnd: owing.reduce((sum, line) => sum + line.arrearsVnd, 0),
    removalWarning: threshold !== null && unpaid >= threshold,
  };
}
