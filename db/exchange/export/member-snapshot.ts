import type { IsoDate } from '../../../shared/dates/calendar';
import type { ContentEvent, ContentMember } from '../../../shared/exchange/content';
import type { MemberEvent } from '../../../shared/members/events';
import type { MemberRecord } from '../../../shared/members/record';
import { memberStateOn } from '../../../shared/members/state';
import type { Db } from '../../connection';
import { eventsOfMembers } from '../../events/queries';
import { RECORD_COLUMNS, RECORD_SELECT } from '../../members/columns';

type RecordField = keyof MemberRecord;
type MemberRow = Record<RecordField, string | null> & { id: number; unitCode: string };

/** Every record field present, `null` when not given: the content document has no missing keys. */
function contentRecord(row: MemberRow): ContentMember['record'] {
  const record = {} as Record<RecordField, string | null>;
  for (const field of Object.keys(RECORD_COLUMNS) as RecordField[]) record[field] = row[field];
  return record as ContentMember['record'];
}

/** The event's fields other than its identity, type and date, those given only. */
function contentEvent(memberId: number, event: MemberEvent): ContentEvent {
  const { id: _id, seq, type, date, ...rest } = event;
  const details: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) if (typeof value === 'string' || typeof value === 'number') details[key] = value;
  return { memberId, type, date, seq, details };
}

/**
 * The members of the units in `unitIds` counted there or temporarily attached there on `asOf`, as the events say on
 * that day, with all their events (a parent recomputes from them). Register order (by id), events oldest first.
 */
export function memberSnapshot(db: Db, unitIds: readonly number[], asOf: IsoDate): { members: ContentMember[]; events: ContentEvent[] } {
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
    const state = memberStateOn(own, asOf);
    if (!state.countedHere && !state.temporarilyAttached) continue;
    members.push({
      id: row.id,
      unitCode: row.unitCode,
      record: contentRecord(row),
      state: {
        status: state.status,
        countedHere: state.countedHere,
        temporarilyAttached: state.temporarilyAttached,
        admittedOn: state.admittedOn,
        officialOn: state.officialOn,
        probationEndsOn: state.probationEndsOn,
        partyAgeMonths: state.partyAgeMonths,
      },
    });
    for (const event of own) events.push(contentEvent(row.id, event));
  }
  return { members, events };
}
