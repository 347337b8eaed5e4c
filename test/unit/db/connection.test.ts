import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection } from '../../../db/connection';
import { StoreOpenError } from '../../../db/errors';
import { openStore } from '../../../db/store';
import { openStoreFailure, tempDatabaseFile, type TempDatabase } from '../../helpers/temp-database';

describe('the database connection', () => {
  let temp: TempDatabase;

  beforeEach(() => {
    temp = tempDatabaseFile();
  });

  afterEach(() => temp.cleanup());

  it('opens the store in WAL mode with foreign keys enforced and a busy timeout', () => {
    const store = openStore({ file: temp.file, appVersion: 'test' });
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    } finally {
      store.close();
    }
  });

  it('creates the folders leading to a new file', () => {
    const file = join(temp.dir, 'nested', 'deeper', 'register.sqlite');
    const db = openConnection(file);
    try {
      expect(existsSync(file)).toBe(true);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
  });

  it('reports a file that is not a database as unreadable, naming the file, and leaves it alone', () => {
    const content = 'Họ và tên;Ngày sinh\n'.repeat(200);
    writeFileSync(temp.file, content);

    const error = openStoreFailure(temp.file);

    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({
      key: 'errors.database_unreadable',
      params: { file: temp.file, reason: expect.stringMatching(/not a database/) },
    });
    expect(readFileSync(temp.file, 'utf8')).toBe(content);
  });
});
