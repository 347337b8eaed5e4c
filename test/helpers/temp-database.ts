import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store, type StoreOptions } from '../../db/store';

export interface TempDatabase {
  /** Where the database goes, inside `dir`; the file does not exist until something opens it. */
  file: string;
  /** A fresh folder of its own, so the automatic backups/ beside the file are the test's too. */
  dir: string;
  /** Removes the folder and everything in it. */
  cleanup(): void;
}

export function tempDatabaseFile(name = 'sochibo.sqlite'): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'sochibo-test-'));
  return { file: join(dir, name), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempStore extends TempDatabase {
  store: Store;
}

/** A real store on a new file in a temporary folder; `cleanup` closes it (if still open) and removes the folder. */
export function openTempStore(options: Partial<Omit<StoreOptions, 'file'>> = {}): TempStore {
  const temp = tempDatabaseFile();
  const store = openStore({ appVersion: 'test', ...options, file: temp.file });
  return {
    ...temp,
    store,
    cleanup: () => {
      if (store.db.open) store.close();
      temp.cleanup();
    },
  };
}

/** What opening the store on `file` throws (a StoreOpenError, when the app refuses the file), or undefined. */
export function openStoreFailure(file: string): unknown {
  try {
    openStore({ file, appVersion: 'test' }).close();
  } catch (caught) {
    return caught;
  }
  return undefined;
}
