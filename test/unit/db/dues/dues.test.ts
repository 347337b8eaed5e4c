import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemberEventInput } from '../../../../shared/members/events';
import { openDuesRegister, type DuesRegister } from './dues-register';

// Source under test: db/dues/*.ts through dispatch ('dues.*'), over shared/dues/*.ts and shared/rules/dues.ts.

const ADMITTED: MemberEventInput = { type: 'admitted', date: '05/01/2010' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '01/02/2011' };

describe('party dues', () => {
  let register: DuesRegister;
  let an: number;
  let binh: number;
  let cuong: number;
  let em: number;

  beforeEach(async () => {
    register = await openDuesRegister();
    an = await register.add('Trần Văn An', [ADMITTED, OFFICIAL]);
    binh = await register.add('Lê Thị Bình', [ADMITTED, OFFICIAL]);
    cuong = await register.add('Phạm Văn Cường', [{ type: 'admitted', date: '10/05/1970' }, { type: 'made_official', date: '10/05/1971' }], '02/03/1948');
    em = await register.add('Hoàng Thị Em', [ADMITTED, OFFICIAL, { type: 'transferred_out', date: '10/04/2026', otherUnit: 'Chi bộ C' }]);
    for (const memberId of [an, binh, cuong, em]) {
      await register.call('dues.setBasis', { memberId, fromMonth: '01/2025', category: 'salary', amountVnd: '8.000.000' });
    }
  });
  afterEach(() => register.cleanup());

  it('lists the month’s members in register order with what each owes under the rule of that month', async () => {
    const may2025 = await register.call('dues.month', { month: '05/2025' });
    expect(may2025.rows.map((row) => [row.fullName, row.expectedVnd])).toEqual([
      ['Trần Văn An', 80_000],
      ['Lê Thị Bình', 80_000],
      ['Phạm Văn Cường', 80_000],
      ['Hoàng Thị Em', 80_000],
    ]);
    const may2026 = await register.call('dues.month', { month: '2026-05' });
    // Cường has 50 years of party age: exempt under QĐ 01. Em left in April: no longer on the sheet.
    expect(may2026.rows.map((row) => [row.fullName, row.expectedVnd, row.relief?.kind ?? null])).toEqual([
      ['Trần Văn An', 80_000, null],
      ['Lê Thị Bình', 80_000, null],
      ['Phạm Văn Cường', 0, 'exemption'],
    ]);
    expect(may2026.totals).toMatchObject({ expectedVnd: 160_000, collectedVnd: 0, keptVnd: 0, remittedVnd: 0, keepPercent: 30 });
  });

  it('saves a month’s sheet in one go, shows collected, kept and remitted, and audits each payment', async () => {
    const sheet = await register.call('dues.recordMonth', {
      month: '2026-05',
      payments: [
        { memberId: an, amountVnd: 80_000, channel: 'cash', paidOn: '05/05/2026' },
        { memberId: binh, amountVnd: '50.000', channel: 'portal', paidOn: '20/04/2026' },
      ],
    });
    expect(sheet.rows.find((row) => row.memberId === an)?.payment).toEqual({ amountVnd: 80_000, channel: 'cash', paidOn: '2026-05-05' });
    expect(sheet.totals).toMatchObject({ collectedVnd: 130_000, keptVnd: 39_000, remittedVnd: 91_000, arrearsVnd: 30_000 });
    expect(sheet.totals.retentionRule).toContain('Quy định 01-QĐ/TW');

    // Saving again: Bình corrected, An no longer listed (his payment removed).
    await register.call('dues.recordMonth', {
      month: '2026-05',
      payments: [{ memberId: binh, amountVnd: 80_000, channel: 'portal', paidOn: '20/04/2026' }],
    });
    const audit = register.auditOfDues().filter((row) => row.before?.includes('payment') || row.after?.includes('payment'));
    expect(audit.map((row) => [row.memberId, row.action])).toEqual([
      [an, 'create'],
      [binh, 'create'],
      [binh, 'update'],
      [an, 'delete'],
    ]);
    expect(JSON.parse(audit[2]?.after ?? '{}')).toEqual({ record: 'payment', month: '2026-05', amountVnd: 80_000, channel: 'portal', paidOn: '2026-04-20' });
  });

  it('refuses a member who has left, and a payment dated after today, naming them; writes nothing', async () => {
    const before = register.auditOfDues().length;
    const result = await register.attempt('dues.recordMonth', {
      month: '2026-05',
      payments: [
        { memberId: an, amountVnd: 80_000, channel: 'cash', paidOn: '2026-05-05' },
        { memberId: em, amountVnd: 80_000, channel: 'cash', paidOn: '2026-05-05' },
        { memberId: binh, amountVnd: 80_000, channel: 'cash', paidOn: '2026-07-01' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        type: 'conflict',
        message: 'dues.errors.not_due_here',
        params: { name: 'Hoàng Thị Em', month: '05/2026' },
        issues: [
          { path: 'payments.1.memberId', message: 'dues.errors.not_due_here' },
          { path: 'payments.2.paidOn', message: 'dues.errors.paid_in_future', params: { name: 'Lê Thị Bình', date: '01/07/2026' } },
        ],
      },
    });
    expect(register.auditOfDues()).toHaveLength(before);
    expect((await register.call('dues.month', { month: '2026-05' })).totals.collectedVnd).toBe(0);
    // A negative amount never reaches the store.
    expect(
      await register.attempt('dues.recordMonth', { month: '2026-05', payments: [{ memberId: an, amountVnd: -1, channel: 'cash', paidOn: '2026-05-05' }] }),
    ).toMatchObject({ ok: false, error: { type: 'validation', issues: [{ path: 'payments.0.amountVnd' }] } });
  });

  it('gives a member’s year with arrears by month and the 3-unpaid-months warning with its rule', async () => {
    for (const month of ['2026-01', '2026-03']) {
      await register.call('dues.recordMonth', { month, payments: [{ memberId: an, amountVnd: 80_000, channel: 'cash', paidOn: `${month}-10` }] });
    }
    const ledger = await register.call('dues.member', { memberId: an, year: 2026 });
    expect(ledger.months.map((line) => line.arrearsVnd)).toEqual([0, 80_000, 0, 80_000, 80_000, 80_000, 80_000, 80_000, 80_000, 80_000, 80_000, 80_000]);
    expect(ledger.warning).toEqual({
      unpaidMonths: ['2026-02', '2026-04', '2026-05'],
      threshold: 3,
      reached: true,
      rule: 'Quy định 01-QĐ/TW ngày 3/2/2026, Điều 2 khoản 1; Điều lệ Đảng, Điều 8 khoản 2',
    });
    expect(ledger.paidYearVnd).toBe(160_000);
    expect(ledger.bases).toEqual([expect.objectContaining({ fromMonth: '2025-01', category: 'salary', amountVnd: 8_000_000 })]);
    expect(await register.attempt('dues.member', { memberId: 999, year: 2026 })).toMatchObject({ ok: false, error: { message: 'errors.member_not_found' } });
  });

  it('applies a 50% reduction in its window, refuses an overlapping one, and audits bases and reliefs', async () => {
    const { id } = await register.call('dues.addRelief', {
      memberId: binh,
      fromMonth: '03/2026',
      toMonth: '05/2026',
      kind: 'reduction',
      reason: 'hardship',
      percent: 50,
      note: 'QĐ 15-QĐ/ĐU',
    });
    const ledger = await register.call('dues.member', { memberId: binh, year: 2026 });
    expect(ledger.months.slice(1, 6).map((line) => line.expectedVnd)).toEqual([80_000, 40_000, 40_000, 40_000, 80_000]);
    expect(ledger.reliefs).toEqual([
      { id, fromMonth: '2026-03', toMonth: '2026-05', kind: 'reduction', reason: 'hardship', percent: 50, note: 'QĐ 15-QĐ/ĐU' },
    ]);
    expect(
      await register.attempt('dues.addRelief', { memberId: binh, fromMonth: '05/2026', kind: 'exemption', reason: 'serious_illness' }),
    ).toMatchObject({ ok: false, error: { message: 'dues.errors.relief_overlap', params: { name: 'Lê Thị Bình', from: '03/2026', to: '05/2026' } } });
    await register.call('dues.deleteRelief', { id });
    expect((await register.call('dues.member', { memberId: binh, year: 2026 })).months[3]?.expectedVnd).toBe(80_000);

    // A raise from 04/2026 replaces nothing; setting the same month again updates it.
    const raise = await register.call('dues.setBasis', { memberId: binh, fromMonth: '04/2026', category: 'salary', amountVnd: 9_000_000 });
    await register.call('dues.setBasis', { memberId: binh, fromMonth: '04/2026', category: 'salary', amountVnd: 10_000_000 });
    const raised = await register.call('dues.member', { memberId: binh, year: 2026 });
    // QĐ 01: April owes on March's wage, May on April's.
    expect(raised.months.slice(3, 5).map((line) => line.expectedVnd)).toEqual([80_000, 100_000]);
    await register.call('dues.deleteBasis', { id: raise.id });
    expect(await register.attempt('dues.deleteBasis', { id: raise.id })).toMatchObject({ ok: false, error: { message: 'dues.errors.basis_not_found' } });
    const audit = register.auditOfDues().filter((row) => row.memberId === binh);
    expect(audit.map((row) => [row.action, JSON.parse(row.after ?? row.before ?? '{}').record])).toEqual([
      ['create', 'basis'],
      ['create', 'relief'],
      ['delete', 'relief'],
      ['create', 'basis'],
      ['update', 'basis'],
      ['delete', 'basis'],
    ]);
  });

  it('sums the year month by month: owed, collected, kept and remitted', async () => {
    await register.call('dues.recordMonth', {
      month: '2026-02',
      payments: [
        { memberId: an, amountVnd: 80_000, channel: 'cash', paidOn: '2026-02-05' },
        { memberId: binh, amountVnd: 80_000, channel: 'cash', paidOn: '2026-02-05' },
      ],
    });
    const year = await register.call('dues.year', { year: 2026 });
    expect(year.months[0]).toMatchObject({ month: '2026-01', dueCount: 4, paidCount: 0, totals: { expectedVnd: 320_000, collectedVnd: 0 } });
    expect(year.months[1]).toMatchObject({ month: '2026-02', dueCount: 4, paidCount: 2, totals: { expectedVnd: 240_000, collectedVnd: 160_000, keptVnd: 48_000, remittedVnd: 112_000 } });
    expect(year.months[4]).toMatchObject({ month: '2026-05', dueCount: 3 });
    expect(year.totals).toMatchObject({ collectedVnd: 160_000, keptVnd: 48_000, remittedVnd: 112_000 });
  });
});
