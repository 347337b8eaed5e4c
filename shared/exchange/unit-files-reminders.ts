import type { IsoDate } from '../dates/calendar';

/** The dashboard's reminder, at a committee, that units have not sent the last ended quarter's file by its deadline. */
export interface UnitFilesReminder {
  kind: 'unit_files_missing';
  /** The deadline that has passed. */
  date: IsoDate;
  /** The quarter's code, e.g. `2026-Q3`. */
  period: string;
  /** The codes of the units still missing, in code order. */
  units: string[];
}
