import { addMonths, type IsoDate } from '../dates/calendar';
import { findRuleOn, type DatedRule } from '../rules/dated';
import { PROBATION_MONTHS } from '../rules/probation';
import { TRANSFER_TYPES, type MemberEventData } from './events';

/**
 * Where the member stands in this register: `none` before the record starts (not admitted here, or admitted
 * elsewhere and not yet arrived), `here` registered here, `away` registered here but temporarily attached elsewhere,
 * `attached` temporarily attached here from elsewhere, `left` transferred out or no longer attached.
 */
export type Presence = 'none' | 'here' | 'away' | 'attached' | 'left';
export type Standing = 'none' | 'probationary' | 'official';
export type ExitKind = 'removed' | 'expelled' | 'withdrew' | 'died';

/** The member as the events have made them so far; advanced one event at a time by `applyEvent`. */
export interface Walk {
  standing: Standing;
  admittedOn: IsoDate | null;
  ceremonyOn: IsoDate | null;
  officialOn: IsoDate | null;
  presence: Presence;
  /** The day the current presence began. */
  presenceSince: IsoDate | null;
  /** The day the member was last entered in this register's đảng số (kept while temporarily away). */
  registeredOn: IsoDate | null;
  exemptSince: IsoDate | null;
  exit: { kind: ExitKind; on: IsoDate } | null;
  /** Milestone years → the day the badge was awarded. */
  badges: Map<number, IsoDate>;
  /** The member's first presence event is an arrival: the admission, if any, happened elsewhere. */
  arrives: boolean;
}

const ARRIVALS: readonly string[] = ['transferred_in', 'temporary_in'];
const PRESENCE_EVENTS: readonly string[] = TRANSFER_TYPES;

export const isArrival = (event: MemberEventData) => ARRIVALS.includes(event.type);

/** The state before the first event; `history` is the member's whole date-ordered history, not only the part replayed. */
export function startWalk(history: readonly MemberEventData[]): Walk {
  const firstPresence = history.find((event) => PRESENCE_EVENTS.includes(event.type));
  return {
    standing: 'none',
    admittedOn: null,
    ceremonyOn: null,
    officialOn: null,
    presence: 'none',
    presenceSince: null,
    registeredOn: null,
    exemptSince: null,
    exit: null,
    badges: new Map(),
    arrives: firstPresence !== undefined && isArrival(firstPresence),
  };
}

/** A member of the Party on the walk's day: admitted (here or elsewhere) and not gone out of the Party. */
export const inParty = (walk: Walk) => walk.standing !== 'none' && walk.exit === null;

/** Counted in this register's đảng số when in the Party: registered here, temporarily away included. */
export const registeredHere = (walk: Walk) => walk.presence === 'here' || walk.presence === 'away';

function moveTo(walk: Walk, presence: Presence, on: IsoDate): void {
  const wasRegistered = registeredHere(walk);
  walk.presence = presence;
  walk.presenceSince = on;
  if (registeredHere(walk) && !wasRegistered) walk.registeredOn = on;
  // An exemption is decided by the cell the member belongs to; it does not follow the member elsewhere.
  if (presence === 'left') walk.exemptSince = null;
}

/** Advances the walk by one event. Events that do not fit (see `checkEventHistory`) are applied as written. */
export function applyEvent(walk: Walk, event: MemberEventData): void {
  switch (event.type) {
    case 'admitted':
      walk.standing = 'probationary';
      walk.admittedOn = event.date;
      walk.ceremonyOn = event.ceremonyDate ?? null;
      if (walk.presence === 'none' && !walk.arrives) moveTo(walk, 'here', event.date);
      return;
    case 'made_official':
      walk.standing = 'official';
      walk.officialOn = event.date;
      return;
    case 'transferred_in':
    case 'temporary_out_return':
      moveTo(walk, 'here', event.date);
      return;
    case 'temporary_out':
      moveTo(walk, 'away', event.date);
      return;
    case 'temporary_in':
      moveTo(walk, 'attached', event.date);
      return;
    case 'transferred_out':
    case 'temporary_in_end':
      moveTo(walk, 'left', event.date);
      return;
    case 'exemption_start':
      walk.exemptSince = event.date;
      return;
    case 'exemption_end':
      walk.exemptSince = null;
      return;
    case 'discipline':
      if (event.form === 'khai_tru') walk.exit = { kind: 'expelled', on: event.date };
      return;
    case 'removed':
    case 'withdrew':
    case 'died':
      walk.exit = { kind: event.type, on: event.date };
      return;
    case 'badge':
      walk.badges.set(event.years, event.date);
      return;
    case 'reward':
      return;
  }
}

/** When probation ends (12 months from the ceremony, or from the decision if no ceremony is recorded), and why. */
export function probationEnd(walk: Walk): { endsOn: IsoDate; startsOn: IsoDate; fromCeremony: boolean; rule: DatedRule<number> } | null {
  const startsOn = walk.ceremonyOn ?? walk.admittedOn;
  if (startsOn === null) return null;
  // Admissions older than the first rule we hold get no computed end rather than a borrowed one.
  const rule = findRuleOn(PROBATION_MONTHS, startsOn);
  if (!rule) return null;
  return { endsOn: addMonths(startsOn, rule.value), startsOn, fromCeremony: walk.ceremonyOn !== null, rule };
}
