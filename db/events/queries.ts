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

type ReplayRow = [memberId: number, id: number, type: MemberEvent['type'], date: string, seq: number, details: string];

const REPLAY_EVENTS = `
  SELECT member_id, id, type, date, seq, details FROM member_events
   WHERE member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, date, seq`;

/**
 * The events of many members as the replay needs them, for lists of thousands: like `eventsOfMembers` (oldest
 * first, by member, one query) but without the decision number, issuer and note, which the replay never reads and
 * the event types hold as optional. The rows are read as arrays and `details` parsed only when it holds something.
 * Each member's events come in `sortEvents` order ((date, seq) is unique per member), ready for the replay.
 * Not for showing or checking events: use `eventsOfMembers`.
 */
export function replayEventsOfMembers(db: Db, memberIds: readonly number[]): Map<number, MemberEvent[]> {
  const byMember = new Map<number, MemberEvent[]>();
  const rows = db.prepare<[string], ReplayRow>(REPLAY_EVENTS).raw(true).all(JSON.stringify(memberIds)) as unknown as ReplayRow[];
  for (const [memberId, id, type, date, seq, details] of rows) {
    const event = (details === '{}' ? { id, seq, type, date } : { id, seq, type, date, ...(JSON.parse(details) as object) }) as MemberEvent;
    const events = byMember.get(memberId);
    if (events) events.push(event);
    else byMember.set(memberId, [event]);
  }
  return byMember;
}

export function findEvent(db: Db, id: number): { memberId: number; event: MemberEvent } | undefined {
  const row = db.prepare<[number], EventRow>(`${EVENT_SELECT} WHERE id = ?`).get(id);
  return row && { memberId: row.member_id, event: eventFromRow(row) };
}
