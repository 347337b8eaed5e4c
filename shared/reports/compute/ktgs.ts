import type { IsoDate } from '../../dates/calendar';
import type { Direction } from '../../inspections/kinds';
import { recommendationState, type RecommendationState } from '../../inspections/status';
import type { KtgsSummary, RecommendationLine } from '../views';
import type { Tally } from './tally';

/** A KTGS record as the report reads it: its direction and when its round started. */
export interface KtgsRecord {
  direction: Direction;
  startDate: IsoDate;
}

export interface KtgsRecommendation extends RecommendationLine {
  doneOn: IsoDate | null;
  /** The start of its record's round: a recommendation exists from then on. */
  startDate: IsoDate;
}

/**
 * A recommendation as it stood at the end of `day`: done if done by then (a later completion does not count), else
 * overdue when its deadline is before that day, else open — the inspections area's rule, read as of a past day.
 */
export function recommendationStateOn(recommendation: Pick<KtgsRecommendation, 'deadline' | 'doneOn'>, day: IsoDate): RecommendationState {
  const doneOn = recommendation.doneOn !== null && recommendation.doneOn <= day ? recommendation.doneOn : null;
  return recommendationState({ deadline: recommendation.deadline, doneOn }, day);
}

/** Adds a record of the register: received or conducted when its round started within the period. */
export function addKtgsRecord(tally: Tally, record: KtgsRecord, period: { from: IsoDate; to: IsoDate }): void {
  if (record.startDate < period.from || record.startDate > period.to) return;
  tally.counts[record.direction === 'received' ? 'ktgs.received' : 'ktgs.conducted'] += 1;
}

/**
 * Adds a recommendation as of the period's last day (`asOf`): `ktgs.recommendations_open` counts every one not done
 * by then, overdue ones included (as the inspections pages count "open"), `ktgs.recommendations_overdue` those of
 * them past their deadline. Returns its state, or null when its record had not started by then.
 */
export function addRecommendation(tally: Tally, recommendation: KtgsRecommendation, asOf: IsoDate): RecommendationState | null {
  if (recommendation.startDate > asOf) return null;
  const state = recommendationStateOn(recommendation, asOf);
  if (state !== 'done') tally.counts['ktgs.recommendations_open'] += 1;
  if (state === 'overdue') tally.counts['ktgs.recommendations_overdue'] += 1;
  return state;
}

/** The summary's lists: open and overdue lines, each by deadline. */
export function ktgsLines(states: readonly { line: RecommendationLine; state: RecommendationState | null }[]): Pick<KtgsSummary, 'open' | 'overdue'> {
  const byDeadline = (a: RecommendationLine, b: RecommendationLine) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.inspectionId - b.inspectionId);
  const pick = (wanted: RecommendationState) => states.filter(({ state }) => state === wanted).map(({ line }) => line).sort(byDeadline);
  return { open: pick('open'), overdue: pick('overdue') };
}
