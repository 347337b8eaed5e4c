import type { Migration } from './migration';

const MONTH = (column: string) =>
  `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(${column}, 6, 2) BETWEEN '01' AND '12'`;
const DAY = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

/**
 * Party dues (đảng phí): each member's income basis from a month on, the exemptions and reductions granted for a
 * window of months, and one payment per member and month. What a member owes is computed from these and the dated
 * rules, never stored. Categories, channels and reasons are spelled out on purpose: a migration is a snapshot.
 */
export const m012Dues: Migration = {
  version: 12,
  name: 'dues',
  up(db) {
    db.exec(`
      CREATE TABLE dues_bases (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id),
        from_month TEXT NOT NULL CHECK (${MONTH('from_month')}),
        category TEXT NOT NULL CHECK (category IN ('salary', 'pension', 'student', 'other')),
        -- The wage or pension; for students and fixed amounts, the monthly dues. Only a student's may be unknown.
        amount_vnd INTEGER CHECK (amount_vnd >= 0),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (member_id, from_month),
        CHECK (amount_vnd IS NOT NULL OR category = 'student')
      ) STRICT;

      CREATE TABLE dues_reliefs (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id),
        from_month TEXT NOT NULL CHECK (${MONTH('from_month')}),
        to_month TEXT CHECK (to_month IS NULL OR (${MONTH('to_month')} AND to_month >= from_month)),
        kind TEXT NOT NULL CHECK (kind IN ('exemption', 'reduction')),
        reason TEXT NOT NULL CHECK (reason IN ('social_pension', 'poor_household', 'serious_illness', 'hardship')),
        percent INTEGER,
        note TEXT,
        created_at TEXT NOT NULL,
        CHECK ((kind = 'reduction' AND percent IS NOT NULL AND percent BETWEEN 1 AND 99) OR (kind = 'exemption' AND percent IS NULL))
      ) STRICT;

      CREATE INDEX dues_reliefs_member ON dues_reliefs (member_id, from_month);

      CREATE TABLE dues_payments (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id),
        month TEXT NOT NULL CHECK (${MONTH('month')}),
        amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0),
        channel TEXT NOT NULL CHECK (channel IN ('portal', 'cash')),
        paid_on TEXT NOT NULL CHECK (${DAY('paid_on')}),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (member_id, month)
      ) STRICT;

      CREATE INDEX dues_payments_month ON dues_payments (month);
    `);
  },
};
