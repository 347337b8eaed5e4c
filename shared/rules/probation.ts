import { ruleTable } from './dated';

/** Thời kỳ dự bị, in months, counted from the day the cell holds the admission ceremony. */
export const PROBATION_MONTHS = ruleTable<number>('probation length', [
  { from: '2011-01-19', value: 12, source: 'Điều lệ Đảng năm 2011, Điều 5' },
]);
