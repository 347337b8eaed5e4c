import type { Migration } from './migration';

/**
 * The admission pipeline (phát triển đảng viên): a person followed before admission, with the record they will carry
 * as a member, the unit they will join, the dated stages and the officials who help them. Once the ceremony is
 * recorded the candidate points to the member it created and is kept as history. Coded values are spelled out on
 * purpose: a migration is a snapshot.
 */
export const m013Candidates: Migration = {
  version: 13,
  name: 'candidates',
  up(db) {
    db.exec(`
      CREATE TABLE candidates (
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
        note TEXT,
        identified_on TEXT NOT NULL CHECK (identified_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        certificate_on TEXT CHECK (certificate_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        certificate_number TEXT,
        application_on TEXT CHECK (application_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        verification_on TEXT CHECK (verification_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        resolution_on TEXT CHECK (resolution_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        decision_on TEXT CHECK (decision_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        decision_number TEXT,
        decision_body TEXT,
        ceremony_on TEXT CHECK (ceremony_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        member_id INTEGER UNIQUE REFERENCES members (id),
        dropped_on TEXT CHECK (dropped_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        drop_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Stages come in order; a missing stage compares as NULL and passes, the service requires each one's predecessor.
        CHECK (certificate_on >= identified_on AND application_on >= certificate_on AND verification_on >= application_on
               AND resolution_on >= verification_on AND decision_on >= resolution_on AND ceremony_on >= decision_on),
        CHECK (decision_on IS NULL OR (decision_number IS NOT NULL AND decision_body IS NOT NULL)),
        -- The ceremony is recorded only together with the member it creates.
        CHECK ((ceremony_on IS NULL) = (member_id IS NULL)),
        CHECK (member_id IS NULL OR decision_on IS NOT NULL),
        CHECK ((dropped_on IS NULL) = (drop_reason IS NULL)),
        CHECK (dropped_on IS NULL OR member_id IS NULL)
      ) STRICT;

      CREATE INDEX candidates_unit ON candidates (unit_id);

      CREATE TABLE candidate_helpers (
        candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        position_in_list INTEGER NOT NULL,
        member_id INTEGER REFERENCES members (id),
        name TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
        PRIMARY KEY (candidate_id, position_in_list),
        -- A member of this register, or someone named only.
        CHECK ((member_id IS NULL) <> (name IS NULL))
      ) STRICT;

      CREATE INDEX candidate_helpers_member ON candidate_helpers (member_id);
    `);
  },
};
