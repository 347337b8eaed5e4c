import type { Db } from '../connection';

export type AuditEntity =
  | 'member'
  | 'event'
  | 'organisation'
  | 'meeting'
  | 'inspection'
  | 'ktgs_plan'
  | 'rating'
  | 'dues'
  | 'candidate';
export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditRecord {
  entity: AuditEntity;
  entityId: number;
  /** The member the change concerns (the member itself or one of its events); null for organisations and meetings. */
  memberId: number | null;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Appends one row to the audit log; call it inside the transaction that makes the change. */
export function appendAudit(db: Db, record: AuditRecord, at: Date): void {
  db.prepare(
    `INSERT INTO audit_log (at, entity, entity_id, member_id, action, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(at.toISOString(), record.entity, record.entityId, record.memberId, record.action, json(record.before), json(record.after));
}
