import type { IsoDate } from '../../shared/dates/calendar';
import type { MemberEvent } from '../../shared/members/events';
import { memberStateOn } from '../../shared/members/state';
import type { Db } from '../connection';
import { eventsOfMembers } from '../events/queries';
import { memberIdsInUnit } from './queries';

const presentOn = (events: readonly MemberEvent[], day: IsoDate) => {
  const state = memberStateOn(events, day);
  return state.countedHere || state.temporarilyAttached;
};

/**
 * How many members registered in the unit take part in its life on that day or after it (counted in it, or
 * temporarily attached to it). A unit cannot close while any do: a member whose arrival is recorded after the
 * closing day would otherwise belong to a unit that no longer exists.
 */
export function membersPresentInUnitFrom(db: Db, unitId: number, day: IsoDate): number {
  const ids = memberIdsInUnit(db, unitId);
  const eventsById = eventsOfMembers(db, ids);
  return ids.filter((id) => {
    const events = eventsById.get(id) ?? [];
    // Presence changes only on event days, so checking the day itself and each later event day is enough.
    const days = [day, ...events.filter((event) => event.date > day).map((event) => event.date)];
    return days.some((on) => presentOn(events, on));
  }).length;
}
