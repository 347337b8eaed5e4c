import { describe, expect, it } from 'vitest';
import { monthDue, type IncomeBasis, type Relief } from '../../../../shared/dues/expected';
import { memberLines, monthTotals, removalWarning, type DuesPayment, type MemberDuesRecord } from '../../../../shared/dues/ledger';
import { lastDayOf, monthsOfYear, type DuesMonth } from '../../../../shared/dues/months';
import { duesReminderOf } from '../../../../shared/dues/reminders';
import { memberEventSchema, type MemberEvent, type MemberEventInput } from '../../../../shared/members/events';
import { memberStateOn } from '../../../../shared/members/state';

// Source under test: shared/dues/{expected,ledger,reminders}.ts over shared/rules/dues.ts.

const events = (inputs: MemberEventInput[]): MemberEvent[] =>
  inputs.map((input, index) => ({ ...memberEventSchema.parse(input), id: index + 1, seq: 1 }) as MemberEvent);
const ADMITTED: MemberEventInput = { type: 'admitted', date: '2010-01-05' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '2011-02-01' };
const OFFICIAL_SINCE_2010 = events([ADMITTED, OFFICIAL]);

let nextId = 1;
const basis = (fromMonth: DuesMonth, category: IncomeBasis['category'], amountVnd: number | null): IncomeBasis => ({
  id: nextId++,
  fromMonth,
  category,
  amountVnd,
  note: null,
});
const relief = (fromMonth: DuesMonth, toMonth: DuesMonth | null, kind: Relief['kind'], reason: Relief['reason'], percent: number | null = null): Relief => ({
  id: nextId++,
  fromMonth,
  toMonth,
  kind,
  reason,
  percent,
  note: null,
});

const due = (history: MemberEvent[], bases: IncomeBasis[], month: DuesMonth, reliefs: Relief[] = []) =>
  monthDue(memberStateOn(history, lastDayOf(month)), bases, reliefs, month);

