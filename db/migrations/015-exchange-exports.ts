import type { Migration } from './migration';

/**
 * The exchange files this register has exported (issue 6, export): one row per file made, so that the next file of
 * the same (unit, period) gets the next revision and names the one it supersedes. The file's bytes are not kept — the
 * user keeps the file; its SHA-256 says which one it was. `encrypted_to` is the fingerprint of the key card the
 * content was encrypted to, null for a plain file.
 */
export const m015ExchangeExports: Migration = {
  version: 15,
  name: 'exchange-exports',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_exports (
        id INTEGER PRIMARY KEY,
        unit_code TEXT NOT NULL CHECK (unit_code <> ''),
        period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]*'),
        revision INTEGER NOT NULL CHECK (revision BETWEEN 1 AND 1000000),
        bundle_id TEXT NOT NULL UNIQUE CHECK (length(bundle_id) = 36),
        supersedes TEXT CHECK (supersedes IS NULL OR length(supersedes) = 36),
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        file_name TEXT NOT NULL CHECK (file_name <> ''),
        created_at TEXT NOT NULL,
        encrypted_to TEXT CHECK (encrypted_to IS NULL OR length(encrypted_to) = 35),
        UNIQUE (unit_code, period, revision),
        CHECK ((revision = 1) = (supersedes IS NULL))
      ) STRICT;
    `);
  },
};
