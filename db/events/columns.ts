import type { MemberEvent, MemberEventData } from '../../shared/members/events';

/** An event as its row holds it: the fields every type has in columns, the rest as JSON in `details`. */
export interface EventRow {
  id: number;
  member_id: number;
  type: MemberEventData['type'];
  date: string;
  seq: number;
  decision_number: string | null;
  issued_by: string | null;
  note: string | null;
  details: string;
}

export function eventColumns(event: MemberEventData) {
  const { type, date, decisionNumber, issuedBy, note, ...details } = event;
  return {
    type,
    date,
    decisionNumber: decisionNumber ?? null,
    issuedBy: issuedBy ?? null,
    note: note ?? null,
    details: JSON.stringify(details),
  };
}

/**
 * The event a row holds. The row was written from an event validated by memberEventSchema, so the type's own
 * fields are in `details`; absent optional fields stay absent, as the schema gives them.
 */
export function eventFromRow(row: EventRow): MemberEvent {
  return {
    id: row.id,
    seq: row.seq,
    type: row.type,
    date: row.date,
    ...(row.decision_number !== null ? { decisionNumber: row.decision_number } : {}),
    ...(row.issued_by !== null ? { issuedBy: row.issued_by } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
    ...(JSON.parse(row.details) as object),
  } as MemberEvent;
}

/** What the audit log keeps of an event: its data, without the row's identity. */
export function eventSnapshot({ id: _id, seq: _seq, ...data }: MemberEvent): MemberEventData {
  return data;
}