describe('expected amount', () => {
  const salary = [basis('2024-01', 'salary', 8_000_000), basis('2026-03', 'salary', 10_000_000)];

  it('is 1% of the month’s wage under QĐ 342 (2025) and 1% of the previous month’s wage under QĐ 01 (2026)', () => {
    const june2025 = due(OFFICIAL_SINCE_2010, salary, '2025-06');
    expect(june2025).toMatchObject({ dueHere: true, expectedVnd: 80_000, missing: null });
    expect(june2025.rateRule).toContain('Quyết định 342-QĐ/TW');
    // The raise from March 2026: March still owes on February's wage, April on March's.
    const march2026 = due(OFFICIAL_SINCE_2010, salary, '2026-03');
    expect(march2026).toMatchObject({ expectedVnd: 80_000 });
    expect(march2026.rateRule).toContain('Quy định 01-QĐ/TW');
    expect(due(OFFICIAL_SINCE_2010, salary, '2026-04').expectedVnd).toBe(100_000);
    // Under QĐ 342 the same raise would have counted in its own month.
    expect(due(OFFICIAL_SINCE_2010, [basis('2024-01', 'salary', 8_000_000), basis('2025-06', 'salary', 10_000_000)], '2025-06').expectedVnd).toBe(100_000);
  });

  it('is 0.5% of a pension, 5.000 đ for a student from 2/2026 (the locally set amount before), a fixed amount as set', () => {
    expect(due(OFFICIAL_SINCE_2010, [basis('2020-01', 'pension', 7_500_000)], '2026-05').expectedVnd).toBe(37_500);
    const student = [basis('2024-09', 'student', 3_000)];
    expect(due(OFFICIAL_SINCE_2010, student, '2026-01').expectedVnd).toBe(3_000);
    expect(due(OFFICIAL_SINCE_2010, student, '2026-02').expectedVnd).toBe(5_000);
    expect(due(OFFICIAL_SINCE_2010, [basis('2024-09', 'student', null)], '2025-10')).toMatchObject({ expectedVnd: null, missing: 'no_amount' });
    expect(due(OFFICIAL_SINCE_2010, [basis('2024-09', 'other', 20_000)], '2026-05').expectedVnd).toBe(20_000);
  });

  it('cannot be computed without a basis, and is nothing in months the member does not owe here', () => {
    expect(due(OFFICIAL_SINCE_2010, [], '2026-03')).toMatchObject({ dueHere: true, expectedVnd: null, missing: 'no_basis' });
    const bases = [basis('2020-01', 'salary', 6_000_000)];
    const admittedMarch = events([{ type: 'admitted', date: '2026-03-20' }]);
    expect(due(admittedMarch, bases, '2026-02')).toMatchObject({ dueHere: false, status: 'not_admitted', expectedVnd: 0 });
    expect(due(admittedMarch, bases, '2026-03')).toMatchObject({ dueHere: true, expectedVnd: 60_000 });
    const leaves = events([ADMITTED, OFFICIAL, { type: 'transferred_out', date: '2026-04-10', otherUnit: 'Chi bộ B' }]);
    expect(due(leaves, bases, '2026-03').dueHere).toBe(true);
    expect(due(leaves, bases, '2026-04')).toMatchObject({ dueHere: false, status: 'transferred_out' });
  });

  it('is owed by members exempt from meetings and those attached here, not by those away on a temporary transfer', () => {
    const bases = [basis('2020-01', 'salary', 6_000_000)];
    const exempt = events([ADMITTED, OFFICIAL, { type: 'exemption_start', date: '2025-01-01' }]);
    expect(due(exempt, bases, '2026-03')).toMatchObject({ dueHere: true, expectedVnd: 60_000 });
    const away = events([ADMITTED, OFFICIAL, { type: 'temporary_out', date: '2026-01-10', otherUnit: 'Chi bộ B' }]);
    expect(due(away, bases, '2026-03')).toMatchObject({ dueHere: false, status: 'temporarily_away' });
    const attached = events([ADMITTED, OFFICIAL, { type: 'temporary_in', date: '2026-01-10', otherUnit: 'Chi bộ C' }]);
    expect(due(attached, bases, '2026-03')).toMatchObject({ dueHere: true, status: 'temporarily_attached' });
  });
});

describe('reliefs', () => {
  const bases = [basis('2020-01', 'salary', 9_000_000)];

  it('exempts a member of 50 years’ party age from 2/2026 only, the month QĐ 01 took effect', () => {
    const veteran = events([{ type: 'admitted', date: '1970-05-10' }, { type: 'made_official', date: '1971-06-01' }]);
    expect(due(veteran, bases, '2026-01')).toMatchObject({ expectedVnd: 90_000, relief: null });
    const february = due(veteran, bases, '2026-02');
    expect(february).toMatchObject({ expectedVnd: 0, baseVnd: 90_000, relief: { kind: 'exemption', reason: 'party_age', years: 50 } });
    expect(february.relief).toMatchObject({ rule: expect.stringContaining('Điều 5') as unknown });
    // Forty-nine years and eleven months in June 2026: not yet.
    const almost = events([{ type: 'admitted', date: '1976-07-10' }]);
    expect(due(almost, bases, '2026-06').relief).toBeNull();
    expect(due(almost, bases, '2026-07').relief).toMatchObject({ reason: 'party_age' });
  });

  it('takes 50% off within a reduction’s window only, and nothing is owed under an exemption', () => {
    const half = [relief('2026-03', '2026-05', 'reduction', 'hardship', 50)];
    expect(due(OFFICIAL_SINCE_2010, bases, '2026-02', half).expectedVnd).toBe(90_000);
    expect(due(OFFICIAL_SINCE_2010, bases, '2026-03', half)).toMatchObject({ expectedVnd: 45_000, relief: { kind: 'reduction', percent: 50 } });
    expect(due(OFFICIAL_SINCE_2010, bases, '2026-05', half).expectedVnd).toBe(45_000);
    expect(due(OFFICIAL_SINCE_2010, bases, '2026-06', half).expectedVnd).toBe(90_000);
    const poor = [relief('2026-03', null, 'exemption', 'poor_household')];
    expect(due(OFFICIAL_SINCE_2010, [], '2027-01', poor)).toMatchObject({ expectedVnd: 0, missing: null, relief: { reason: 'poor_household' } });
  });
});

