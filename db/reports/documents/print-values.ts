import { formatViDate } from '../../../shared/dates/calendar';
import type { Cell } from './cells';
import { doc } from './words';

/** Figures as Vietnamese print writes them: "1.250.000", "85,5%". */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const rateFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export const printNumber = (value: number): string => numberFormat.format(value);
export const printRate = (value: number): string => rateFormat.format(value);

/** A cell as printed; a figure that does not exist is a dash, never 0. */
export function printCell(cell: Cell): string {
  if (cell.kind === 'text') return cell.value;
  if (cell.value === null) return doc('value.none');
  if (cell.kind === 'date') return formatViDate(cell.value);
  if (cell.kind === 'rate') return printRate(cell.value);
  return printNumber(cell.value);
}
