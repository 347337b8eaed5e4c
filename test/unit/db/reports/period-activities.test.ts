import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../shared/api/contract';
import type { IndicatorKey } from '../../../../shared/reports/indicators';
import type { PeriodReport } from '../../../../shared/reports/views';
import { buildQ3Fixture } from './q3-fixture';
import { openReportRegister, type ReportRegister } from './report-register';

// Source under test: db/reports/period-report.ts and report-activities.ts through dispatch ('reports.period'): the
// register's meetings, KTGS records, dues and ratings in the report, on the fixture of q3-fixture.ts.

describe('reports.period: meetings, KTGS, dues and ratings', () => {
  let register: ReportRegister;
  let ids: Record<string, number>;
  const id = (name: string) => ids[name] as number;

  beforeEach(async () => {
    register = await openReportRegister();
    ids = await buildQ3Fixture(register);
  });
  afterEach(() => register.cleanup());

  const report = (period: string, orgCode?: string): Promise<PeriodReport> =>
    register.call('reports.period', orgCode === undefined ? { period } : { period, orgCode });
  const figures = (indicators: PeriodReport['totals'], keys: readonly IndicatorKey[]) => Object.fromEntries(keys.map((key) => [key, indicators[key]]));
  const present = (...names: string[]) => names.map((name) => ({ memberId: id(name), presence: 'present' as const }));
  type MeetingInput = CallInput<'meetings.create'>;
  const meeting = (kind: MeetingInput['kind'], date: string, attendance: MeetingInput['attendance'], guests: MeetingInput['guests'] = []) =>
    register.call('meetings.create', { kind, date, startTime: '19:00', endTime: '21:00', attendance, guests });

  it('counts the period’s meetings (a combined one as both), their attendance and the upper level’s visits', async () => {
    await meeting('regular', '20/06/2026', present('an', 'cuong', 'nga', 'inh', 'long', 'minh'));
    // 10/7: expected An, Cường, Nga, Inh, Long, Minh, Khoa, Giang, Hải (Em away, Phúc exempt): 7 of 9 present.
    await meeting('regular', '10/07/2026', [
      ...present('an', 'cuong', 'nga', 'inh', 'long', 'minh', 'khoa'),
      { memberId: id('giang'), presence: 'excused', reason: 'Ốm' },
      { memberId: id('hai'), presence: 'absent' },
    ]);
    // 15/8: Bình and Dung have come: 10 of 11 present.
    await meeting(
      'combined',
      '15/08/2026',
      [...present('an', 'binh', 'cuong', 'dung', 'nga', 'inh', 'long', 'minh', 'giang', 'hai'), { memberId: id('khoa'), presence: 'absent' }],
      [
        { name: 'Nguyễn Văn Khách', position: 'Đảng ủy viên', upperLevel: true },
        { name: 'Trần Thị Mời', position: 'Trưởng khu phố', upperLevel: false },
      ],
    );
    // 12/9: Cường and Hải died, Inh left: 8 of 8.
    await meeting('thematic', '12/09/2026', present('an', 'binh', 'dung', 'nga', 'long', 'minh', 'khoa', 'giang'), [
      { name: 'Lê Văn Trên', upperLevel: true },
      { name: 'Hồ Thị Trên', upperLevel: true },
    ]);

    const q3 = await report('2026-Q3');
    expect(figures(q3.totals, ['meetings.regular', 'meetings.thematic', 'meetings.attendance_rate', 'meetings.upper_level_visits'])).toEqual({
      'meetings.regular': 2,
      'meetings.thematic': 2,
      'meetings.attendance_rate': 25 / 28,
      'meetings.upper_level_visits': 3,
    });
    expect(q3.charts.attendance).toEqual([
      { month: '2026-07', meetings: 1, rate: 7 / 9 },
      { month: '2026-08', meetings: 1, rate: 10 / 11 },
      { month: '2026-09', meetings: 1, rate: 1 },
    ]);
    // The register's meetings are the committee's own: in its row, not in the cells'.
    expect(q3.units.map((row) => [row.unit.code, row.indicators['meetings.regular'], row.indicators['meetings.attendance_rate']])).toEqual([
      ['DB01', 2, 25 / 28],
      ['CB01', 0, null],
      ['CB02', 0, null],
    ]);
    expect((await report('2026-Q3', 'CB01')).totals['meetings.regular']).toBe(0);
  });

  it('counts KTGS records started in the period and the recommendations open and overdue on its last day', async () => {
    await register.call('inspections.create', {
      direction: 'received',
      activity: 'kiem_tra',
      kind: 'thuong_xuyen',
      basis: 'ad_hoc',
      conductedBy: 'Ủy ban Kiểm tra Quận ủy',
      startDate: '05/08/2026',
      subjectType: 'unit',
      unitCode: 'DB01',
      recommendations: [
        { content: 'Hoàn thiện sổ sách', deadline: '01/09/2026', doneOn: '25/08/2026' },
        { content: 'Bổ sung biên bản', deadline: '15/09/2026' },
      ],
    });
    await register.call('inspections.create', {
      direction: 'conducted',
      activity: 'giam_sat',
      kind: 'chuyen_de',
      basis: 'ad_hoc',
      conductedBy: 'Chi ủy',
      startDate: '20/07/2026',
      subjectType: 'member',
      memberId: id('long'),
      recommendations: [{ content: 'Báo cáo việc khắc phục', deadline: '30/10/2026', responsible: 'Đồng chí Long' }],
    });
    // Started in the second quarter; its recommendation was done only on 10/10, after the quarter: overdue on 30/9.
    await register.call('inspections.create', {
      direction: 'conducted',
      activity: 'kiem_tra',
      kind: 'thuong_xuyen',
      basis: 'ad_hoc',
      conductedBy: 'Đảng ủy',
      startDate: '10/05/2026',
      subjectType: 'unit',
      unitCode: 'CB02',
      recommendations: [{ content: 'Sinh hoạt đúng kỳ', deadline: '30/06/2026', doneOn: '10/10/2026' }],
    });

    const q3 = await report('2026-Q3');
    expect(figures(q3.totals, ['ktgs.received', 'ktgs.conducted', 'ktgs.recommendations_open', 'ktgs.recommendations_overdue'])).toEqual({
      'ktgs.received': 1,
      'ktgs.conducted': 1,
      'ktgs.recommendations_open': 3,
      'ktgs.recommendations_overdue': 2,
    });
    expect(q3.ktgs.received).toBe(1);
    expect(q3.ktgs.conducted).toBe(1);
    expect(q3.ktgs.open.map((line) => [line.subject, line.content, line.deadline, line.responsible])).toEqual([
      ['Tạ Văn Long', 'Báo cáo việc khắc phục', '2026-10-30', 'Đồng chí Long'],
    ]);
    expect(q3.ktgs.overdue.map((line) => [line.subject, line.content, line.deadline])).toEqual([
      ['Chi bộ Khu phố 2', 'Sinh hoạt đúng kỳ', '2026-06-30'],
      ['Đảng bộ phường Hòa Bình', 'Bổ sung biên bản', '2026-09-15'],
    ]);
    // Each record belongs to the unit it is about (a member's record to the member's unit).
    expect(q3.units.map((row) => [row.unit.code, row.indicators['ktgs.conducted'], row.indicators['ktgs.recommendations_open'], row.indicators['ktgs.recommendations_overdue']])).toEqual([
      ['DB01', 1, 2, 1],
      ['CB01', 0, 0, 0],
      ['CB02', 0, 1, 1],
    ]);
    // In the fourth quarter (as of 31/12), the CB02 recommendation is done and the others are past their deadlines.
    const q4 = await report('2026-Q4');
    expect(figures(q4.totals, ['ktgs.received', 'ktgs.recommendations_open', 'ktgs.recommendations_overdue'])).toEqual({
      'ktgs.received': 0,
      'ktgs.recommendations_open': 2,
      'ktgs.recommendations_overdue': 2,
    });
  });

  it('sums the dues paid for the period’s months with the dues area’s own month figures', async () => {
    await register.call('dues.setBasis', { memberId: id('an'), fromMonth: '01/2026', category: 'salary', amountVnd: 5_000_000 });
    await register.call('dues.setBasis', { memberId: id('long'), fromMonth: '01/2026', category: 'other', amountVnd: 30_000 });
    const pay = (month: string, payments: [string, number][]) =>
      register.call('dues.recordMonth', {
        month,
        payments: payments.map(([name, amountVnd]) => ({ memberId: id(name), amountVnd, channel: 'cash' as const, paidOn: '28/09/2026' })),
      });
    await pay('06/2026', [['an', 50_000]]);
    await pay('07/2026', [['an', 50_000]]);
    await pay('08/2026', [['an', 50_000]]);
    await pay('09/2026', [['long', 30_000]]);

    const q3 = await report('2026-Q3');
    expect(q3.totals['dues.collected_vnd']).toBe(130_000);
    expect(q3.units.map((row) => [row.unit.code, row.indicators['dues.collected_vnd']])).toEqual([
      ['DB01', 30_000],
      ['CB01', 100_000],
      ['CB02', 0],
    ]);
    const year = await register.call('dues.year', { year: 2026 });
    const sameMonths = year.months
      .filter((month) => month.month >= '2026-07' && month.month <= '2026-09')
      .map(({ month, totals }) => ({ month, expectedVnd: totals.expectedVnd, collectedVnd: totals.collectedVnd, keptVnd: totals.keptVnd, remittedVnd: totals.remittedVnd }));
    expect(q3.dues.months).toEqual(sameMonths);
    // An owes 1% of 5.000.000 and Long 30.000 a month; a grassroots committee keeps 70%.
    expect(q3.dues.months[0]).toEqual({ month: '2026-07', expectedVnd: 80_000, collectedVnd: 50_000, keptVnd: 35_000, remittedVnd: 15_000 });
    expect(q3.dues.totals).toEqual({ expectedVnd: 240_000, collectedVnd: 130_000, keptVnd: 91_000, remittedVnd: 39_000 });
  });

  it('gives a year’s report the ratings over the members counted on 31 December, per unit with the unit’s own level', async () => {
    await register.call('ratings.save', {
      year: 2026,
      members: [
        { memberId: id('an'), level: 'htt' },
        { memberId: id('nga'), level: 'ht' },
        { memberId: id('em'), level: 'kht' },
      ],
      unit: { level: 'htt' },
    });
    const year = await report('2026');
    expect(figures(year.totals, ['rating.htxs', 'rating.htt', 'rating.ht', 'rating.kht', 'rating.not_rated', 'members.total'])).toEqual({
      'rating.htxs': 0,
      'rating.htt': 1,
      'rating.ht': 1,
      'rating.kht': 1,
      'rating.not_rated': 4, // Bình, Dung, Phúc, Long
      'members.total': 7,
    });
    expect(year.ratings.year).toBe(2026);
    expect(year.ratings.rows.map((row) => [row.unit.code, row.unitLevel, row.htt, row.ht, row.kht, row.notRated])).toEqual([
      ['DB01', 'htt', 0, 0, 0, 1],
      ['CB01', null, 1, 1, 0, 2],
      ['CB02', null, 0, 0, 1, 1],
      // Closed on 1/3/2026, it was open during the year: it keeps its row, empty.
      ['CB03', null, 0, 0, 0, 0],
    ]);
    expect(year.units.find((row) => row.unit.code === 'CB03')?.indicators['orgs.units']).toBe(0);
    expect(year.ratings.totals).toEqual({ htxs: 0, htt: 1, ht: 1, kht: 1, notRated: 4 });
    expect(year.identity).toEqual({ opening: 8, added: 3, lost: 4, expectedClosing: 7, closing: 7, holds: true });
    // A quarter shows the same year's sheet as of its own last day, but no rating indicators.
    const q3 = await report('2026-Q3');
    expect(q3.ratings.totals).toEqual({ htxs: 0, htt: 1, ht: 1, kht: 1, notRated: 4 });
    expect(q3.totals['rating.htt']).toBeNull();
  });

  it('shows, never hides, a unit whose balance fails on data imported inconsistent', async () => {
    // A return from a temporary transfer written straight into the file for a member who had transferred out: the
    // service would refuse it (rules.not_away); here it stands for an inconsistent import.
    register.store.db
      .prepare("INSERT INTO member_events (member_id, type, date, seq, details, created_at) VALUES (?, 'temporary_out_return', '2026-09-20', 1, '{}', '2026-10-15T02:00:00Z')")
      .run(id('inh'));
    const q3 = await report('2026-Q3');
    expect(q3.identity).toEqual({ opening: 8, added: 3, lost: 4, expectedClosing: 7, closing: 8, holds: false });
    expect(q3.identityViolations).toEqual([
      { unit: { code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parentCode: 'DB01', depth: 1 }, identity: { opening: 3, added: 0, lost: 1, expectedClosing: 2, closing: 3, holds: false } },
    ]);
  });
});
