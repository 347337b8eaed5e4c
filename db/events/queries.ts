import type { MemberEvent } from '../../shared/members/events';
import type { Db } from '../connection';
import { eventFromRow, type EventRow } from './columns';

const EVENT_SELECT = 'SELECT id, member_id, type, date, seq, decision_number, issued_by, note, details FROM member_events';

/** A member's events, oldest first (same-day events in the order they were recorded). */
export function eventsOfMember(db: Db, memberId: number): MemberEvent[] {
  return db
    .prepare<[number], EventRow>(`${EVENT_SELECT} WHERE member_id = ? ORDER BY date, seq`)
    .all(memberId)
    .map(eventFromRow);
}

/** The events of many members at once, oldest first, by member: one query however many members. */
export function eventsOfMembers(db: Db, memberIds: readonly number[]): Map<number, MemberEvent[]> {
  const byMember = new Map<number, MemberEvent[]>();
  const rows = db
    .prepare<[string], EventRow>(
      `${EVENT_SELECT} WHERE member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, date, seq`,
    )
    .all(JSON.stringify(memberIds));
  for (const row of rows) {
    const events = byMember.get(row.member_id);
    if (events) events.push(eventFromRow(row));
    else byMember.set(row.member_id, [eventFromRow(row)]);
  }
  return byMember;
}

export function findEvent(db: Db, id: number): { memberId: number; event: MemberEvent } | undefined {
  const row = db.prepare<[number], EventRow>(`${EVENT_SELECT} WHERE id = ?`).get(id);
  return row && { memberId: row.member_id, event: eventFromRow(row) };
}
