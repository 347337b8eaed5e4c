import type { Handlers } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import type { MemberEvent } from '../../shared/members/events';
import { appendAudit } from '../audit/mutations';
import { unchanged } from '../audit/unchanged';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { memberDetail, requireMember } from '../members/detail';
import { eventSnapshot } from './columns';
import { nextSeq, pendingId, refuseUnfitHistory } from './history';
import { deleteEvent, insertEvent, updateEvent } from './mutations';
import { eventsOfMember, findEvent } from './queries';

type EventCalls = 'events.add' | 'events.update' | 'events.delete';

/**
 * Changes to a member's history. Each re-checks the WHOLE history as it would be afterwards, because one event
 * decides what may follow it: correcting an admission date can make a later recognition too early, deleting a
 * recognition makes the member probationary again. The answer is the member's page as it now stands.
 */
export function eventHandlers(db: Db, now: () => Date): Pick<Handlers, EventCalls> {
  const requireEvent = (id: number) => {
    const found = findEvent(db, id);
    if (!found) throw new ApiFailure('not_found', 'errors.event_not_found', { id });
    return found;
  };

  /** The change under way is what makes the history not fit, so the form's date field is marked. */
  const eventDate = () => 'event.date';

  return {
    'events.add': ({ memberId, event }) =>
      db.transaction(() => {
        const at = now();
        const member = requireMember(db, memberId);
        const history = eventsOfMember(db, memberId);
        const added: MemberEvent = { ...event, id: pendingId(0), seq: nextSeq(history, event.date) };
        refuseUnfitHistory([...history, added], { birthDate: member.record.birthDate, today: localDate(at) }, eventDate);
        const id = insertEvent(db, memberId, event, added.seq, at.toISOString());
        appendAudit(db, { entity: 'event', entityId: id, memberId, action: 'create', before: null, after: event }, at);
        return memberDetail(db, memberId, localDate(at));
      }).immediate(),

    'events.update': ({ id, event }) =>
      db.transaction(() => {
        const at = now();
        const { memberId, event: stored } = requireEvent(id);
        const member = requireMember(db, memberId);
        const before = eventSnapshot(stored);
        if (!unchanged(before, event)) {
          const others = eventsOfMember(db, memberId).filter((other) => other.id !== id);
          // Moved to another day, it comes after the events already recorded on that day.
          const seq = event.date === stored.date ? stored.seq : nextSeq(others, event.date);
          refuseUnfitHistory([...others, { ...event, id, seq }], { birthDate: member.record.birthDate, today: localDate(at) }, eventDate);
          updateEvent(db, id, event, seq);
          appendAudit(db, { entity: 'event', entityId: id, memberId, action: 'update', before, after: event }, at);
        }
        return memberDetail(db, memberId, localDate(at));
      }).immediate(),

    'events.delete': ({ id }) =>
      db.transaction(() => {
        const at = now();
        const { memberId, event: stored } = requireEvent(id);
        const member = requireMember(db, memberId);
        const remaining = eventsOfMember(db, memberId).filter((other) => other.id !== id);
        refuseUnfitHistory(remaining, { birthDate: member.record.birthDate, today: localDate(at) }, () => undefined);
        deleteEvent(db, id);
        appendAudit(db, { entity: 'event', entityId: id, memberId, action: 'delete', before: eventSnapshot(stored), after: null }, at);
        return memberDetail(db, memberId, localDate(at));
      }).immediate(),
  };
}
