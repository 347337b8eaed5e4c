import { monthsBetween, type IsoDate } from '../dates/calendar';
import { memberStateOn, type HistoryEvent } from '../members/state';
import type { MemberState } from '../members/state-types';
import { findRuleOn } from '../rules/dated';
import { RATING_DUE } from '../rules/ratings';
import { sortByVietnameseName } from '../text/names';
import type { NotDueReason } from './levels';

/**
 * The day a year's sheet is drawn up for: 31 December. The review covers the whole year, and the year-end reports
 * (4-TCTW, the membership total) count members as of that day, so the rating counts add up to the same đảng số.
 * Being a fixed day, a year's sheet changes only with events dated in or before that year.
 */
export const ratingDayOf = (year: number): IsoDate => `${String(year).padStart(4, '0')}-12-31`;

export interface RegisterMember {
  memberId: number;
  fullName: string;
  unitName: string;
  /** The member's whole history; only events up to the rating day count. */
  events: readonly HistoryEvent[];
}

/** A member of a year's sheet: whether the cell rates them, and why not. */
export interface RosterEntry {
  memberId: number;
  fullName: string;
  unitName: string;
  due: boolean;
  notDueReason: NotDueReason | null;
  /** Counted in this register's đảng số on the rating day: the population of the year's rating counts. */
  countedHere: boolean;
}

const present = (state: MemberState) => state.countedHere || state.temporarilyAttached;

/** Whether the member was in this register (counted or attached) on some day of the year up to `ratingDay`. */
function presentDuringYear(events: readonly HistoryEvent[], year: number, ratingDay: IsoDate): boolean {
  const start = `${String(year).padStart(4, '0')}-01-01`;
  // A member's state changes only on event days, so the year's first day and its event days cover every state.
  const days = [start, ...events.map((event) => event.date).filter((date) => date > start && date <= ratingDay)];
  return days.some((day) => present(memberStateOn(events, day)));
}

function notDueReason(state: MemberState, ratingDay: IsoDate): NotDueReason | null {
  switch (state.status) {
    case 'transferred_out':
    case 'removed':
    case 'expelled':
    case 'withdrew':
    case 'died':
      return state.status;
    case 'temporarily_attached':
      return 'temporarily_attached';
    default:
      break;
  }
  if (state.exempt) return 'exempt';
  const rule = findRuleOn(RATING_DUE, ratingDay);
  if (rule && state.admittedOn !== null && monthsBetween(state.admittedOn, ratingDay) < rule.value.newlyAdmittedMonths) {
    return 'newly_admitted';
  }
  return null;
}

/**
 * Who appears on a year's sheet, in Vietnamese name order: every member who was in this register at some time of
 * the year (a member who left before the year, or arrived after it, is absent), each due to be rated or not with the
 * reason the events give on the rating day.
 */
export function rosterOf(year: number, members: readonly RegisterMember[]): RosterEntry[] {
  const ratingDay = ratingDayOf(year);
  const entries: RosterEntry[] = [];
  for (const member of members) {
    if (!presentDuringYear(member.events, year, ratingDay)) continue;
    const state = memberStateOn(member.events, ratingDay);
    const reason = notDueReason(state, ratingDay);
    entries.push({
      memberId: member.memberId,
      fullName: member.fullName,
      unitName: member.unitName,
      due: reason === null,
      notDueReason: reason,
      countedHere: state.countedHere,
    });
  }
  return sortByVietnameseName(entries, (entry) => entry.fullName);
}
