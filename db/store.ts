import type { Handlers } from '../shared/api/contract';
import { openConnection, useWriteAheadLog, type ConnectionOptions, type Db } from './connection';
import { StoreOpenError } from './errors';
import { migrate, refuseNewerSchema, type MigrationOutcome } from './migrate';
import { migrations } from './migrations';
import { candidateHandlers } from './candidates/handlers';
import { duesHandlers } from './dues/handlers';
import { eventHandlers } from './events/handlers';
import { exportHandlers } from './exchange/export/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { completenessHandlers } from './exchange/completeness/handlers';
import { importHandlers } from './exchange/import/handlers';
import { transferHandlers } from './exchange/transfer/handlers';
import { inspectionHandlers } from './inspections/handlers';
import { meetingHandlers } from './meetings/handlers';
import { memberHandlers } from './members/handlers';
import { organisationHandlers } from './organisations/handlers';
import { ratingHandlers } from './ratings/handlers';
import { reminderHandlers } from './reminders/handlers';
import { reportHandlers } from './reports/handlers';
import { unitHandlers } from './organisations/unit-handlers';
import { settingsHandlers } from './settings/handlers';
import { spreadsheetHandlers } from './spreadsheet/handlers';

export interface StoreOptions extends ConnectionOptions {
  file: string;
  appVersion: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** The register as every host sees it: the services that implement the contract, over one open database. */
export interface Store {
  readonly file: string;
  readonly db: Db;
  readonly handlers: Handlers;
  readonly migration: MigrationOutcome;
  close(): void;
}

export function createHandlers(db: Db, options: Pick<StoreOptions, 'file' | 'appVersion' | 'now'>): Handlers {
  const now = options.now ?? (() => new Date());
  return {
    'app.info': () => ({ version: options.appVersion, databasePath: options.file }),
    ...organisationHandlers(db, now),
    ...unitHandlers(db, now),
    ...settingsHandlers(db),
    ...memberHandlers(db, now),
    ...eventHandlers(db, now),
    ...reminderHandlers(db, now),
    ...meetingHandlers(db, now),
    ...inspectionHandlers(db, now),
    ...ratingHandlers(db, now),
    ...duesHandlers(db, now),
    ...candidateHandlers(db, now),
    ...reportHandlers(db, now),
    ...exchangeHandlers(db, now),
    ...exportHandlers(db, now, options.appVersion),
    ...importHandlers(db, now, options.file),
    ...completenessHandlers(db, now),
    ...transferHandlers(db, now, options.appVersion),
    ...spreadsheetHandlers(db, now, options.file),
  } satisfies Handlers;
}

/** Opens the database file, migrates it (copying it first) and returns the services. */
export function openStore(options: StoreOptions): Store {
  let db: Db;
  try {
    db = openConnection(options.file, options);
  } catch (error) {
    throw new StoreOpenError('errors.database_unreadable', { file: options.file, reason: (error as Error).message });
  }
  let migration: MigrationOutcome;
  try {
    // A newer app's file must be refused untouched, and switching to WAL already writes the file's header.
    refuseNewerSchema(db, options.file, migrations);
    useWriteAheadLog(db);
    migration = migrate(db, options.file, migrations, options.now?.());
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError('errors.database_unreadable', { file: options.file, reason: (error as Error).message });
  }
  return {
    file: options.file,
    db,
    handlers: createHandlers(db, options),
    migration,
    close: () => db.close(),
  };
}
