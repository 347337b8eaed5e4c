import type { Migration } from './migration';

/**
 * The member's record: who the person is and the unit of this register where they are registered. Nothing here
 * says whether they are a member on a given day; that is computed from member_events. The coded enumerations are
 * spelled out on purpose: a migration is a snapshot and must not change when the code's lists do.
 */
export const m004Members: Migration = {
  version: 4,
  name: 'members',
  up(db) {
    db.exec(`
      CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisations (id),
        full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
        gender TEXT NOT NULL CHECK (gender IN ('nam', 'nu')),
        birth_date TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        birth_name TEXT,
        birth_place TEXT,
        hometown TEXT,
        permanent_address TEXT,
        temporary_address TEXT,
        ethnicity TEXT NOT NULL CHECK (ethnicity = '99' OR (ethnicity GLOB '[0-9][0-9]' AND ethnicity BETWEEN '01' AND '54')),
        religion TEXT NOT NULL CHECK (religion IN ('khong', 'phat_giao', 'cong_giao', 'tin_lanh', 'cao_dai', 'hoa_hao',
                                                  'hoi_giao', 'ba_la_mon', 'khac')),
        citizen_id TEXT CHECK (citizen_id GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
        phone TEXT,
        occupation TEXT,
        position TEXT,
        general_education TEXT,
        qualification TEXT CHECK (qualification IN ('trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si')),
        academic_title TEXT CHECK (academic_title IN ('pgs', 'gs')),
        theory_level TEXT CHECK (theory_level IN ('so_cap', 'trung_cap', 'cao_cap', 'cu_nhan')),
        party_card_number TEXT CHECK (party_card_number GLOB '[0-9]*' AND party_card_number NOT GLOB '*[^0-9.]*'),
        note TEXT,
        -- Folded name, card number and citizen ID (marks stripped, đ → d, lower case) for searching without diacritics.
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX members_unit ON members (unit_id);
      CREATE UNIQUE INDEX members_citizen_id ON members (citizen_id) WHERE citizen_id IS NOT NULL;
      -- "52.012345" and "52012345" are the same card: people type the dots or not.
      CREATE UNIQUE INDEX members_party_card ON members (replace(party_card_number, '.', ''))
        WHERE party_card_number IS NOT NULL;
    `);
  },
};