describe('ledger', () => {
  const record = (payments: [DuesMonth, number][], bases = [basis('2025-01', 'salary', 5_000_000)]): MemberDuesRecord => ({
    events: OFFICIAL_SINCE_2010,
    bases,
    reliefs: [],
    payments: new Map(payments.map(([month, amountVnd]): [DuesMonth, DuesPayment] => [month, { amountVnd, channel: 'cash', paidOn: `${month}-05` }])),
  });

  it('counts arrears by month and warns at 3 past months of the year without any payment', () => {
    const today = '2026-06-15';
    const lines = memberLines(record([['2026-01', 50_000], ['2026-03', 20_000]]), monthsOfYear(2026), today);
    expect(lines.map((line) => line.arrearsVnd).slice(0, 6)).toEqual([0, 50_000, 30_000, 50_000, 50_000, 50_000]);
    expect(lines.filter((line) => line.unpaid).map((line) => line.month)).toEqual(['2026-02', '2026-04', '2026-05']);
    expect(removalWarning(lines, 2026, today)).toEqual({
      unpaidMonths: ['2026-02', '2026-04', '2026-05'],
      threshold: 3,
      reached: true,
      rule: 'Quy định 01-QĐ/TW ngày 3/2/2026, Điều 2 khoản 1; Điều lệ Đảng, Điều 8 khoản 2',
    });
    // Two months unpaid is below the rule's three; June is not over yet.
    const fewer = memberLines(record([['2026-01', 50_000], ['2026-03', 20_000], ['2026-04', 50_000]]), monthsOfYear(2026), today);
    expect(removalWarning(fewer, 2026, today)).toMatchObject({ unpaidMonths: ['2026-02', '2026-05'], reached: false });
  });

  it('reminds of the past months still owed this year, with the amount and the removal warning', () => {
    const today = '2026-06-15';
    const lines = memberLines(record([['2026-01', 50_000], ['2026-03', 20_000]]), monthsOfYear(2026), today);
    expect(duesReminderOf({ memberId: 7, fullName: 'Trần Văn An', unitName: 'Chi bộ Khu phố 3' }, lines, today)).toEqual({
      kind: 'dues_arrears',
      memberId: 7,
      fullName: 'Trần Văn An',
      unitName: 'Chi bộ Khu phố 3',
      date: '2026-02-01',
      unpaidMonths: ['2026-02', '2026-03', '2026-04', '2026-05'],
      owedVnd: 180_000,
      removalWarning: true,
    });
    const paid = memberLines(record(monthsOfYear(2026).slice(0, 5).map((month): [DuesMonth, number] => [month, 50_000])), monthsOfYear(2026), today);
    expect(duesReminderOf({ memberId: 7, fullName: 'Trần Văn An', unitName: 'Chi bộ Khu phố 3' }, paid, today)).toBeNull();
  });

  it('splits a month’s collection: a cell under a grassroots committee keeps 30% and remits 70%', () => {
    const lines = memberLines(record([['2026-03', 50_000]]), ['2026-03'], '2026-06-15');
    expect(monthTotals('2026-03', lines, 'chi_bo')).toMatchObject({
      expectedVnd: 50_000,
      collectedVnd: 50_000,
      keptVnd: 15_000,
      remittedVnd: 35_000,
      keepPercent: 30,
      retentionRule: expect.stringContaining('(verify)') as unknown,
    });
    expect(monthTotals('2026-03', lines, 'cap_tren')).toMatchObject({ keptVnd: null, remittedVnd: null });
  });
});
