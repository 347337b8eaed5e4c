import type { Migration } from './migration';

/**
 * Exchange files received at the parent (issue 6, import), and the log of every import attempt.
 *
 * - `exchange_files`: each accepted file, byte for byte as received (the export of a committee nests them unchanged,
 *   so every signature can be checked again above), with its manifest text and the decrypted content. "The latest
 *   file of a unit for a period" is the row with the highest revision for (unit_code, period).
 * - `exchange_import_log`: one row per file per import, refused ones too, with the reason as an i18n key and its
 *   parameters; append-only like audit_log, so the history shows what really happened.
 * - `unit_keys` is rebuilt so that a key pinned from a received file may lack the X25519 key: a file carries only
 *   the producer's signing key, and a parent never encrypts downward. The unit's own key still needs both.
 */
export const m016ExchangeFiles: Migration = {
  version: 16,
  name: 'exchange-files',
  up(db) {
    db.exec(`
      CREATE TABLE unit_keys_016 (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id),
        origin TEXT NOT NULL CHECK (origin IN ('own', 'pinned')),
        signing_key TEXT NOT NULL CHECK (length(signing_key) = 44 AND signing_key GLOB '*=' AND signing_key NOT GLOB '*==*'),
        exchange_key TEXT CHECK (exchange_key IS NULL OR (length(exchange_key) = 44 AND exchange_key GLOB '*=' AND exchange_key NOT GLOB '*==*')),
        fingerprint TEXT NOT NULL CHECK (fingerprint GLOB
          '[0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9]'),
        created_at TEXT NOT NULL,
        retired_at TEXT,
        CHECK (retired_at IS NULL OR retired_at >= created_at),
        CHECK (origin = 'pinned' OR exchange_key IS NOT NULL),
        UNIQUE (organisation_id, signing_key)
      ) STRICT;
      INSERT INTO unit_keys_016 (id, organisation_id, origin, signing_key, exchange_key, fingerprint, created_at, retired_at)
        SELECT id, organisation_id, origin, signing_key, exchange_key, fingerprint, created_at, retired_at FROM unit_keys;
      DROP TABLE unit_keys;
      ALTER TABLE unit_keys_016 RENAME TO unit_keys;
      CREATE UNIQUE INDEX unit_keys_current ON unit_keys (organisation_id) WHERE retired_at IS NULL;

      CREATE TABLE exchange_files (
        id INTEGER PRIMARY KEY,
        unit_code TEXT NOT NULL,
        period TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision BETWEEN 1 AND 1000000),
        bundle_id TEXT NOT NULL UNIQUE,
        supersedes TEXT,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        bytes BLOB NOT NULL,
        manifest TEXT NOT NULL CHECK (json_valid(manifest)),
        content TEXT CHECK (content IS NULL OR json_valid(content)),
        received_at TEXT NOT NULL,
        UNIQUE (unit_code, period, revision)
      ) STRICT;

      CREATE TABLE exchange_import_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        unit_code TEXT,
        period TEXT,
        revision INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN
          ('accept', 'supersede', 'already', 'stale', 'conflict', 'untrusted', 'key_changed', 'wrong_parent', 'not_ours', 'invalid')),
        reason TEXT NOT NULL,
        reason_params TEXT NOT NULL CHECK (json_valid(reason_params))
      ) STRICT;

      CREATE TRIGGER exchange_import_log_no_update BEFORE UPDATE ON exchange_import_log
      BEGIN
        SELECT RAISE(ABORT, 'exchange_import_log is append-only');
      END;

      CREATE TRIGGER exchange_import_log_no_delete BEFORE DELETE ON exchange_import_log
      BEGIN
        SELECT RAISE(ABORT, 'exchange_import_log is append-only');
      END;
    `);
  },
};
