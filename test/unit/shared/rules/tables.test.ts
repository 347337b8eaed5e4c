import { describe, expect, it } from 'vitest';
import { ADMISSION_AGE } from '../../../../shared/rules/admission-age';
import { BADGES, earlyAwardMonths } from '../../../../shared/rules/badges';
import { ruleOn, type RuleTable } from '../../../../shared/rules/dated';
import { DISCIPLINE_FORMS_ALLOWED } from '../../../../shared/rules/discipline';
import { PROBATION_MONTHS } from '../../../../shared/rules/probation';

/** A regulation is changed by adding a row: these pin every row, so an edit of an old one fails here. */
const rowsOf = <T>(table: RuleTable<T>) => table.rows.map(({ from, source }) => [from, source]);

describe('admission age', () => {
  it('QĐ 294-QĐ/TW 26/5/2025 (in force 1/7/2025): from a full 18 to a full 60 years, counted in months', () => {
    expect(ruleOn(ADMISSION_AGE, '2026-03-01')).toEqual({
      from: '2025-07-01',
      value: { minMonths: 216, maxMonths: 720 },
      source: 'Quy định 294-QĐ/TW ngày 26/5/2025',
    });
  });

  it('QĐ 232-QĐ/TW 20/01/2025, QĐ 24-QĐ/TW 30/7/2021 and QĐ 29-QĐ/TW 25/7/2016 before it, with the same bounds', () => {
    expect(rowsOf(ADMISSION_AGE)).toEqual([
      ['2016-07-25', 'Quy định 29-QĐ/TW ngày 25/7/2016'],
      ['2021-07-30', 'Quy định 24-QĐ/TW ngày 30/7/2021'],
      ['2025-01-20', 'Quy định 232-QĐ/TW ngày 20/01/2025'],
      ['2025-07-01', 'Quy định 294-QĐ/TW ngày 26/5/2025'],
    ]);
    expect(ruleOn(ADMISSION_AGE, '2025-06-30').source).toBe('Quy định 232-QĐ/TW ngày 20/01/2025');
    for (const row of ADMISSION_AGE.rows) expect(row.value).toEqual({ minMonths: 216, maxMonths: 720 });
  });
});

describe('probation', () => {
  it('Điều lệ Đảng 2011, Điều 5: 12 months from the admission ceremony', () => {
    expect(ruleOn(PROBATION_MONTHS, '2026-03-01')).toEqual({ from: '2011-01-19', value: 12, source: 'Điều lệ Đảng năm 2011, Điều 5' });
  });
});

describe('forms of discipline', () => {
  it('QĐ 296-QĐ/TW 30/5/2025: official members all four forms; probationary members khiển trách and cảnh cáo only', () => {
    expect(ruleOn(DISCIPLINE_FORMS_ALLOWED, '2026-03-01')).toEqual({
      from: '2025-05-30',
      value: { official: ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'], probationary: ['khien_trach', 'canh_cao'] },
      source: 'Quy định 296-QĐ/TW ngày 30/5/2025',
    });
  });

  it('Điều lệ Đảng 2011, Điều 35 before it, with the same forms', () => {
    expect(rowsOf(DISCIPLINE_FORMS_ALLOWED)).toEqual([
      ['2011-01-19', 'Điều lệ Đảng năm 2011, Điều 35'],
      ['2025-05-30', 'Quy định 296-QĐ/TW ngày 30/5/2025'],
    ]);
    expect(ruleOn(DISCIPLINE_FORMS_ALLOWED, '2025-05-29').value).toEqual(ruleOn(DISCIPLINE_FORMS_ALLOWED, '2025-05-30').value);
  });
});

describe('Huy hiệu Đảng', () => {
  const current = ruleOn(BADGES, '2026-03-01');

  it('HD 01-HD/TW 28/9/2021, điểm 18: at 30, 40, 45, 50 … 90 years of party age', () => {
    expect(current.source).toBe('Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm 18');
    expect(current.value.milestones).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
  });

  it('HD 01-HD/TW 28/9/2021, điểm 18: seriously ill members up to 12 months early, 24 months from the 70-year badge', () => {
    expect(current.value.milestones.map((years) => [years, earlyAwardMonths(current.value, years)])).toEqual([
      [30, 12],
      [40, 12],
      [45, 12],
      [50, 12],
      [55, 12],
      [60, 12],
      [65, 12],
      [70, 24],
      [75, 24],
      [80, 24],
      [85, 24],
      [90, 24],
    ]);
  });
});
