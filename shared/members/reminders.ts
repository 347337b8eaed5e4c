import { addDays, dateParts, toIsoDate, type IsoDate } from '../dates/calendar';
import { BADGE_PRESENTATION_DAYS, type DayOfYear } from '../rules/badge-presentation';
import { findRuleOn } from '../rules/dated';
import { PROBATION_MONTHS } from '../rules/probation';
import type { MemberState } from './state-types';

/**
 * How far ahead the end of a probation is announced. Not a regulation: a reminder horizon, long enough for the cell
 * to put the recognition on a monthly meeting's agenda and prepare the file before the 12 months are up.
 */
export const PROBATION_REMINDER_DAYS = 60;

export const REMINDER_KINDS = ['probation_ending', 'probation_overdue', 'badge_due'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Something the cell should do about one member, and the day it is about. */
export type MemberReminder =
  /** `date`: the day probation ends, within the horizon. `months`: the length of probation under the rule. */
  | { kind: 'probation_ending'; date: IsoDate; params: { months: number } }
  /** `date`: the day probation ended; the member is still probationary, so the cell has not decided yet. */
  | { kind: 'probation_overdue'; date: IsoDate; params: { months: number } }
  /** `date`: the day party age reaches `years`; `presentOn`: the presentation day for it (see `presentationDayFrom`). */
  | { kind: 'badge_due'; date: IsoDate; params: { years: number; presentOn: IsoDate } };

/** A member's reminder as the dashboard lists it: who, in which unit. */
export type MemberReminderLine = MemberReminder & { memberId: number; fullName: string; unitName: string };

/** The first presentation day on or after `from` under the rule in force that day; null before the rule we hold. */
export function presentationDayFrom(from: IsoDate): IsoDate | null {
  const rule = findRuleOn(BADGE_PRESENTATION_DAYS, from);
  if (!rule) return null;
  const { year } = dateParts(from);
  const dayIn = (y: number, { month, day }: DayOfYear) => toIsoDate({ year: y, month, day });
  for (const y of [year, year + 1]) {
    for (const day of rule.value) {
      const date = dayIn(y, day);
      if (date >= from) return date;
    }
  }
  return null;
}

/** Probation's length under the rule in force when it started (the ceremony, else the admission). */
function probationMonths(state: MemberState): number | null {
  const startsOn = state.ceremonyOn ?? state.admittedOn;
  return startsOn ? (findRuleOn(PROBATION_MONTHS, startsOn)?.value ?? null) : null;
}

/**
 * What the cell should be reminded of about one member, from the member's state on `today` (`memberStateOn(events,
 * today)`). Only members counted in this register: a temporarily attached member's home cell decides for them.
 *
 * - `probation_ending`: probation ends today or within the next PROBATION_REMINDER_DAYS days.
 * - `probation_overdue`: probation has ended and the member is still probationary — the cell must decide on the
 *   recognition (or the decision, if taken, is missing from the register).
 * - `badge_due`: the next badge falls due this calendar year or is already due, with the presentation day on which
 *   to award it: the first one on or after the due day, or on or after today when the due day has passed (a badge
 *   already late is presented at the next occasion, not at one gone by).
 */
export function remindersFor(state: MemberState, today: IsoDate): MemberReminder[] {
  if (!state.countedHere) return [];
  const reminders: MemberReminder[] = [];
  const endsOn = state.probationEndsOn;
  const months = probationMonths(state);
  if (state.probationary && endsOn !== null && months !== null) {
    if (endsOn < today) reminders.push({ kind: 'probation_overdue', date: endsOn, params: { months } });
    else if (endsOn <= addDays(today, PROBATION_REMINDER_DAYS)) {
      reminders.push({ kind: 'probation_ending', date: endsOn, params: { months } });
    }
  }
  const badge = state.nextBadge;
  if (badge && dateParts(badge.dueOn).year <= dateParts(today).year) {
    const presentOn = presentationDayFrom(badge.dueOn > today ? badge.dueOn : today);
    if (presentOn) reminders.push({ kind: 'badge_due', date: badge.dueOn, params: { years: badge.years, presentOn } });
  }
  return reminders;
}

/** Oldest day first; on the same day, the order given (the register's order, when the members came in it). */
export function sortReminders<T extends { date: IsoDate }>(reminders: readonly T[]): T[] {
  return [...reminders].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
