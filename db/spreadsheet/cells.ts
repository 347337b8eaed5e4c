import type { CellValue } from 'exceljs';
import { formatViDate, toIsoDate } from '../../shared/dates/calendar';

/**
 * Excel stores a day as a moment, and exceljs hands it over as a Date at midnight UTC of that day: the UTC calendar
 * day is the day written in the cell, whatever this PC's time zone.
 */
function dayOf(date: Date): string {
  return formatViDate(toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
}

function numberText(value: number, digitColumn: boolean): string {
  if (!digitColumn || !Number.isInteger(value) || value < 0) return String(value);
  const digits = value.toFixed(0);
  // Every CCCD starts with its province code 001–096, so a CCCD typed into a number cell lost one or two leading
  // zeros: 11 or 10 digits are a 12-digit CCCD. Card numbers have no such rule, so they are left as they are.
  return digits.length === 10 || digits.length === 11 ? digits.padStart(12, '0') : digits;
}

/**
 * A cell as the text a person sees in it: rich text and hyperlinks by their text, formulas by their result, real
 * dates as dd/mm/yyyy, numbers in digit columns as digit strings.
 */
export function cellText(value: CellValue, digitColumn = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value, digitColumn);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dayOf(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('hyperlink' in value) return cellText(value.text as CellValue, digitColumn);
  if ('error' in value) return value.error;
  if ('result' in value) return cellText(value.result, digitColumn);
  // A formula without a cached result (written by a program, never opened in Excel): there is nothing to read.
  return '';
}
