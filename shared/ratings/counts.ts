import type { IsoDate } from '../dates/calendar';
import { findRuleOn } from '../rules/dated';
import { RATING_EXCELLENT_QUOTA } from '../rules/ratings';
import { RATING_LEVELS, type RatingLevel } from './levels';

/** Members by level, and those counted here with no level: what the year-end report shows. */
export type RatingCounts = Record<RatingLevel, number> & { notRated: number };

/** A line of a year's sheet as the counts need it. */
export interface CountedRow {
  level: RatingLevel | null;
  /** Counted in the register's đảng số on the rating day (see `RosterEntry.countedHere`). */
  countedHere: boolean;
}

/**
 * The year's counts over the members counted here on the rating day: each with a level counts at that level, every
 * other one (exempt, newly admitted, recorded as not rated, or not yet entered) as not rated. Members who left during
 * the year or are only attached here are outside, so the five figures add up to the đảng số on 31 December.
 */
export function ratingCounts(rows: readonly CountedRow[]): RatingCounts {
  const counts: RatingCounts = { htxs: 0, htt: 0, ht: 0, kht: 0, notRated: 0 };
  for (const row of rows) {
    if (!row.countedHere) continue;
    if (row.level === null) counts.notRated += 1;
    else counts[row.level] += 1;
  }
  return counts;
}

/** The indicator catalogue's keys for the year's ratings (DESIGN.md), as the reports and exchange files use them. */
export type RatingIndicatorKey = `rating.${RatingLevel}` | 'rating.not_rated';

export function ratingIndicators(counts: RatingCounts): Record<RatingIndicatorKey, number> {
  const indicators = { 'rating.not_rated': counts.notRated } as Record<RatingIndicatorKey, number>;
  for (const level of RATING_LEVELS) indicators[`rating.${level}`] = counts[level];
  return indicators;
}

export interface RatingQuota {
  /** The rule's document, as cited to the user. */
  ruleCitation: string;
  maxPercentOfGood: number;
  /** The most members who may be rated "hoàn thành xuất sắc nhiệm vụ". */
  allowed: number;
  actual: number;
  exceeded: boolean;
}

/**
 * The "hoàn thành xuất sắc" quota in force on the rating day, against the counts; null before the first rule known.
 * The allowed number is rounded down: the rule says the number must not exceed the percentage, so with 7 rated
 * "tốt" (20% = 1.4) a second "xuất sắc" would exceed it. Integer arithmetic keeps 20% of 10 exactly 2.
 */
export function ratingQuota(counts: RatingCounts, ratingDay: IsoDate): RatingQuota | null {
  const rule = findRuleOn(RATING_EXCELLENT_QUOTA, ratingDay);
  if (!rule) return null;
  const { maxPercentOfGood } = rule.value;
  const allowed = Math.floor((counts.htt * maxPercentOfGood) / 100);
  return { ruleCitation: rule.source, maxPercentOfGood, allowed, actual: counts.htxs, exceeded: counts.htxs > allowed };
}
