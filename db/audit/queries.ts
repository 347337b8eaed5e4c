import type { AuditEntry } from '../../shared/members/views';
import type { Db } from '../connection';

interface AuditRow {
  id: number;
  at: string;
  entity: AuditEntry['entity'];
  entity_id: number;
  action: AuditEntry['action'];
  before: string | null;
  after: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * Every change to a member's record and events, newest first. The log also ties dues and rating rows to the member;
 * those areas show their own records, and this story is the record's.
 */
export function memberAuditTrail(db: Db, memberId: number): AuditEntry[] {
  return db
    .prepare<[number], AuditRow>(
      `SELECT id, at, entity, entity_id, action, before, after FROM audit_log
        WHERE member_id = ? AND entity IN ('member', 'event') ORDER BY id DESC`,
    )
    .all(memberId)
    .map((row) => ({
      id: row.id,
      at: row.at,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      before: parse(row.before),
      after: parse(row.after),
    }));
}
