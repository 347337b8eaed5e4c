import type { MemberEvent, MemberEventData } from '../../../../shared/members/events';

type Extra<T extends MemberEventData['type']> = Omit<Extract<MemberEventData, { type: T }>, 'type' | 'date'>;
/** The extra fields may be left out only when none of them is required. */
type ExtraArgument<X> = Partial<X> extends X ? [X?] : [X];

/**
 * A member's history written as it happened, oldest first: `history(e('admitted', '2010-05-19'), …)`. Each event
 * gets an id and a same-day order in the order written, as the store gives them.
 */
export function e<T extends MemberEventData['type']>(type: T, date: string, ...extra: ExtraArgument<Extra<T>>) {
  return { type, date, ...(extra[0] ?? {}) } as Extract<MemberEventData, { type: T }>;
}

export function history(...events: MemberEventData[]): MemberEvent[] {
  return events.map((event, index) => ({ ...event, id: 101 + index, seq: index }));
}
