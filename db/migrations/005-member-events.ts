import type { Migration } from './migration';

/**
 * What happened to a member, each on a date: the truth that status, party age and membership are computed from.
 * `seq` orders events of the same day in the order they were recorded. The fields only some types have
 * (ceremonyDate, otherUnit, form, years, title) are kept as JSON in `details`. The types are spelled out on purpose:
 * a migration is a snapshot.
 */
export const m005MemberEvents: Migration = {
  version: 5,
  name: 'member-events',
  up(db) {
    db.exec(`
      CREATE TABLE member_events (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id),
        type TEXT NOT NULL CHECK (type IN ('admitted', 'made_official', 'transferred_in', 'transferred_out',
          'temporary_in', 'temporary_in_end', 'temporary_out', 'temporary_out_return', 'exemption_start',
          'exemption_end', 'discipline', 'removed', 'withdrew', 'died', 'badge', 'reward')),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        decision_number TEXT,
        issued_by TEXT,
        note TEXT,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details) AND json_type(details) = 'object'),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX member_events_history ON member_events (member_id, date, seq);
    `);
  },
};
