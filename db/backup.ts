import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './connection';

/** Folder beside the database where automatic safety copies go. */
export function backupDirFor(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Writes a consistent copy of the open database before a risky step (a migration, later an import) and returns its
 * path. VACUUM INTO reads inside one transaction, so the copy is whole even with the WAL not yet checkpointed.
 */
export function writeSafetyCopy(db: Db, databaseFile: string, reason: string, now = new Date()): string {
  const dir = backupDirFor(databaseFile);
  mkdirSync(dir, { recursive: true });
  const name = basename(databaseFile).replace(/\.[^.]*$/, '');
  const target = join(dir, `${name}.${reason}.${stamp(now)}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
