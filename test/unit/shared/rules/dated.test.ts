import { describe, expect, it } from 'vitest';
import { findRuleOn, ruleOn, ruleTable } from '../../../../shared/rules/dated';

const dues = ruleTable('dues rate', [
  { from: '2010-01-01', value: 0.01, source: 'Quy định 342-QĐ/TW ngày 28/12/2010' },
  { from: '2026-02-01', value: 0.01, source: 'Quy định 01-QĐ/TW ngày 3/2/2026' },
]);

describe('a dated rule table', () => {
  it('gives the row in force on a day: the latest one starting on or before it', () => {
    expect(ruleOn(dues, '2026-01-31').source).toBe('Quy định 342-QĐ/TW ngày 28/12/2010');
    expect(ruleOn(dues, '2026-02-01').source).toBe('Quy định 01-QĐ/TW ngày 3/2/2026');
    expect(ruleOn(dues, '2099-12-31').source).toBe('Quy định 01-QĐ/TW ngày 3/2/2026');
    expect(ruleOn(dues, '2010-01-01').from).toBe('2010-01-01');
  });

  it('says clearly when asked about a day before its first row', () => {
    expect(findRuleOn(dues, '2009-12-31')).toBeUndefined();
    expect(() => ruleOn(dues, '2009-12-31')).toThrow('No rule "dues rate" in force on 2009-12-31: the first known row applies from 2010-01-01');
  });

  it('refuses rows out of date order, on the same day, without a source or with a malformed date', () => {
    const row = (from: string, source = 'X') => ({ from, value: 1, source });
    expect(() => ruleTable('t', [row('2020-01-01'), row('2019-01-01')])).toThrow('does not come after 2020-01-01');
    expect(() => ruleTable('t', [row('2020-01-01'), row('2020-01-01')])).toThrow('does not come after');
    expect(() => ruleTable('t', [row('2020-01-01', ' ')])).toThrow('has no source');
    expect(() => ruleTable('t', [row('1/1/2020')])).toThrow('not an ISO date');
  });
});
