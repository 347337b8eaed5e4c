import { addMonths, addYears, type IsoDate } from '../dates/calendar';
import { BADGES, earlyAwardMonths } from '../rules/badges';
import { findRuleOn } from '../rules/dated';
import type { BadgeMilestone } from './state-types';

/** The day party age reaches `years`, counted by month from the admission decision. */
export function badgeDueOn(admittedOn: IsoDate, years: number): IsoDate {
  return addYears(admittedOn, years);
}

/** The earliest day a badge may be awarded under the rule in force on `on` (seriously ill members may receive it early). */
export function earliestBadgeOn(admittedOn: IsoDate, years: number, on: IsoDate): IsoDate {
  const rule = findRuleOn(BADGES, on);
  return addMonths(badgeDueOn(admittedOn, years), -(rule ? earlyAwardMonths(rule.value, years) : 0));
}

/**
 * The next badge to prepare: the first milestone above the highest one awarded. Lower milestones never recorded are
 * not asked for again — registers typed in from paper often hold only the latest badge. Null when every milestone is
 * awarded, or before the first badge rule we hold.
 */
export function nextBadge(admittedOn: IsoDate, awarded: Iterable<number>, asOf: IsoDate): BadgeMilestone | null {
  const rule = findRuleOn(BADGES, asOf);
  if (!rule) return null;
  const highest = Math.max(0, ...awarded);
  const years = rule.value.milestones.find((milestone) => milestone > highest);
  return years === undefined ? null : { years, dueOn: badgeDueOn(admittedOn, years) };
}
