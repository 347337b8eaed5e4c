import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../../../../shared/reports/period';
import { dateLine, numberLine, onBehalfLine, periodSubtitle } from '../../../../../db/reports/documents/words';

const period = (code: string): Period => {
  const parsed = parsePeriod(code);
  if (!parsed) throw new Error(code);
  return parsed;
};

describe('the document header and signature in words', () => {
  it('names each kind of period under "BÁO CÁO"', () => {
    expect(periodSubtitle(period('2026-Q3'))).toBe('Thống kê đảng viên quý III năm 2026');
    expect(periodSubtitle(period('2026-Q1'))).toBe('Thống kê đảng viên quý I năm 2026');
    expect(periodSubtitle(period('2026-H1'))).toBe('Thống kê đảng viên 6 tháng đầu năm 2026');
    expect(periodSubtitle(period('2026-9M'))).toBe('Thống kê đảng viên 9 tháng năm 2026');
    expect(periodSubtitle(period('2026'))).toBe('Thống kê đảng viên năm 2026');
  });

  it('writes the date line with a leading zero for days below 10 and for January and February', () => {
    expect(dateLine('Hòa Bình', '2026-10-05')).toBe('Hòa Bình, ngày 05 tháng 10 năm 2026');
    expect(dateLine('Hòa Bình', '2027-02-14')).toBe('Hòa Bình, ngày 14 tháng 02 năm 2027');
    expect(dateLine('Hòa Bình', '2026-04-03')).toBe('Hòa Bình, ngày 03 tháng 4 năm 2026');
  });

  it('leaves dotted blanks to fill by hand when the place or the number is not typed', () => {
    expect(dateLine('  ', '2026-10-05')).toBe('……………, ngày 05 tháng 10 năm 2026');
    expect(numberLine('', 'chi_bo')).toBe('Số ……-BC/CB');
    expect(numberLine('', 'dang_bo_co_so')).toBe('Số ……-BC/ĐU');
    expect(numberLine('05-BC/CB', 'chi_bo')).toBe('Số 05-BC/CB');
    // "Số" typed by habit is not printed twice.
    expect(numberLine('Số 05-BC/CB', 'chi_bo')).toBe('Số 05-BC/CB');
  });

  it('signs for the cell or for the committee by the unit kind', () => {
    expect(onBehalfLine('chi_bo')).toBe('T/M CHI BỘ');
    expect(onBehalfLine('chi_bo_co_so')).toBe('T/M CHI BỘ');
    expect(onBehalfLine('dang_bo_bo_phan')).toBe('T/M ĐẢNG ỦY');
    expect(onBehalfLine('dang_bo_co_so')).toBe('T/M ĐẢNG ỦY');
    expect(onBehalfLine('cap_tren')).toBe('T/M ĐẢNG ỦY');
  });
});
