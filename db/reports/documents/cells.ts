import type { IsoDate } from '../../../shared/dates/calendar';
import type { IndicatorKey } from '../../../shared/reports/indicators';

/**
 * One value of a report table, typed by what it is rather than how it looks: the workbook writes numbers as numbers
 * with a format (a rate as a share with "%", money with grouping, a day as a real date), the PDF writes the same
 * value as Vietnamese print does. `null` is a figure that does not exist (shown as a dash, never as 0).
 */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'count' | 'rate' | 'money'; value: number | null }
  | { kind: 'date'; value: IsoDate | null };

export const text = (value: string | null | undefined): Cell => ({ kind: 'text', value: value ?? '' });
export const count = (value: number | null): Cell => ({ kind: 'count', value });
export const rate = (value: number | null): Cell => ({ kind: 'rate', value });
export const money = (value: number | null): Cell => ({ kind: 'money', value });
export const date = (value: IsoDate | null | undefined): Cell => ({ kind: 'date', value: value ?? null });

/** An indicator's figure, typed by its key: `…_rate` is a share from 0 to 1, `…_vnd` is money, the rest are counts. */
export function indicatorCell(key: IndicatorKey, value: number | null): Cell {
  if (key.endsWith('_rate')) return rate(value);
  if (key.endsWith('_vnd')) return money(value);
  return count(value);
}

export const isNumeric = (cell: Cell): boolean => cell.kind === 'count' || cell.kind === 'rate' || cell.kind === 'money';

export interface Column {
  label: string;
  /** In Excel's character widths; the PDF shares its line among the printed columns in the same proportions. */
  width: number;
  /** Numbers are right-aligned in both outputs. */
  numeric?: boolean;
  /** Centred in both outputs: the row numbers (STT). */
  centred?: boolean;
  /** Left out of the printed page where A4 is too narrow (the workbook has every column). */
  print?: false;
}

export interface Row {
  cells: Cell[];
  /** A total line, in bold. */
  total?: boolean;
}

export interface Table {
  title: string;
  columns: Column[];
  rows: Row[];
}

/** A sentence under the tables (the membership balance); `alert` is a violation, printed so it cannot be missed. */
export interface Note {
  text: string;
  alert?: boolean;
}

export type SectionKey = 'summary' | 'members' | 'form1' | 'form2' | 'form3' | 'form4' | 'rating' | 'ktgs' | 'dues';

/** One sheet of the workbook and one part of the printed report. */
export interface Section {
  key: SectionKey;
  /** The sheet's name, and the part's heading in print. */
  name: string;
  tables: Table[];
  notes: Note[];
}
