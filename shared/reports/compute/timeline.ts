import type { IsoDate } from '../../dates/calendar';
import type { DisciplineForm, MemberEventData } from '../../members/events';
import type { HistoryEvent } from '../../members/history';
import { applyEvent, inParty, registeredHere, startWalk, type Walk } from '../../members/replay';

/** What adds a member to đảng số: an admission here, or an official transfer in. */
export const GAIN_KINDS = ['admitted', 'transferred_in'] as const;
/** What takes a member out of đảng số: an official transfer out, or leaving the Party. */
export const LOSS_KINDS = ['transferred_out', 'died', 'removed', 'expelled', 'withdrew'] as const;
export type GainKind = (typeof GAIN_KINDS)[number];
export type LossKind = (typeof LOSS_KINDS)[number];

/**
 * The member entered (`delta` 1) or left (−1) this register's đảng số on `date`, by the event of kind `kind`; `kind`
 * is null when no event of the catalogue explains the change (a history that does not fit the rules, e.g. a return
 * from a temporary transfer by someone who had transferred out): such a change makes the membership identity fail.
 */
export interface CountChange {
  date: IsoDate;
  delta: 1 | -1;
  kind: GainKind | LossKind | null;
}

/** One replay of a member's history: what every figure of a report needs, for any number of days. */
export interface MemberTimeline {
  /** Counted in đảng số at the end of each day asked for, in the order asked. */
  countedOn: boolean[];
  /** Every change of đảng số, oldest first. */
  changes: CountChange[];
  /** Recognitions as official member while counted here. */
  recognitions: IsoDate[];
  /** Discipline while counted here (khai trừ is also the change `expelled`). */
  disciplines: { date: IsoDate; form: DisciplineForm }[];
}

/** Counted in this register's đảng số: exactly `MemberState.countedHere` (shared/members/state.ts). */
const counted = (walk: Walk) => inParty(walk) && registeredHere(walk);

function changeKind(event: MemberEventData, delta: 1 | -1): GainKind | LossKind | null {
  if (delta === 1) return event.type === 'admitted' || event.type === 'transferred_in' ? event.type : null;
  switch (event.type) {
    case 'transferred_out':
    case 'died':
    case 'removed':
    case 'withdrew':
      return event.type;
    case 'discipline':
      return event.form === 'khai_tru' ? 'expelled' : null;
    default:
      return null;
  }
}

/**
 * Replays the member's history once (`history` in `sortEvents` order, as the event queries return it) and notes the
 * standing at the end of each of `days` (ascending) and every change of đảng số. The changes are read as transitions
 * of `countedHere`, not as events of a type: a death of a member only attached here is not a loss of this register,
 * and an admission made elsewhere before a transfer in is not an admission here. So opening + gains − losses equals
 * closing for every member, whatever happened, unless a change has no kind.
 */
export function memberTimeline(history: readonly HistoryEvent[], days: readonly IsoDate[]): MemberTimeline {
  const walk = startWalk(history);
  const countedOn: boolean[] = [];
  const changes: CountChange[] = [];
  const recognitions: IsoDate[] = [];
  const disciplines: MemberTimeline['disciplines'] = [];
  let day = 0;
  for (const event of history) {
    while (day < days.length && (days[day] as IsoDate) < event.date) {
      countedOn.push(counted(walk));
      day += 1;
    }
    const before = counted(walk);
    applyEvent(walk, event);
    const after = counted(walk);
    if (before !== after) {
      const delta = after ? 1 : -1;
      changes.push({ date: event.date, delta, kind: changeKind(event, delta) });
    }
    if (event.type === 'made_official' && after) recognitions.push(event.date);
    if (event.type === 'discipline' && before) disciplines.push({ date: event.date, form: event.form });
  }
  while (day < days.length) {
    countedOn.push(counted(walk));
    day += 1;
  }
  return { countedOn, changes, recognitions, disciplines };
}
