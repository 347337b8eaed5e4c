import { describe, expect, it } from 'vitest';
import { ageBandOf, ageInMonths, ageInYears } from '../../../../shared/members/age';

describe('age', () => {
  it('counts whole months and years, a year older on the birthday', () => {
    expect(ageInMonths('1975-09-05', '2025-09-04')).toBe(49 * 12 + 11);
    expect(ageInYears('1975-09-05', '2025-09-04')).toBe(49);
    expect(ageInYears('1975-09-05', '2025-09-05')).toBe(50);
  });

  it('falls in the bands of the statistical form, each end included', () => {
    expect([17, 18, 30, 31, 40, 41, 50, 51, 60, 61, 70, 71, 95].map(ageBandOf)).toEqual([
      null, '18_30', '18_30', '31_40', '31_40', '41_50', '41_50', '51_60', '51_60', '61_70', '61_70', 'over_70', 'over_70',
    ]);
  });
});
