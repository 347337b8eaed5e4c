import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { basisInputSchema, monthSheetInputSchema, reliefInputSchema } from '../../../../shared/dues/schema';
import { formatViMonth, monthSpan, parseViMonth } from '../../../../shared/dues/months';
import { ruleOn } from '../../../../shared/rules/dated';
import { DUES_RATES, DUES_RELIEFS, DUES_RETENTION } from '../../../../shared/rules/dues';

// Source under test: shared/dues/{schema,months}.ts, shared/rules/dues.ts.

/** The schema's own issues (the message keys as written), path and key. */
const problems = (result: { success: boolean; error?: z.ZodError }) =>
  result.success || !result.error ? [] : result.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);

describe('months', () => {
  it('reads and writes months as Vietnamese do', () => {
    expect(parseViMonth('2/2026')).toBe('2026-02');
    expect(parseViMonth('13/2026')).toBeNull();
    expect(formatViMonth('2026-02')).toBe('02/2026');
    expect(monthSpan('2026-02', '2027-01')).toBe(12);
  });
});

describe('month sheet', () => {
  it('takes amounts typed with dots, refuses a negative or zero amount and a member listed twice', () => {
    const sheet = monthSheetInputSchema.safeParse({
      month: '03/2026',
      payments: [{ memberId: 1, amountVnd: '50.000', channel: 'cash', paidOn: '05/03/2026' }],
    });
    expect(sheet.success && sheet.data).toEqual({ month: '2026-03', payments: [{ memberId: 1, amountVnd: 50_000, channel: 'cash', paidOn: '2026-03-05' }] });
    const bad = monthSheetInputSchema.safeParse({
      month: '2026-03',
      payments: [
        { memberId: 1, amountVnd: -5000, channel: 'cash', paidOn: '2026-03-05' },
        { memberId: 2, amountVnd: 0, channel: 'portal', paidOn: '2026-03-05' },
        { memberId: 2, amountVnd: 1000, channel: 'bank', paidOn: '2026-03-05' },
      ],
    });
    expect(problems(bad)).toEqual([
      'payments.0.amountVnd: dues.validation.amount_negative',
      'payments.1.amountVnd: dues.validation.amount_zero',
      'payments.2.channel: dues.validation.channel_required',
    ]);
    const twice = { memberId: 1, amountVnd: 1000, channel: 'cash', paidOn: '2026-03-05' };
    expect(problems(monthSheetInputSchema.safeParse({ month: '2026-03', payments: [twice, twice] }))).toEqual([
      'payments.1.memberId: dues.validation.member_twice',
    ]);
  });
});

describe('basis', () => {
  it('needs the wage, pension or fixed amount; a student’s amount may be left to the rule', () => {
    expect(problems(basisInputSchema.safeParse({ memberId: 1, fromMonth: '2026-01', category: 'salary', amountVnd: '' }))).toEqual([
      'amountVnd: dues.validation.amount_required_salary',
    ]);
    expect(basisInputSchema.safeParse({ memberId: 1, fromMonth: '2026-01', category: 'student' }).success).toBe(true);
  });
});

describe('relief', () => {
  const base = { memberId: 1, fromMonth: '2026-03', toMonth: '2026-08', kind: 'reduction', reason: 'hardship', percent: 50 };

  it('allows only 30, 50 or 70% off, for hardship, for at most 12 months under QĐ 01', () => {
    expect(reliefInputSchema.safeParse(base).success).toBe(true);
    expect(problems(reliefInputSchema.safeParse({ ...base, percent: 40 }))).toEqual(['percent: dues.validation.percent_not_allowed']);
    expect(problems(reliefInputSchema.safeParse({ ...base, reason: 'poor_household' }))).toEqual(['reason: dues.validation.reduction_for_hardship']);
    expect(problems(reliefInputSchema.safeParse({ ...base, toMonth: '2027-03' }))).toEqual(['toMonth: dues.validation.relief_too_long']);
    expect(problems(reliefInputSchema.safeParse({ ...base, toMonth: '' }))).toEqual(['toMonth: dues.validation.relief_end_required']);
    expect(problems(reliefInputSchema.safeParse({ ...base, toMonth: '2026-01' }))).toEqual(['toMonth: dues.validation.relief_end_before_start']);
    // An exemption for a poor household may stay open; before QĐ 01 any share was the cell's to decide.
    expect(reliefInputSchema.safeParse({ ...base, kind: 'exemption', reason: 'poor_household', toMonth: '', percent: '' }).success).toBe(true);
    expect(reliefInputSchema.safeParse({ ...base, fromMonth: '2025-03', toMonth: '2025-06', percent: 40 }).success).toBe(true);
  });
});

describe('dues rules', () => {
  /** A regulation is changed by adding a row: these pin every row. */
  it('hold QĐ 342-QĐ/TW from 1/4/2011 and QĐ 01-QĐ/TW from 1/2/2026', () => {
    expect(DUES_RATES.rows.map((row) => row.from)).toEqual(['2011-04-01', '2026-02-01']);
    expect(ruleOn(DUES_RATES, '2026-01-31').value).toEqual({ salaryBasisPoints: 100, salaryOfPreviousMonth: false, pensionBasisPoints: 50, studentFixedVnd: null });
    expect(ruleOn(DUES_RATES, '2026-02-01').value).toEqual({ salaryBasisPoints: 100, salaryOfPreviousMonth: true, pensionBasisPoints: 50, studentFixedVnd: 5000 });
    expect(ruleOn(DUES_RELIEFS, '2026-02-01').value).toEqual({ reductionPercents: [30, 50, 70], maxMonths: 12, exemptPartyAgeYears: 50 });
    expect(ruleOn(DUES_RETENTION, '2025-06-01').value.chi_bo).toBe(30);
    expect(ruleOn(DUES_RETENTION, '2026-06-01').source).toContain('(verify)');
  });
});
