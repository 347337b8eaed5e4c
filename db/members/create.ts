import type { MemberEvent, MemberEventData } from '../../shared/members/events';
import type { MemberRecord } from '../../shared/members/record';
import { appendAudit } from '../audit/mutations';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { eventSnapshot } from '../events/columns';
import { nextSeq, pendingId, pendingIndex, refuseUnfitHistory } from '../events/history';
import { insertEvent } from '../events/mutations';
import { refuseDuplicates } from './duplicates';
import { insertMember } from './mutations';
import { memberSnapshot } from './snapshot';
import { memberUnit } from './unit';

export interface NewMember {
  record: MemberRecord;
  /** The unit's code; absent means the home unit. */
  unitCode?: string | undefined;
  /** What is known of the member's history at entry (admission, recognition…), checked together. */
  events: readonly MemberEventData[];
}

/**
 * Adds a member with their first events and the audit rows, inside the caller's transaction (the spreadsheet import
 * adds a whole file in one). Refusals are ApiFailures whose issue paths name the input: `unitCode`,
 * `record.citizenId`, `record.partyCardNumber`, `events.<index>.date`. Returns the new member's id.
 */
export function createMember(db: Db, input: NewMember, now: Date): number {
  const unit = memberUnit(db, input.unitCode);
  refuseDuplicates(db, input.record, null);

  const history: MemberEvent[] = [];
  input.events.forEach((event, index) => history.push({ ...event, id: pendingId(index), seq: nextSeq(history, event.date) }));
  refuseUnfitHistory(history, { birthDate: input.record.birthDate, today: localDate(now) }, (offending) =>
    offending ? `events.${pendingIndex(offending.id)}.date` : undefined,
  );

  const at = now.toISOString();
  const memberId = insertMember(db, input.record, unit.id, at);
  appendAudit(
    db,
    { entity: 'member', entityId: memberId, memberId, action: 'create', before: null, after: memberSnapshot(input.record, unit.code) },
    now,
  );
  for (const event of history) {
    const data = eventSnapshot(event);
    const eventId = insertEvent(db, memberId, data, event.seq, at);
    appendAudit(db, { entity: 'event', entityId: eventId, memberId, action: 'create', before: null, after: data }, now);
  }
  return memberId;
}
