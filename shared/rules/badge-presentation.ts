import { ruleTable } from './dated';

/** A day of the year, month 1–12. */
export interface DayOfYear {
  month: number;
  day: number;
}

/**
 * The days of the year on which Huy hiệu Đảng are presented, in calendar order: 3/2 (the Party's founding), 19/5
 * (President Hồ Chí Minh's birthday), 2/9 (National Day) and 7/11 (the October Revolution).
 */
// (verify) the four days and the point number against the text of HD 01-HD/TW before release.
export const BADGE_PRESENTATION_DAYS = ruleTable<readonly DayOfYear[]>('badge presentation days', [
  {
    from: '2021-09-28',
    value: [
      { month: 2, day: 3 },
      { month: 5, day: 19 },
      { month: 9, day: 2 },
      { month: 11, day: 7 },
    ],
    source: 'Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 18',
  },
]);
