import type { Migration } from './migration';

/**
 * Who-changed-what for members, their events and the organisations: one row per change, with the values before and
 * after as JSON. Append-only in the database itself, so no code path (nor a hand-run statement) can rewrite history.
 * No foreign keys: the log must outlive anything it mentions.
 */
export const m006AuditLog: Migration = {
  version: 6,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('member', 'event', 'organisation')),
        entity_id INTEGER NOT NULL,
        -- The member a row concerns (the member itself or one of its events), to show a member's whole history.
        member_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      ) STRICT;

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
