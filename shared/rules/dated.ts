import { isIsoDate, type IsoDate } from '../dates/calendar';

/**
 * One row of a rule as the Party wrote it: what it says, from which day, and the document that says it. A change of
 * regulation is a new row (and a test), never an edit of an old one, so a figure about 2019 is still computed with
 * the rule of 2019.
 */
export interface DatedRule<T> {
  from: IsoDate;
  value: T;
  /** The document, as a person would cite it: "Quy định 294-QĐ/TW ngày 26/5/2025, Điều 1". */
  source: string;
}

export interface RuleTable<T> {
  /** What the rule is about, for the error raised when asked about a day before its first row. */
  name: string;
  /** Oldest first. */
  rows: readonly DatedRule<T>[];
}

/** Builds a table, refusing rows out of date order or without a source: a table is read by date, so order is meaning. */
export function ruleTable<T>(name: string, rows: readonly DatedRule<T>[]): RuleTable<T> {
  rows.forEach((row, index) => {
    if (!isIsoDate(row.from)) throw new RangeError(`Rule "${name}": row ${index} starts on "${row.from}", not an ISO date`);
    if (row.source.trim() === '') throw new RangeError(`Rule "${name}": row ${index} has no source`);
    const previous = rows[index - 1];
    if (previous && previous.from >= row.from) {
      throw new RangeError(`Rule "${name}": row ${index} (${row.from}) does not come after ${previous.from}`);
    }
  });
  return { name, rows };
}

/** The row in force on `date` (the latest one starting on or before it); undefined before the table's first row. */
export function findRuleOn<T>(table: RuleTable<T>, date: IsoDate): DatedRule<T> | undefined {
  let found: DatedRule<T> | undefined;
  for (const row of table.rows) {
    if (row.from > date) break;
    found = row;
  }
  return found;
}

/** The row in force on `date`, for computations that cannot go on without one. */
export function ruleOn<T>(table: RuleTable<T>, date: IsoDate): DatedRule<T> {
  const found = findRuleOn(table, date);
  if (!found) {
    const first = table.rows[0]?.from ?? 'never';
    throw new RangeError(`No rule "${table.name}" in force on ${date}: the first known row applies from ${first}`);
  }
  return found;
}
