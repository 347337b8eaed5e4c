import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodCodeOf, periodFromAddress, romanQuarter, yearChoices } from '../../../renderer/pages/reports/periodChoice';

describe('choosing a report period', () => {
  it('opens on the last quarter that has ended', () => {
    expect(defaultPeriod('2026-10-05').code).toBe('2026-Q3');
    expect(defaultPeriod('2026-09-30').code).toBe('2026-Q2');
    expect(defaultPeriod('2026-02-14').code).toBe('2025-Q4');
  });

  it('builds the code of each kind from its parts', () => {
    expect(periodCodeOf('quarter', 2026, 3)).toBe('2026-Q3');
    expect(periodCodeOf('half', 2026, 3)).toBe('2026-H1');
    expect(periodCodeOf('nine_months', 2026, 3)).toBe('2026-9M');
    expect(periodCodeOf('year', 2026, 3)).toBe('2026');
    expect([1, 2, 3, 4].map(romanQuarter)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('reads the period from the address, falling back to the default for anything else', () => {
    expect(periodFromAddress('2025-h1', '2026-10-05').code).toBe('2025-H1');
    expect(periodFromAddress('2026', '2026-10-05').code).toBe('2026');
    expect(periodFromAddress('2026-Q5', '2026-10-05').code).toBe('2026-Q3');
    expect(periodFromAddress(null, '2026-10-05').code).toBe('2026-Q3');
    // Outside the years offered: a year to come, or further back than the chooser goes.
    expect(periodFromAddress('2027-Q1', '2026-10-05').code).toBe('2026-Q3');
    expect(periodFromAddress('2001', '2026-10-05').code).toBe('2026-Q3');
    expect(yearChoices('2026-10-05')).toHaveLength(16);
  });
});
