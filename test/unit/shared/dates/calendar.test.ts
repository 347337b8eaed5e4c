import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysInMonth,
  endOfMonth,
  formatViDate,
  isIsoDate,
  monthsBetween,
  parseViDate,
} from '../../../../shared/dates/calendar';

describe('calendar days', () => {
  it('knows leap years, including the century rule', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).toEqual([29, 28, 29, 28]);
    expect(endOfMonth(2026, 4)).toBe('2026-04-30');
    expect(endOfMonth(2024, 12)).toBe('2024-12-31');
  });

  it('accepts only real days as ISO dates', () => {
    expect(['2024-02-29', '1930-02-03', '2026-12-31'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '2026-13-01', '2026-04-31', '2026-1-05', '05/01/2026', ''].map(isIsoDate)).toEqual([
      false, false, false, false, false, false,
    ]);
  });

  it('reads dates as Vietnamese write them, day first', () => {
    expect(parseViDate('05/09/1975')).toBe('1975-09-05');
    expect(parseViDate('5/9/1975')).toBe('1975-09-05');
    expect(parseViDate(' 05.09.1975 ')).toBe('1975-09-05');
    expect(parseViDate('05-09-1975')).toBe('1975-09-05');
    expect(parseViDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses what is not a real day, or not day/month/year', () => {
    expect([parseViDate('29/02/2023'), parseViDate('31/04/2026'), parseViDate('13/13/2026'), parseViDate('1975-09-05'), parseViDate('05/09/75')]).toEqual([
      null, null, null, null, null,
    ]);
  });

  it('shows dates as dd/mm/yyyy', () => {
    expect(formatViDate('1975-09-05')).toBe('05/09/1975');
    expect(() => formatViDate('5/9/1975')).toThrow('Not an ISO date');
  });

  it('compares ISO dates in calendar order', () => {
    expect([compareDates('2026-01-02', '2026-01-10'), compareDates('2026-01-10', '2026-01-10'), compareDates('2027-01-01', '2026-12-31')]).toEqual([-1, 0, 1]);
  });
});

describe('adding months', () => {
  it('keeps the day, or takes the month’s last day when the day does not exist there', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
  });

  it('adds years as twelve months, so 29 February falls on 28 February in common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('1975-04-30', 50)).toBe('2025-04-30');
  });
});

describe('whole months between two days, as ages are counted', () => {
  it('completes a month on the same day of a later month', () => {
    expect(monthsBetween('2008-03-21', '2026-03-20')).toBe(17 * 12 + 11);
    expect(monthsBetween('2008-03-21', '2026-03-21')).toBe(18 * 12);
    expect(monthsBetween('2008-03-21', '2025-11-20')).toBe(17 * 12 + 7);
  });

  it('completes a month on the last day of a shorter month', () => {
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-03-30')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-03-31')).toBe(2);
  });

  it('makes someone born on 29 February a year older on 28 February of a common year', () => {
    expect(monthsBetween('2004-02-29', '2022-02-27')).toBe(18 * 12 - 1);
    expect(monthsBetween('2004-02-29', '2022-02-28')).toBe(18 * 12);
  });

  it('is zero on the same day and negative backwards', () => {
    expect(monthsBetween('2026-05-10', '2026-05-10')).toBe(0);
    expect(monthsBetween('2026-05-10', '2026-01-10')).toBe(-4);
  });
});

describe('adding days', () => {
  it('crosses months, years and 29 February, both ways', () => {
    expect(addDays('2026-11-23', 60)).toBe('2027-01-22');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-05-19', 0)).toBe('2026-05-19');
  });
});
