import { join } from 'node:path';
import Database from 'better-sqlite3';
import { vietnameseName } from './names';
import { seededRandom } from './random';
import { timed } from './measure';

export const BASELINE_ROWS = 10_000;

export interface BaselineSample {
  /** Both parts together: the figure every operation is divided by. */
  total: number;
  select: number;
  sort: number;
}

/**
 * The machine's speed at this kind of work, measured in the same run as the operations: a plain `SELECT *` of a
 * 10,000-row table with better-sqlite3 (reading rows into JS objects, as every list does) and a sort of 10,000
 * Vietnamese names with `Intl.Collator('vi')` (ICU collation, as the register order does). Nothing of the app is
 * in it, so a change in the app never moves the baseline.
 */
export class Baseline {
  private readonly db: Database.Database;
  private readonly names: string[];
  private readonly collator = new Intl.Collator('vi');

  constructor(dir: string) {
    const random = seededRandom(7);
    this.names = Array.from({ length: BASELINE_ROWS }, () => vietnameseName(random, random.chance(0.5) ? 'nam' : 'nu'));
    this.db = new Database(join(dir, 'baseline.sqlite'));
    this.db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, birth_date TEXT NOT NULL, note TEXT)');
    const insert = this.db.prepare('INSERT INTO people (full_name, birth_date, note) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.names.forEach((name, index) => insert.run(name, `19${String(40 + (index % 60))}-0${1 + (index % 9)}-1${index % 10}`, index % 3 === 0 ? 'Ghi chú' : null));
    })();
  }

  /** One baseline run. */
  sample(): BaselineSample {
    const [rows, select] = timed(() => this.db.prepare('SELECT * FROM people').all());
    if (rows.length !== BASELINE_ROWS) throw new Error(`baseline read ${rows.length} rows`);
    const [, sort] = timed(() => [...this.names].sort(this.collator.compare));
    return { total: select + sort, select, sort };
  }

  close(): void {
    this.db.close();
  }
}
