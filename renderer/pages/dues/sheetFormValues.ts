import { formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import type { DuesChannel } from '../../../shared/dues/kinds';
import type { MonthSheet } from '../../../shared/dues/views';
import { amountText } from '../../format/money';

/** One member's row as the sheet's form holds it: the boxes as typed. */
export interface SheetFormRow {
  memberId: number;
  amountVnd: string;
  channel: DuesChannel;
  paidOn: string;
}

export interface SheetFormValues {
  month: string;
  rows: SheetFormRow[];
}

/** The stored sheet, ready to edit: recorded payments in their boxes, cash as the usual channel elsewhere. */
export function sheetToForm(sheet: MonthSheet): SheetFormValues {
  return {
    month: sheet.month,
    rows: sheet.rows.map(({ memberId, payment }) => ({
      memberId,
      amountVnd: payment ? amountText(payment.amountVnd) : '',
      channel: payment?.channel ?? 'cash',
      paidOn: payment ? formatViDate(payment.paidOn) : '',
    })),
  };
}

/**
 * The rows after "fill in": every empty row of a member who owes something gets the amount owed, and today's date if
 * none is typed; rows already typed, exempt members and those whose amount is unknown are left as they are.
 */
export function fillOwed(values: SheetFormValues, sheet: MonthSheet, today: IsoDate): SheetFormRow[] {
  return values.rows.map((row, index) => {
    const line = sheet.rows[index];
    if (row.amountVnd.trim() !== '' || !line?.dueHere || !line.expectedVnd) return row;
    return { ...row, amountVnd: amountText(line.expectedVnd), paidOn: row.paidOn.trim() === '' ? formatViDate(today) : row.paidOn };
  });
}
