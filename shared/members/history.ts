import type { MemberEvent, MemberEventData } from './events';

/** An event in a member's history: stored ones carry their id and same-day order; one being added has neither yet. */
export type HistoryEvent = MemberEventData & Partial<Pick<MemberEvent, 'id' | 'seq'>>;

const rank = (value: number | undefined) => value ?? Number.POSITIVE_INFINITY;

/** Oldest first: by date, then by the order recorded among same-day events, then by id; unsaved events last in their day. */
export function sortEvents<T extends Pick<HistoryEvent, 'date' | 'id' | 'seq'>>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || rank(a.seq) - rank(b.seq) || rank(a.id) - rank(b.id),
  );
}
