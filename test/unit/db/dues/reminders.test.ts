import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { duesReminders } from '../../../../db/dues/reminders';
import type { MemberEventInput } from '../../../../shared/members/events';
import { openDuesRegister, type DuesRegister } from './dues-register';

// Source under test: db/dues/reminders.ts over shared/dues/reminders.ts.

const ADMITTED: MemberEventInput = { type: 'admitted', date: '05/01/2010' };
const OFFICIAL: MemberEventInput = { type: 'made_official', date: '01/02/2011' };

describe('dues reminders', () => {
  let register: DuesRegister;
  beforeEach(async () => {
    register = await openDuesRegister();
  });
  afterEach(() => register.cleanup());

  const withSalary = async (fullName: string, events: MemberEventInput[] = [ADMITTED, OFFICIAL]) => {
    const id = await register.add(fullName, events);
    await register.call('dues.setBasis', { memberId: id, fromMonth: '01/2025', category: 'salary', amountVnd: 6_000_000 });
    return id;
  };
  const pay = (month: string, memberIds: number[]) =>
    register.call('dues.recordMonth', {
      month,
      payments: memberIds.map((memberId) => ({ memberId, amountVnd: 60_000, channel: 'cash' as const, paidOn: `${month}-10` })),
    });

  it('lists members owing for past months of this year, oldest month first, with the removal warning at 3 unpaid', async () => {
    const an = await withSalary('Trần Văn An');
    const binh = await withSalary('Lê Thị Bình');
    const paidUp = await withSalary('Đặng Thị Thu');
    await register.add('Nguyễn Văn Dũng', [ADMITTED, OFFICIAL]); // no basis: nothing computable is owed
    await withSalary('Hoàng Thị Em', [ADMITTED, OFFICIAL, { type: 'transferred_out', date: '10/01/2026', otherUnit: 'Chi bộ C' }]);
    await pay('2026-01', [an, paidUp]);
    for (const month of ['2026-02', '2026-03', '2026-04', '2026-05']) await pay(month, month === '2026-03' ? [paidUp] : [an, binh, paidUp]);
    // June is today's month: not yet late, so a payment missing for it is no reminder.

    const reminders = duesReminders(register.store.db, '2026-06-15');
    expect(reminders).toEqual([
      {
        kind: 'dues_arrears',
        memberId: binh,
        fullName: 'Lê Thị Bình',
        unitName: 'Chi bộ Khu phố 3',
        date: '2026-01-01',
        unpaidMonths: ['2026-01', '2026-03'],
        owedVnd: 120_000,
        removalWarning: false,
      },
      {
        kind: 'dues_arrears',
        memberId: an,
        fullName: 'Trần Văn An',
        unitName: 'Chi bộ Khu phố 3',
        date: '2026-03-01',
        unpaidMonths: ['2026-03'],
        owedVnd: 60_000,
        removalWarning: false,
      },
    ]);
    await register.call('dues.recordMonth', { month: '2026-05', payments: [{ memberId: an, amountVnd: 60_000, channel: 'cash', paidOn: '2026-05-10' }, { memberId: paidUp, amountVnd: 60_000, channel: 'cash', paidOn: '2026-05-10' }] });
    expect(duesReminders(register.store.db, '2026-06-15').find((reminder) => reminder.memberId === binh)).toMatchObject({
      unpaidMonths: ['2026-01', '2026-03', '2026-05'],
      owedVnd: 180_000,
      removalWarning: true,
    });
  });

  it('has nothing to say in January, when no month of the year is over', async () => {
    await withSalary('Trần Văn An');
    expect(duesReminders(register.store.db, '2026-01-20')).toEqual([]);
    expect(duesReminders(register.store.db, '2026-02-01')).toHaveLength(1);
  });

  it('reads the register with the same few statements however many members it holds', async () => {
    const statements = async (members: number) => {
      for (let index = 0; index < members; index += 1) await withSalary(`Đảng Viên Số${index}`);
      const prepare = vi.spyOn(register.store.db, 'prepare');
      duesReminders(register.store.db, '2026-06-15');
      const count = prepare.mock.calls.length;
      prepare.mockRestore();
      return count;
    };
    const few = await statements(2);
    const many = await statements(30);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
  });
});
