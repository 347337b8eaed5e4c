import type { Migration } from './migration';

/**
 * Lets the audit log record meetings. SQLite cannot alter a CHECK, so the table is rebuilt (as its docs prescribe:
 * new table, copy, drop, rename) with every row, id and timestamp kept, and its indexes and append-only triggers
 * recreated. Dropping the old table fires no DELETE trigger. `member_id` stays null for meeting rows.
 */
export const m008AuditMeetings: Migration = {
  version: 8,
  name: 'audit-meetings',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('member', 'event', 'organisation', 'meeting')),
        entity_id INTEGER NOT NULL,
        member_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      ) STRICT;

      INSERT INTO audit_log_new (id, at, entity, entity_id, member_id, action, before, after)
        SELECT id, at, entity, entity_id, member_id, action, before, after FROM audit_log ORDER BY id;

      DROP TABLE audit_log;
      ALTER TABLE audit_log_new RENAME TO audit_log;

      CREATE INDEX audit_log_member ON audit_log (member_id) WHERE member_id IS NOT NULL;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;

      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
    `);
  },
};
