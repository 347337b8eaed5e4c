import type { Migration } from './migration';

/**
 * Lets the audit log record the rest of a cell's life: inspection and supervision records, the annual KTGS plan,
 * ratings, dues and admission candidates. Rebuilt like migration 008 (SQLite cannot alter a CHECK): every row, id and
 * timestamp kept, indexes and append-only triggers recreated.
 */
export const m009AuditCellLife: Migration = {
  version: 9,
  name: 'audit-cell-life',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN (
          'member', 'event', 'organisation', 'meeting', 'inspection', 'ktgs_plan', 'rating', 'dues', 'candidate'
        )),
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
