import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface ConnectionOptions {
  /**
   * Path of a better_sqlite3.node built for the running runtime. Electron passes its own build so that the copy in
   * node_modules stays built for Node and the tests (see docs/decisions.md).
   */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the database file with the settings every connection of the app must have. These
 * settings belong to the connection: nothing is written to the file yet (see useWriteAheadLog).
 */
export function openConnection(file: string, options: ConnectionOptions = {}): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('foreign_keys = ON');
    // Another process (the command line, a second window being refused) may hold the lock for a moment.
    db.pragma('busy_timeout = 5000');
    // Records of a party cell are worth the extra fsync: a committed save survives a power cut.
    db.pragma('synchronous = FULL');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Switches the file to write-ahead logging, so a reader never waits for a writer. Unlike the settings above this is
 * recorded in the file's header, so it is done only once the file is known to be ours to change.
 */
export function useWriteAheadLog(db: Db): void {
  db.pragma('journal_mode = WAL');
}
