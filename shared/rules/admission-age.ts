import { ruleTable } from './dated';

/** The ages, in whole months, between which a person may be admitted: counted on the day of the admission decision. */
export interface AdmissionAge {
  minMonths: number;
  maxMonths: number;
}

const EIGHTEEN_TO_SIXTY: AdmissionAge = { minMonths: 18 * 12, maxMonths: 60 * 12 };

/**
 * Tuổi đời của người vào Đảng: "từ đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng)". Each regulation implementing the
 * Party Charter restates it; older admissions (before the first row) are not checked, because we do not hold the
 * rule they were made under.
 */
export const ADMISSION_AGE = ruleTable<AdmissionAge>('admission age', [
  { from: '2016-07-25', value: EIGHTEEN_TO_SIXTY, source: 'Quy định 29-QĐ/TW ngày 25/7/2016' },
  { from: '2021-07-30', value: EIGHTEEN_TO_SIXTY, source: 'Quy định 24-QĐ/TW ngày 30/7/2021' },
  { from: '2025-01-20', value: EIGHTEEN_TO_SIXTY, source: 'Quy định 232-QĐ/TW ngày 20/01/2025' },
  // Signed 26/5/2025, in force from 1/7/2025 together with the two-level local administration.
  { from: '2025-07-01', value: EIGHTEEN_TO_SIXTY, source: 'Quy định 294-QĐ/TW ngày 26/5/2025' },
]);
