import type { ContentEvent, ContentMember } from '../../../shared/exchange/content';
import type { MemberEvent } from '../../../shared/members/events';
import type { MemberRecord } from '../../../shared/members/record';
import type { MemberState } from '../../../shared/members/state-types';
import type { Period } from '../../../shared/reports/period';
import { memberStateOn } from '../../../shared/members/state';
import type { Db } from '../../connection';
import { eventsOfMembers } from '../../events/queries';
import { RECORD_COLUMNS, RECORD_SELECT } from '../../members/columns';

type RecordField = keyof MemberRecord;
type MemberRow = Record<RecordField, string | null> & { id: number; unitCode: string };

/** Every record field present, `null` when not given: the content document has no missing keys. */
export function contentRecord(row: Partial<Record<RecordField, string | null>>): ContentMember['record'] {
  const record = {} as Record<RecordField, string | null>;
  for (const field of Object.keys(RECORD_COLUMNS) as RecordField[]) record[field] = row[field] ?? null;
  return record as ContentMember['record'];
}

/** The event's fields other than its identity, type and date, those given only. */
/** What the content document says of a member's state: the replayed state's fields it carries. */
export function contentState(state: MemberState): ContentMember['state'] {
  const { status, countedHere, temporarilyAttached, admittedOn, officialOn, probationEndsOn, partyAgeMonths } = state;
  return { status, countedHere, temporarilyAttached, admittedOn, officialOn, probationEndsOn, partyAgeMonths };
}

export function contentEvent(memberId: number, event: MemberEvent): ContentEvent {
  const { id: _id, seq, type, date, ...rest } = event;
  const details: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) if (typeof value === 'string' || typeof value === 'number') details[key] = value;
  return { memberId, type, date, seq, details };
}

/**
 * Whether the member belongs in the period's snapshot: counted or temporarily attached on its last day, or counted
 * there at some time in it — on its first day, or with an event dated in it. Those who left during the period
 * (transferred out, died, removed…) are listed with their events, so that a parent can recompute the period's changes
 * and match transfers between units.
 */
function inSnapshot(history: readonly MemberEvent[], period: Period): boolean {
  const last = memberStateOn(history, period.to);
  if (last.countedHere || last.temporarilyAttached) return true;
  if (memberStateOn(history, period.from).countedHere) return true;
  return history.some((event) => event.date >= period.from && event.date <= period.to);
}

/**
 * The members of the units in `unitIds` who belong in the period's snapshot (`inSnapshot`), each with the state the
 * events give on the period's last day and all their events (a parent recomputes from them). Register order (by id),
 * events oldest first.
 */
export function memberSnapshot(db: Db, unitIds: readonly number[], period: Period): { members: ContentMember[]; events: ContentEvent[] } {
  const rows = db
    .prepare<[string], MemberRow>(
      `SELECT m.id, o.code AS unitCode, ${RECORD_SELECT}
         FROM members m JOIN organisations o ON o.id = m.unit_id
        WHERE m.unit_id IN (SELECT value FROM json_each(?)) ORDER BY m.id`,
    )
    .all(JSON.stringify(unitIds));
  const history = eventsOfMembers(
    db,
    rows.map((row) => row.id),
  );
  const members: ContentMember[] = [];
  const events: ContentEvent[] = [];
  for (const row of rows) {
    const own = history.get(row.id) ?? [];
    if (!inSnapshot(own, period)) continue;
    const state = memberStateOn(own, period.to);
    members.push({
      id: row.id,
      unitCode: row.unitCode,
      record: contentRecord(row),
      state: contentState(state),
    });
    for (const event of own) events.push(contentEvent(row.id, event));
  }
  return { members, events };
}
