import type { Migration } from './migration';

/**
 * Inspection and supervision (kiểm tra, giám sát): the annual plan's items, the records of rounds received from upper
 * bodies or conducted by the unit, and each record's recommendations with their remediation status. A subject is a
 * unit of the register or a member, exactly one. A resulting discipline points at the member's discipline event and
 * is forgotten (not the record) if that event is deleted. Codes are spelled out on purpose: a migration is a snapshot.
 */
export const m010Inspections: Migration = {
  version: 10,
  name: 'inspections',
  up(db) {
    db.exec(`
      CREATE TABLE ktgs_plan_items (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1930 AND 2200),
        activity TEXT NOT NULL CHECK (activity IN ('kiem_tra', 'giam_sat')),
        kind TEXT NOT NULL CHECK (kind IN ('thuong_xuyen', 'chuyen_de', 'dau_hieu_vi_pham', 'khieu_nai_to_cao')),
        subject_unit_id INTEGER REFERENCES organisations (id),
        subject_member_id INTEGER REFERENCES members (id),
        subject_text TEXT CHECK (subject_text IS NULL OR subject_text <> ''),
        period TEXT NOT NULL CHECK (period IN ('year', 'Q1', 'Q2', 'Q3', 'Q4', 'M01', 'M02', 'M03', 'M04', 'M05',
          'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12')),
        content TEXT NOT NULL CHECK (content <> ''),
        conducted_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((subject_unit_id IS NOT NULL) + (subject_member_id IS NOT NULL) + (subject_text IS NOT NULL) = 1)
      ) STRICT;

      CREATE INDEX ktgs_plan_items_year ON ktgs_plan_items (year);

      CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('received', 'conducted')),
        activity TEXT NOT NULL CHECK (activity IN ('kiem_tra', 'giam_sat')),
        kind TEXT NOT NULL CHECK (kind IN ('thuong_xuyen', 'chuyen_de', 'dau_hieu_vi_pham', 'khieu_nai_to_cao')),
        basis TEXT NOT NULL CHECK (basis IN ('plan', 'ad_hoc')),
        plan_item_id INTEGER REFERENCES ktgs_plan_items (id),
        conducted_by TEXT NOT NULL CHECK (conducted_by <> ''),
        team TEXT,
        start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        end_date TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        subject_unit_id INTEGER REFERENCES organisations (id),
        subject_member_id INTEGER REFERENCES members (id),
        content TEXT,
        strengths TEXT,
        shortcomings TEXT,
        violation INTEGER NOT NULL CHECK (violation IN (0, 1)),
        conclusion TEXT,
        discipline_event_id INTEGER REFERENCES member_events (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK ((subject_unit_id IS NULL) <> (subject_member_id IS NULL)),
        CHECK (basis = 'plan' OR plan_item_id IS NULL),
        CHECK (discipline_event_id IS NULL OR subject_member_id IS NOT NULL)
      ) STRICT;

      CREATE INDEX inspections_start ON inspections (start_date);
      CREATE INDEX inspections_plan_item ON inspections (plan_item_id) WHERE plan_item_id IS NOT NULL;
      CREATE INDEX inspections_discipline ON inspections (discipline_event_id) WHERE discipline_event_id IS NOT NULL;

      CREATE TABLE inspection_recommendations (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
        position_in_list INTEGER NOT NULL CHECK (position_in_list >= 1),
        content TEXT NOT NULL CHECK (content <> ''),
        deadline TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        responsible TEXT,
        done_on TEXT CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT,
        UNIQUE (inspection_id, position_in_list)
      ) STRICT;

      CREATE INDEX inspection_recommendations_open ON inspection_recommendations (deadline) WHERE done_on IS NULL;
    `);
  },
};
