import { describe, expect, it } from 'vitest';
import { parsePeriod, periodsJustBefore } from '../../../../shared/reports/period';

const before = (code: string) => {
  const period = parsePeriod(code);
  if (!period) throw new Error(code);
  return periodsJustBefore(period);
};

describe('the periods just before a period (whose closing its opening must equal)', () => {
  it('is the quarter before, with the half year or nine months that end with it', () => {
    expect(before('2026-Q2')).toEqual(['2026-Q1']);
    expect(before('2026-Q3')).toEqual(['2026-Q2', '2026-H1']);
    expect(before('2026-Q4')).toEqual(['2026-Q3', '2026-9M']);
  });

  it('is the year before (or its fourth quarter) for what starts on 1 January', () => {
    for (const code of ['2026-Q1', '2026-H1', '2026-9M', '2026']) expect(before(code)).toEqual(['2025', '2025-Q4']);
  });
});
