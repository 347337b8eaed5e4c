import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import type { MemberEvent } from '../../shared/members/events';
import { checkEventHistory } from '../../shared/members/state';

/**
 * Events not stored yet get ids below zero while the history is checked, so that a problem found with one of them
 * can be traced back to the input that brought it (`pendingIndex`).
 */
export const pendingId = (index: number) => -1 - index;
export const pendingIndex = (id: number) => -1 - id;

/** The order of a new event among the member's events of the same day: after those already recorded. */
export function nextSeq(events: readonly MemberEvent[], date: IsoDate): number {
  return events.reduce((max, event) => (event.date === date ? Math.max(max, event.seq) : max), 0) + 1;
}

/**
 * Checks the member's whole history as it would be after a change and refuses it when an event does not fit,
 * with the rule's message and citation. `pathOf` names the input field to mark, given the offending event; it
 * returns undefined when no field of the input is to blame (a deletion).
 */
export function refuseUnfitHistory(
  events: readonly MemberEvent[],
  context: { birthDate: IsoDate; today: IsoDate },
  pathOf: (offending: MemberEvent | undefined) => string | undefined,
): void {
  const problem = checkEventHistory(events, context);
  if (!problem) return;
  // Every event checked here carries an id (a pending one for events not stored yet), so the problem names it.
  const path = pathOf(events.find((event) => event.id === problem.eventId));
  throw new ApiFailure(
    'validation',
    problem.message,
    problem.params,
    path === undefined ? undefined : [{ path, message: problem.message, params: problem.params }],
  );
}
