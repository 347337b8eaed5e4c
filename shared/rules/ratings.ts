import { ruleTable } from './dated';

/**
 * How many members a cell may rate "hoàn thành xuất sắc nhiệm vụ": at most this percentage of the number it rates
 * "hoàn thành tốt nhiệm vụ". It is a limit for the competent committee to enforce, so the app warns and never refuses.
 * An integer percentage, so the allowed number is computed exactly (see `ratingQuota`).
 */
export interface ExcellentQuota {
  maxPercentOfGood: number;
}

export const RATING_EXCELLENT_QUOTA = ruleTable<ExcellentQuota>('rating excellent quota', [
  {
    from: '2019-10-18',
    value: { maxPercentOfGood: 20 },
    source: 'Hướng dẫn 21-HD/BTCTW ngày 18/10/2019, mục 2.3',
  },
  {
    from: '2023-10-04',
    value: { maxPercentOfGood: 20 },
    source: 'Quy định 124-QĐ/TW ngày 04/10/2023, Điều 12; Hướng dẫn 25-HD/BTCTW ngày 10/11/2023 (verify)',
  },
  {
    from: '2025-08-30',
    value: { maxPercentOfGood: 20 },
    source: 'Quy định 366-QĐ/TW ngày 30/8/2025; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 (verify)',
  },
]);

/**
 * Who a cell does not rate in a year, looked up on the rating day. Exempt members (miễn công tác và sinh hoạt đảng) are
 * not rated; members admitted fewer than `newlyAdmittedMonths` months before are reviewed but not rated; members
 * temporarily attached here are rated by the cell where they belong, not here. Suspended members (đình chỉ sinh hoạt)
 * are not rated either, but the register has no event for a suspension, so the secretary records it as a reason.
 */
export interface RatingDueRule {
  newlyAdmittedMonths: number;
}

export const RATING_DUE = ruleTable<RatingDueRule>('who is rated in a year', [
  {
    from: '2019-10-18',
    value: { newlyAdmittedMonths: 6 },
    source: 'Hướng dẫn 21-HD/BTCTW ngày 18/10/2019, mục II.1.2 và II.6',
  },
  {
    from: '2023-11-10',
    value: { newlyAdmittedMonths: 6 },
    source: 'Hướng dẫn 25-HD/BTCTW ngày 10/11/2023 (verify)',
  },
  {
    from: '2025-10-31',
    value: { newlyAdmittedMonths: 6 },
    source: 'Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 (verify)',
  },
]);
