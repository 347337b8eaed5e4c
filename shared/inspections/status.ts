import { endOfMonth, toIsoDate, type IsoDate } from '../dates/calendar';
import type { PlannedPeriod } from './kinds';
import type { RecommendationCounts } from './views';

/** Done on a day; open and past its deadline (overdue); or open and still in time. */
export type RecommendationState = 'done' | 'overdue' | 'open';

/** A recommendation is overdue when it is still open and its deadline is before today; the deadline day is in time. */
export function recommendationState(recommendation: { deadline: IsoDate; doneOn: IsoDate | null }, today: IsoDate): RecommendationState {
  if (recommendation.doneOn !== null) return 'done';
  return recommendation.deadline < today ? 'overdue' : 'open';
}

export function countRecommendations(
  recommendations: readonly { deadline: IsoDate; doneOn: IsoDate | null }[],
  today: IsoDate,
): RecommendationCounts {
  const states = recommendations.map((recommendation) => recommendationState(recommendation, today));
  const overdue = states.filter((state) => state === 'overdue').length;
  return { total: states.length, open: overdue + states.filter((state) => state === 'open').length, overdue };
}

/** The last day of a plan item's period in its year. */
export function plannedPeriodEnd(year: number, period: PlannedPeriod): IsoDate {
  if (period === 'year') return toIsoDate({ year, month: 12, day: 31 });
  if (period.startsWith('Q')) return endOfMonth(year, Number(period.slice(1)) * 3);
  return endOfMonth(year, Number(period.slice(1)));
}

/** Carried out by a record; not carried out and its period is over (missed); or still to do. */
export type PlanItemState = 'fulfilled' | 'missed' | 'pending';

export function planItemState(item: { year: number; period: PlannedPeriod }, fulfilled: boolean, today: IsoDate): PlanItemState {
  if (fulfilled) return 'fulfilled';
  return plannedPeriodEnd(item.year, item.period) < today ? 'missed' : 'pending';
}
