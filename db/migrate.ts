import type { Db } from './connection';
import { writeSafetyCopy } from './backup';
import { StoreOpenError } from './errors';
import type { Migration } from './migrations/migration';

export interface MigrationOutcome {
  from: number;
  to: number;
  /** The copy taken before an existing database was changed; null for a new file or when nothing was pending. */
  backupPath: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer app, before anything (even the journal mode) is written to it. */
export function refuseNewerSchema(db: Db, databaseFile: string, steps: readonly Migration[]): void {
  const found = schemaVersion(db);
  if (found > steps.length) {
    throw new StoreOpenError('errors.database_too_new', { file: databaseFile, found, supported: steps.length });
  }
}

/**
 * Brings the database to the newest schema: every pending step in one transaction, `PRAGMA user_version` as the
 * record. A database written by a newer app is refused untouched; an existing one is copied first.
 */
export function migrate(db: Db, databaseFile: string, steps: readonly Migration[], now = new Date()): MigrationOutcome {
  steps.forEach((step, index) => {
    if (step.version !== index + 1) throw new Error(`Migration ${step.name} is numbered ${step.version}, expected ${index + 1}`);
  });
  refuseNewerSchema(db, databaseFile, steps);
  const from = schemaVersion(db);
  const latest = steps.length;
  if (from === latest) return { from, to: from, backupPath: null };

  const backupPath = from > 0 ? writeSafetyCopy(db, databaseFile, `before-v${latest}`, now) : null;
  db.transaction(() => {
    for (const step of steps.slice(from)) {
      step.up(db);
      // PRAGMA takes no bound parameters; the value is an integer from our own list, checked above.
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return { from, to: latest, backupPath };
}
