import { ruleTable } from './dated';

/** How early a seriously ill member may receive the badges from `fromYears` up. */
export interface EarlyAward {
  fromYears: number;
  months: number;
}

export interface BadgeRule {
  /** Years of party age, counted by month, at which the Huy hiệu Đảng is awarded. */
  milestones: readonly number[];
  /** Ascending by `fromYears`; the last band a milestone reaches applies. */
  earlyAward: readonly EarlyAward[];
}

export const BADGES = ruleTable<BadgeRule>('party badge', [
  {
    from: '2021-09-28',
    value: {
      milestones: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
      earlyAward: [
        { fromYears: 30, months: 12 },
        { fromYears: 70, months: 24 },
      ],
    },
    source: 'Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 18',
  },
]);

/** The most months before its due day that a badge may be awarded (to a seriously ill member). */
export function earlyAwardMonths(rule: BadgeRule, years: number): number {
  let months = 0;
  for (const band of rule.earlyAward) if (years >= band.fromYears) months = band.months;
  return months;
}
