import { monthsBetween, type IsoDate } from '../dates/calendar';
import { nextBadge } from './badges';
import { sortEvents, type HistoryEvent } from './history';
import { applyEvent, inParty, probationEnd, registeredHere, startWalk, type Walk } from './replay';
import type { MemberState, MemberStatus } from './state-types';

// The member domain's entry point: other layers import replay, ordering and checking from here.
export { checkEventHistory } from './event-fit';
export { sortEvents, type HistoryEvent } from './history';

/** Most telling first, as listed in MEMBER_STATUSES: an exit, then where the member is, then exemption, then standing. */
function statusOf(walk: Walk): MemberStatus {
  if (walk.exit) return walk.exit.kind;
  if (walk.standing === 'none' || walk.presence === 'none') return 'not_admitted';
  if (walk.presence === 'left') return 'transferred_out';
  if (walk.presence === 'attached') return 'temporarily_attached';
  if (walk.presence === 'away') return 'temporarily_away';
  if (walk.exemptSince !== null) return 'exempt';
  return walk.standing;
}

/** The walk over `history` (the whole history, oldest first) up to and including `asOf`. */
function walkTo(history: readonly HistoryEvent[], asOf: IsoDate): Walk {
  const walk = startWalk(history);
  for (const event of history) {
    if (event.date > asOf) break;
    applyEvent(walk, event);
  }
  return walk;
}

/** What the events say about the member on `asOf`; only events dated on or before that day count. */
export function memberStateOn(events: readonly HistoryEvent[], asOf: IsoDate): MemberState {
  const walk = walkTo(sortEvents(events), asOf);

  const member = inParty(walk);
  const probationary = member && walk.standing === 'probationary';
  return {
    asOf,
    status: statusOf(walk),
    inParty: member,
    probationary,
    official: member && walk.standing === 'official',
    exempt: member && walk.exemptSince !== null,
    temporarilyAway: member && walk.presence === 'away',
    temporarilyAttached: member && walk.presence === 'attached',
    countedHere: member && registeredHere(walk),
    admittedOn: walk.admittedOn,
    ceremonyOn: walk.ceremonyOn,
    officialOn: walk.officialOn,
    probationEndsOn: probationary ? (probationEnd(walk)?.endsOn ?? null) : null,
    partyAgeMonths: walk.admittedOn ? Math.max(0, monthsBetween(walk.admittedOn, walk.exit?.on ?? asOf)) : 0,
    nextBadge: member && walk.admittedOn ? nextBadge(walk.admittedOn, walk.badges.keys(), asOf) : null,
  };
}

/** What a list shows of `memberStateOn`: the same status, admission and recognition, for many members at once. */
export type MemberListState = Pick<MemberState, 'status' | 'admittedOn' | 'officialOn'>;

/**
 * `memberStateOn`'s status, admission and recognition, without the rest (probation end, party age, next badge) and
 * without sorting: `history` must already be in `sortEvents` order, as the event queries return it.
 */
export function memberListStateOn(history: readonly HistoryEvent[], asOf: IsoDate): MemberListState {
  const walk = walkTo(history, asOf);
  return { status: statusOf(walk), admittedOn: walk.admittedOn, officialOn: walk.officialOn };
}
