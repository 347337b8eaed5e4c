import type { MemberEventData } from '../../shared/members/events';
import type { Db } from '../connection';
import { eventColumns } from './columns';

export function insertEvent(db: Db, memberId: number, event: MemberEventData, seq: number, createdAt: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO member_events (member_id, type, date, seq, decision_number, issued_by, note, details, created_at)
       VALUES (@memberId, @type, @date, @seq, @decisionNumber, @issuedBy, @note, @details, @createdAt)`,
    )
    .run({ ...eventColumns(event), memberId, seq, createdAt });
  return Number(lastInsertRowid);
}

export function updateEvent(db: Db, id: number, event: MemberEventData, seq: number): void {
  db.prepare(
    `UPDATE member_events
        SET type = @type, date = @date, seq = @seq, decision_number = @decisionNumber, issued_by = @issuedBy,
            note = @note, details = @details
      WHERE id = @id`,
  ).run({ ...eventColumns(event), seq, id });
}

export function deleteEvent(db: Db, id: number): void {
  db.prepare('DELETE FROM member_events WHERE id = ?').run(id);
}
