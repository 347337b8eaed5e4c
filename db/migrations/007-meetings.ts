import type { Migration } from './migration';

/**
 * Cell meetings (sinh hoạt chi bộ): the minutes' facts, the guests, and each member's attendance. Times are 'HH:MM'
 * on the meeting's day. Kinds and presences are spelled out on purpose: a migration is a snapshot.
 */
export const m007Meetings: Migration = {
  version: 7,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('regular', 'thematic', 'combined', 'extraordinary')),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        end_time TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        place TEXT,
        chair TEXT,
        secretary TEXT,
        agenda TEXT,
        conclusions TEXT,
        resolution TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_time > start_time)
      ) STRICT;

      CREATE INDEX meetings_date ON meetings (date, start_time);

      CREATE TABLE meeting_guests (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        position_in_list INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (name <> ''),
        position TEXT,
        body TEXT,
        upper_level INTEGER NOT NULL CHECK (upper_level IN (0, 1)),
        UNIQUE (meeting_id, position_in_list)
      ) STRICT;

      CREATE TABLE meeting_attendance (
        meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members (id),
        presence TEXT NOT NULL CHECK (presence IN ('present', 'excused', 'absent')),
        reason TEXT,
        PRIMARY KEY (meeting_id, member_id),
        CHECK (presence <> 'excused' OR (reason IS NOT NULL AND reason <> ''))
      ) STRICT;

      CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);
    `);
  },
};
