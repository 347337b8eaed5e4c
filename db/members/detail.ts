import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import { memberStateOn, sortEvents } from '../../shared/members/state';
import type { MemberDetail } from '../../shared/members/views';
import type { Db } from '../connection';
import { eventsOfMember } from '../events/queries';
import { findMember, type StoredMember } from './queries';

export function requireMember(db: Db, id: number): StoredMember {
  const member = findMember(db, id);
  if (!member) throw new ApiFailure('not_found', 'errors.member_not_found', { id });
  return member;
}

/** The member's page: record, unit, events oldest first and the state they give on `today`. */
export function memberDetail(db: Db, id: number, today: IsoDate): MemberDetail {
  const member = requireMember(db, id);
  const events = sortEvents(eventsOfMember(db, id));
  return {
    id: member.id,
    unitCode: member.unitCode,
    unitName: member.unitName,
    record: member.record,
    events,
    state: memberStateOn(events, today),
  };
}
