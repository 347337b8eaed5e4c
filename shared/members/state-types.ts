import type { IsoDate } from '../dates/calendar';

/**
 * The one status shown for a member on a day, most telling first: an exit beats everything, then where the member
 * is, then exemption, then probationary/official.
 */
export const MEMBER_STATUSES = [
  'not_admitted', // no admission or arrival yet on that day (e.g. a candidate, or a date before the record starts)
  'probationary',
  'official',
  'exempt',
  'temporarily_away',
  'temporarily_attached',
  'transferred_out',
  'removed',
  'expelled',
  'withdrew',
  'died',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface BadgeMilestone {
  years: number;
  /** The day party age reaches the milestone. */
  dueOn: IsoDate;
}

/** What the events say about a member on one day. */
export interface MemberState {
  asOf: IsoDate;
  status: MemberStatus;
  /** Probationary or official, and not exited. */
  inParty: boolean;
  probationary: boolean;
  official: boolean;
  exempt: boolean;
  temporarilyAway: boolean;
  temporarilyAttached: boolean;
  /** Counted in this register's đảng số: in the party and registered here (temporarily away included, attached not). */
  countedHere: boolean;
  admittedOn: IsoDate | null;
  ceremonyOn: IsoDate | null;
  officialOn: IsoDate | null;
  /** While probationary: the day the 12 months of probation end. */
  probationEndsOn: IsoDate | null;
  /** Whole months in the party, gaps excluded. */
  partyAgeMonths: number;
  nextBadge: BadgeMilestone | null;
}

/** Why an event does not fit the member's history; `message` is an i18n key, `params.rule` the citation. */
export interface EventProblem {
  /** The offending event's id, when it is stored; absent for a new event. */
  eventId?: number;
  /** Its position in the date-ordered history. */
  index: number;
  message: string;
  params: Record<string, string | number>;
}
