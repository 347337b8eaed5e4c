import type { Migration } from './migration';

/**
 * The deadline a committee sets for its units' files of a period (issue 6, completeness). Without a row the rule
 * REPORT_DEADLINE_DAYS (shared/rules/report-deadline.ts) gives it; a row is the committee's own choice for that period.
 */
export const m017ReportDeadlines: Migration = {
  version: 17,
  name: 'report-deadlines',
  up(db) {
    db.exec(`
      CREATE TABLE report_deadlines (
        period TEXT PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]*'),
        due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        set_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
