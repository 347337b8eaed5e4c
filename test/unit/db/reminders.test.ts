import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import type { ApiResult } from '../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { addDays, addMonths, addYears } from '../../../shared/dates/calendar';
import type { MemberEventInput } from '../../../shared/members/events';
import { openTempStore, type TempStore } from '../../helpers/temp-database';
import { AN, HOME } from './members/register';

// Source under test: db/reminders/handlers.ts ('reminders.list'), over shared/members/reminders.ts.

/** 9 in the morning on 23 November 2026 on this PC's clock; the tests move it forward. */
const NOW = new Date(2026, 10, 23, 9, 0, 0);
const TODAY = '2026-11-23';

describe('reminders.list', () => {
  let temp: TempStore;
  let clock: Date;

  const attempt = async <N extends CallName>(name: N, payload: CallInput<N>) =>
    (await dispatch(temp.store.handlers, name, payload)) as ApiResult<CallOutput<N>>;
  const call = async <N extends CallName>(name: N, payload: CallInput<N>) => {
    const result = await attempt(name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  /** The reminders about members, leaving out the meetings the register owes. */
  const memberReminders = async () => (await call('reminders.list', {})).filter((reminder) => 'memberId' in reminder);
  const add = async (fullName: string, events: MemberEventInput[], unitCode = '') =>
    (await call('members.create', { record: { ...AN, fullName, citizenId: '', partyCardNumber: '' }, unitCode, events })).id;

  beforeEach(async () => {
    clock = NOW;
    temp = openTempStore({ now: () => clock });
    await call('org.setupHome', HOME);
  });
  afterEach(() => temp.cleanup());

  it('reminds a register set up today only of this month’s regular and this quarter’s thematic meeting', async () => {
    expect(await call('reminders.list', {})).toEqual([
      {
        kind: 'meeting_regular_missing',
        date: '2026-11-30',
        params: { year: 2026, index: 11, months: 1, from: '2026-11-01', to: '2026-11-30', current: true },
      },
      {
        kind: 'meeting_thematic_missing',
        date: '2026-12-31',
        params: { year: 2026, index: 4, months: 3, from: '2026-10-01', to: '2026-12-31', current: true },
      },
    ]);
  });

  it('counts a combined meeting as both, and names a month that passed without a regular meeting', async () => {
    const meeting = (kind: 'regular' | 'thematic' | 'combined', date: string) => ({
      kind,
      date,
      startTime: '19:00',
      endTime: '21:00',
      guests: [],
      attendance: [],
    });
    await call('meetings.create', meeting('combined', '20/11/2026'));
    expect(await call('reminders.list', {})).toEqual([]);

    clock = new Date(2026, 11, 2, 9, 0, 0);
    expect(await call('reminders.list', {})).toMatchObject([{ kind: 'meeting_regular_missing', date: '2026-12-31', params: { current: true } }]);

    clock = new Date(2027, 0, 3, 9, 0, 0);
    // December is last year's: a new year starts a clean meetings list; the fourth quarter's file is now due to go up.
    expect((await call('reminders.list', {})).map((reminder) => reminder.kind)).toEqual([
      'export_missing',
      'meeting_regular_missing',
      'meeting_thematic_missing',
    ]);
    clock = new Date(2027, 1, 5, 9, 0, 0);
    await call('meetings.create', meeting('thematic', '10/01/2027'));
    expect(await call('reminders.list', {})).toMatchObject([
      { kind: 'export_missing', date: '2026-12-31', period: '2026-Q4' },
      { kind: 'meeting_regular_missing', date: '2027-01-31', params: { index: 1, current: false } },
      { kind: 'meeting_regular_missing', date: '2027-02-28', params: { index: 2, current: true } },
    ]);
  });

  it('takes no arguments', async () => {
    expect(await attempt('reminders.list', { unitCode: 'CB012' } as never)).toMatchObject({ ok: false, error: { type: 'validation' } });
  });

  it('lists probation ending, probation overdue and badges due for today, oldest day first, with name and unit', async () => {
    await call('org.add', { code: 'CB013', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'CB012' });
    const endsOn = addDays(TODAY, 53);
    const ceremony = addMonths(endsOn, -12);
    const cuong = await add('Nguyễn Văn Cường', [{ type: 'admitted', date: addDays(ceremony, -10), ceremonyDate: ceremony }]);
    const overdueOn = addMonths(TODAY, -1);
    const hoa = await add('Phạm Thị Hoa', [{ type: 'admitted', date: addMonths(overdueOn, -12) }], 'CB013');
    const badgeOn = addDays(TODAY, 8);
    const an = await add('Trần Văn An', [
      { type: 'admitted', date: addYears(badgeOn, -30) },
      { type: 'made_official', date: addYears(badgeOn, -29) },
    ]);
    await add('Lê Thị Bình', [
      { type: 'admitted', date: '2010-01-05' },
      { type: 'made_official', date: '2011-02-01' },
    ]);

    expect(await memberReminders()).toEqual([
      { kind: 'probation_overdue', memberId: hoa, fullName: 'Phạm Thị Hoa', unitName: 'Chi bộ Khu phố 4', date: overdueOn, params: { months: 12 } },
      { kind: 'badge_due', memberId: an, fullName: 'Trần Văn An', unitName: HOME.name, date: badgeOn, params: { years: 30, presentOn: '2027-02-03' } },
      { kind: 'probation_ending', memberId: cuong, fullName: 'Nguyễn Văn Cường', unitName: HOME.name, date: endsOn, params: { months: 12 } },
    ]);
  });

  it('follows the store’s clock, and the events as they now stand', async () => {
    const endsOn = addDays(TODAY, 30);
    const id = await add('Nguyễn Văn Cường', [{ type: 'admitted', date: addMonths(endsOn, -12) }]);
    expect(await memberReminders()).toMatchObject([{ kind: 'probation_ending', memberId: id, date: endsOn }]);

    clock = new Date(2027, 0, 10, 9, 0, 0);
    expect(await memberReminders()).toMatchObject([{ kind: 'probation_overdue', memberId: id, date: endsOn }]);

    await call('events.add', { memberId: id, event: { type: 'made_official', date: '2027-01-08' } });
    expect(await memberReminders()).toEqual([]);
  });

  it('adds inspection recommendations due or overdue and dues owed for past months, oldest day first', async () => {
    const an = await add('Trần Văn An', [
      { type: 'admitted', date: '2010-01-05' },
      { type: 'made_official', date: '2011-02-01' },
    ]);
    await call('dues.setBasis', { memberId: an, fromMonth: '01/2026', category: 'salary', amountVnd: 5_000_000 });
    const paid = Array.from({ length: 8 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);
    for (const month of paid) {
      await call('dues.recordMonth', { month, payments: [{ memberId: an, amountVnd: 50_000, channel: 'cash', paidOn: `${month}-10` }] });
    }
    const inspection = await call('inspections.create', {
      direction: 'received',
      activity: 'kiem_tra',
      kind: 'thuong_xuyen',
      basis: 'ad_hoc',
      conductedBy: 'Ủy ban Kiểm tra Đảng ủy phường',
      startDate: '01/09/2026',
      subjectType: 'unit',
      unitCode: HOME.code,
      violation: false,
      recommendations: [
        { content: 'Bổ sung biên bản', deadline: '30/10/2026', responsible: 'Trần Văn An' },
        { content: 'Báo cáo khắc phục', deadline: '01/12/2026' },
        { content: 'Rà soát hồ sơ', deadline: '31/12/2026' },
      ],
    });
    const reminders = (await call('reminders.list', {})).filter((reminder) => !reminder.kind.startsWith('meeting_'));
    expect(reminders).toEqual([
      // September and October unpaid (November is not over): 2 × 50.000 đ, under the removal count.
      expect.objectContaining({ kind: 'dues_arrears', memberId: an, date: '2026-09-01', unpaidMonths: ['2026-09', '2026-10'], owedVnd: 100_000, removalWarning: false }),
      expect.objectContaining({ kind: 'recommendation_overdue', inspectionId: inspection.id, date: '2026-10-30', subject: HOME.name }),
      expect.objectContaining({ kind: 'recommendation_due', inspectionId: inspection.id, date: '2026-12-01', content: 'Báo cáo khắc phục' }),
    ]);
  });
});
