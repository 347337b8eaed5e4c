import type { Migration } from './migration';

/**
 * Public keys of units (issue 6, upward exchange). The home unit's own keys ('own': their private halves are in the
 * key file beside the database, never in it, so a copy of the database cannot sign) and, later, the keys the parent
 * pins for the units that send it files ('pinned'). A unit has at most one current key; a replaced key is kept,
 * retired, so old files can still be checked. Keys are base64 of 32 raw bytes (44 characters); the fingerprint is
 * six groups of five digits.
 */
export const m014UnitKeys: Migration = {
  version: 14,
  name: 'unit-keys',
  up(db) {
    db.exec(`
      CREATE TABLE unit_keys (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id),
        origin TEXT NOT NULL CHECK (origin IN ('own', 'pinned')),
        signing_key TEXT NOT NULL CHECK (length(signing_key) = 44 AND signing_key GLOB '*=' AND signing_key NOT GLOB '*==*'),
        exchange_key TEXT NOT NULL CHECK (length(exchange_key) = 44 AND exchange_key GLOB '*=' AND exchange_key NOT GLOB '*==*'),
        fingerprint TEXT NOT NULL CHECK (fingerprint GLOB
          '[0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9] [0-9][0-9][0-9][0-9][0-9]'),
        created_at TEXT NOT NULL,
        retired_at TEXT,
        CHECK (retired_at IS NULL OR retired_at >= created_at),
        UNIQUE (organisation_id, signing_key)
      ) STRICT;

      -- One current key per unit.
      CREATE UNIQUE INDEX unit_keys_current ON unit_keys (organisation_id) WHERE retired_at IS NULL;
    `);
  },
};
