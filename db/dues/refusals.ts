import { ApiFailure, type ApiIssue } from '../../shared/api/errors';
import { formatViDate, type IsoDate } from '../../shared/dates/calendar';
import { memberLines } from '../../shared/dues/ledger';
import { formatViMonth } from '../../shared/dues/months';
import type { MonthSheetInput } from '../../shared/dues/schema';
import type { Db } from '../connection';
import { paymentsOfMonth, readDuesRegister } from './queries';

/**
 * Refuses a month's sheet that does not fit the register: a member who is not in it, a member who does not owe this
 * cell that month (not yet admitted, transferred out, away on a temporary transfer…), or a payment dated after today.
 * A payment dated before the month is accepted: QĐ 01-QĐ/TW lets members pay ahead. A payment already stored for a
 * member who no longer owes here (an event recorded since) may be saved again unchanged, so the rest of the sheet can
 * still be saved. Every offending row is listed; the first gives the message.
 */
export function refuseUnfitSheet(db: Db, sheet: MonthSheetInput, today: IsoDate): void {
  const register = readDuesRegister(db, { upTo: sheet.month });
  const names = new Map(register.members.map((member) => [member.id, member.fullName]));
  const stored = paymentsOfMonth(db, sheet.month);
  const month = formatViMonth(sheet.month);
  const issues: ApiIssue[] = [];
  const refuse = (index: number, field: string, message: string, params: Record<string, string | number>) =>
    issues.push({ path: `payments.${index}.${field}`, message, params });

  sheet.payments.forEach((payment, index) => {
    const name = names.get(payment.memberId);
    const record = register.records.get(payment.memberId);
    if (name === undefined || !record) return refuse(index, 'memberId', 'errors.member_not_found', { id: payment.memberId });
    const [line] = memberLines(record, [sheet.month], today);
    const before = stored.get(payment.memberId);
    const unchanged =
      before !== undefined &&
      before.amountVnd === payment.amountVnd &&
      before.channel === payment.channel &&
      before.paidOn === payment.paidOn;
    if (!line?.dueHere && !unchanged) return refuse(index, 'memberId', 'dues.errors.not_due_here', { name, month });
    if (payment.paidOn > today) refuse(index, 'paidOn', 'dues.errors.paid_in_future', { name, date: formatViDate(payment.paidOn) });
  });

  const [first] = issues;
  if (first) throw new ApiFailure('conflict', first.message, first.params, issues);
}
