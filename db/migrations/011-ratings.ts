import type { Migration } from './migration';

/**
 * The annual review and rating (kiểm điểm, xếp loại chất lượng): one row per year for each member or unit rated, with
 * the level, or for a member the reason the cell did not rate them. A member with nothing decided has no row. One
 * table for both, so every rating has its own id for the audit log ('rating'). Levels are spelled out on purpose: a
 * migration is a snapshot.
 */
export const m011Ratings: Migration = {
  version: 11,
  name: 'ratings',
  up(db) {
    db.exec(`
      CREATE TABLE ratings (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1930 AND 2200),
        member_id INTEGER REFERENCES members (id),
        organisation_id INTEGER REFERENCES organisations (id),
        level TEXT CHECK (level IN ('htxs', 'htt', 'ht', 'kht')),
        not_rated_reason TEXT CHECK (not_rated_reason <> ''),
        updated_at TEXT NOT NULL,
        CHECK ((member_id IS NULL) <> (organisation_id IS NULL)),
        CHECK ((level IS NULL) <> (not_rated_reason IS NULL)),
        CHECK (organisation_id IS NULL OR level IS NOT NULL)
      ) STRICT;

      CREATE UNIQUE INDEX ratings_member_year ON ratings (year, member_id) WHERE member_id IS NOT NULL;
      CREATE UNIQUE INDEX ratings_unit_year ON ratings (year, organisation_id) WHERE organisation_id IS NOT NULL;
      CREATE INDEX ratings_member ON ratings (member_id) WHERE member_id IS NOT NULL;
    `);
  },
};
