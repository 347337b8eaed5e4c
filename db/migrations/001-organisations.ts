import type { Migration } from './migration';

/**
 * Organisations and the one this register belongs to. The list of kinds is spelled out here on purpose: a migration
 * is a snapshot and must not change when the code's list does.
 */
export const m001Organisations: Migration = {
  version: 1,
  name: 'organisations',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('chi_bo', 'chi_bo_co_so', 'dang_bo_bo_phan', 'dang_bo_co_so', 'cap_tren')),
        parent_id INTEGER REFERENCES organisations (id),
        created_at TEXT NOT NULL
      ) STRICT;

      -- At most one row: the organisation that keeps this register. Its parent is outside the register, so only its
      -- code and name are known.
      CREATE TABLE home_organisation (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations (id),
        parent_code TEXT,
        parent_name TEXT,
        CHECK ((parent_code IS NULL) = (parent_name IS NULL))
      ) STRICT;
    `);
  },
};
