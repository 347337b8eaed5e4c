import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorKey } from '../../../../shared/reports/indicators';
import type { PeriodReport } from '../../../../shared/reports/views';
import { buildQ3Fixture } from './q3-fixture';
import { openReportRegister, type ReportRegister } from './report-register';

// Source under test: db/reports/period-report.ts through dispatch ('reports.period'), over shared/reports/compute/*.
// The fixture (q3-fixture.ts) has its figures worked out by hand in its comments; the report for 2026-Q3
// (1/7–30/9/2026) is made on 15/10/2026.

describe('reports.period', () => {
  let register: ReportRegister;
  const ids: Record<string, number> = {};

  beforeEach(async () => {
    register = await openReportRegister();
    Object.assign(ids, await buildQ3Fixture(register));
  });
  afterEach(() => register.cleanup());

  const report = (period: string, orgCode?: string): Promise<PeriodReport> =>
    register.call('reports.period', orgCode === undefined ? { period } : { period, orgCode });
  const figures = (indicators: PeriodReport['totals'], keys: readonly IndicatorKey[]) => Object.fromEntries(keys.map((key) => [key, indicators[key]]));

  it('counts đảng số and its composition on the period’s last day over the whole subtree', async () => {
    const q3 = await report('2026-Q3');
    expect(q3.org).toEqual({ code: 'DB01', name: 'Đảng bộ phường Hòa Bình', kind: 'dang_bo_co_so', parent: { code: 'QU01', name: 'Đảng bộ quận Ba Đình' } });
    expect(q3.asOf).toBe('2026-09-30');
    expect(q3.generatedOn).toBe('2026-10-15');
    // Counted on 30/9: An, Bình, Dung, Nga (CB01), Em, Phúc (CB02), Long (DB01).
    expect(
      figures(q3.totals, [
        'orgs.units',
        'orgs.cells',
        'members.total',
        'members.official',
        'members.probationary',
        'members.female',
        'members.ethnic_minority',
        'members.religious',
        'members.exempt',
        'members.temporarily_away',
        'members.temporarily_attached',
      ]),
    ).toEqual({
      'orgs.units': 3, // DB01, CB01, CB02; CB03 closed on 1/3
      'orgs.cells': 2,
      'members.total': 7,
      'members.official': 5, // An, Nga (since 15/7), Em, Phúc, Long
      'members.probationary': 2, // Bình, Dung
      'members.female': 3, // Bình, Dung, Nga
      'members.ethnic_minority': 2, // Bình (Tày), Long (Mường)
      'members.religious': 2, // Bình, Em
      'members.exempt': 1, // Phúc
      'members.temporarily_away': 1, // Em
      'members.temporarily_attached': 1, // Giang (Hải died)
    });
    // Ages on 30/9/2026: Bình 26, Nga 27 | Em 36 | An 46, Dung 41 | Phúc 56 | Long 70 (71 on 1/10).
    expect(
      figures(q3.totals, ['members.age_18_30', 'members.age_31_40', 'members.age_41_50', 'members.age_51_60', 'members.age_61_70', 'members.age_over_70']),
    ).toEqual({ 'members.age_18_30': 2, 'members.age_31_40': 1, 'members.age_41_50': 2, 'members.age_51_60': 1, 'members.age_61_70': 1, 'members.age_over_70': 0 });
    expect(
      figures(q3.totals, [
        'members.theory_so_cap',
        'members.theory_trung_cap',
        'members.theory_cao_cap',
        'members.theory_cu_nhan',
        'members.qual_trung_cap',
        'members.qual_cao_dang',
        'members.qual_dai_hoc',
        'members.qual_thac_si',
        'members.qual_tien_si',
      ]),
    ).toEqual({
      'members.theory_so_cap': 1,
      'members.theory_trung_cap': 1,
      'members.theory_cao_cap': 1,
      'members.theory_cu_nhan': 1,
      'members.qual_trung_cap': 1,
      'members.qual_cao_dang': 1,
      'members.qual_dai_hoc': 1,
      'members.qual_thac_si': 1,
      'members.qual_tien_si': 1,
    });
  });

  it('counts the changes dated in the period, only those of this register’s đảng số, and the identity holds', async () => {
    const q3 = await report('2026-Q3');
    expect(
      figures(q3.totals, [
        'members.opening',
        'changes.admitted',
        'changes.made_official',
        'changes.transferred_in',
        'changes.transferred_out',
        'changes.died',
        'changes.removed',
        'changes.expelled',
        'changes.withdrew',
        'discipline.khien_trach',
        'discipline.canh_cao',
        'discipline.cach_chuc',
        'discipline.khai_tru',
      ]),
    ).toEqual({
      'members.opening': 8, // An, Cường, Nga, Em, Phúc, Inh, Long, Minh
      'changes.admitted': 2, // Bình, Khoa — not Dung, admitted elsewhere
      'changes.made_official': 1, // Nga
      'changes.transferred_in': 1, // Dung
      'changes.transferred_out': 1, // Inh
      'changes.died': 1, // Cường — not Hải, only attached here
      'changes.removed': 1, // Khoa, admitted and removed in the same quarter
      'changes.expelled': 1, // Minh
      'changes.withdrew': 0,
      'discipline.khien_trach': 1,
      'discipline.canh_cao': 0,
      'discipline.cach_chuc': 0,
      'discipline.khai_tru': 1,
    });
    expect(q3.identity).toEqual({ opening: 8, added: 3, lost: 4, expectedClosing: 7, closing: 7, holds: true });
    expect(q3.identityViolations).toEqual([]);
  });

  it('gives each unit its own members’ row, in tree order, adding up to the totals', async () => {
    const q3 = await report('2026-Q3');
    expect(q3.units.map((row) => [row.unit.code, row.unit.depth, row.indicators['members.opening'], row.indicators['members.total']])).toEqual([
      ['DB01', 0, 2, 1],
      ['CB01', 1, 3, 4],
      ['CB02', 1, 3, 2],
    ]);
    expect(q3.units.map((row) => row.identity.holds)).toEqual([true, true, true]);
    const cb01 = q3.units[1]?.indicators;
    expect(cb01 && figures(cb01, ['changes.admitted', 'changes.transferred_in', 'changes.died', 'orgs.units', 'orgs.cells'])).toEqual({
      'changes.admitted': 1,
      'changes.transferred_in': 1,
      'changes.died': 1,
      'orgs.units': 1,
      'orgs.cells': 1,
    });
    for (const key of Object.keys(q3.totals) as IndicatorKey[]) {
      if (key === 'meetings.attendance_rate' || q3.totals[key] === null) continue;
      expect(q3.units.reduce((sum, row) => sum + (row.indicators[key] ?? 0), 0), key).toBe(q3.totals[key]);
    }
  });

  it('reports one cell alone with its subtree, and refuses a code the register does not hold, naming it', async () => {
    const cb02 = await report('2026-Q3', 'CB02');
    expect(cb02.org).toEqual({ code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parent: { code: 'DB01', name: 'Đảng bộ phường Hòa Bình' } });
    expect(cb02.units.map((row) => row.unit.code)).toEqual(['CB02']);
    expect(cb02.identity).toEqual({ opening: 3, added: 0, lost: 1, expectedClosing: 2, closing: 2, holds: true });
    expect(cb02.members.map((row) => [row.fullName, row.status])).toEqual([
      ['Hoàng Văn Em', 'temporarily_away'],
      ['Ngô Thị Giang', 'temporarily_attached'],
      ['Vũ Văn Phúc', 'exempt'],
    ]);
    const refused = await register.attempt('reports.period', { period: '2026-Q3', orgCode: 'CB99' });
    expect(refused).toEqual({
      ok: false,
      error: {
        type: 'not_found',
        message: 'reports.errors.unit_not_found',
        params: { code: 'CB99' },
        issues: [{ path: 'orgCode', message: 'reports.errors.unit_not_found', params: { code: 'CB99' } }],
      },
    });
  });

  it('lists the members on the last day in register order, the admissions with their age, ethnicity and religion counts', async () => {
    const q3 = await report('2026-Q3');
    // Tên first: An, Bình, Dung, Em, Giang, Long, Nga, Phúc.
    expect(q3.members.map((row) => [row.fullName, row.unitCode, row.status])).toEqual([
      ['Trần Văn An', 'CB01', 'official'],
      ['Lê Thị Bình', 'CB01', 'probationary'],
      ['Đỗ Thị Dung', 'CB01', 'probationary'],
      ['Hoàng Văn Em', 'CB02', 'temporarily_away'],
      ['Ngô Thị Giang', 'CB02', 'temporarily_attached'],
      ['Tạ Văn Long', 'DB01', 'official'],
      ['Phan Thị Nga', 'CB01', 'official'],
      ['Vũ Văn Phúc', 'CB02', 'exempt'],
    ]);
    expect(q3.composition.admissions.map((row) => [row.fullName, row.admittedOn, row.ageAtAdmission, row.unitName])).toEqual([
      ['Mai Văn Khoa', '2026-07-05', 38, 'Đảng bộ phường Hòa Bình'],
      ['Lê Thị Bình', '2026-08-01', 26, 'Chi bộ Khu phố 1'],
    ]);
    expect(q3.composition.ethnicities).toEqual([
      { code: '01', count: 5 },
      { code: '02', count: 1 },
      { code: '06', count: 1 },
    ]);
    expect(q3.composition.religions).toEqual([
      { code: 'khong', count: 5 },
      { code: 'phat_giao', count: 1 },
      { code: 'cong_giao', count: 1 },
    ]);
  });

  it('draws đảng số at the end of the eight quarters ending with the period’s, with admissions and losses', async () => {
    const q3 = await report('2026-Q3');
    expect(q3.charts.trend.map((row) => row.period)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    // Nga admitted 1/6/2025: 7 before, 8 from 2025-Q2 on; Q3 2026: 8 + Bình, Khoa, Dung − 4 = 7.
    expect(q3.charts.trend.map((row) => [row.total, row.admitted, row.lost])).toEqual([
      [7, 0, 0],
      [7, 0, 0],
      [8, 1, 0],
      [8, 0, 0],
      [8, 0, 0],
      [8, 0, 0],
      [8, 0, 0],
      [7, 2, 4],
    ]);
  });

  it('gives a past quarter the same figures after later events, while the current quarter changes', async () => {
    const before = await report('2026-Q3');
    await register.call('events.add', { memberId: ids.an as number, event: { type: 'died', date: '05/10/2026' } });
    await register.call('events.add', {
      memberId: ids.nga as number,
      event: { type: 'transferred_out', date: '10/10/2026', otherUnit: 'Chi bộ Phố Huế' },
    });
    const after = await report('2026-Q3');
    expect(after).toEqual(before);
    const q4 = await report('2026-Q4');
    expect(q4.identity).toEqual({ opening: 7, added: 0, lost: 2, expectedClosing: 5, closing: 5, holds: true });
    expect(figures(q4.totals, ['changes.died', 'changes.transferred_out'])).toEqual({ 'changes.died': 1, 'changes.transferred_out': 1 });
  });

  it('keeps every balance when a member changes cell or a cell moves: the units are read as they are now', async () => {
    // The register keeps no dated history of a member's unit nor of the tree: a past period is drawn on today's.
    const dung = await register.call('members.get', { id: ids.dung as number });
    await register.call('members.update', { id: dung.id, record: dung.record, unitCode: 'CB02' });
    await register.call('org.move', { code: 'CB02', parentCode: 'CB01' });
    const q3 = await report('2026-Q3');
    expect(q3.units.map((row) => [row.unit.code, row.unit.depth, row.identity.opening, row.identity.added, row.identity.lost, row.identity.closing])).toEqual([
      ['DB01', 0, 2, 1, 2, 1],
      ['CB01', 1, 3, 1, 1, 3],
      ['CB02', 2, 3, 1, 1, 3],
    ]);
    expect(q3.identityViolations).toEqual([]);
    expect(q3.identity).toEqual({ opening: 8, added: 3, lost: 4, expectedClosing: 7, closing: 7, holds: true });
    const cb01 = await report('2026-Q3', 'CB01');
    expect(cb01.units.map((row) => row.unit.code)).toEqual(['CB01', 'CB02']);
    expect(cb01.identity).toEqual({ opening: 6, added: 2, lost: 2, expectedClosing: 6, closing: 6, holds: true });
    expect(cb01.totals['orgs.cells']).toBe(2);
  });

  it('leaves the ratings null outside a year’s report, and the attendance rate null without meetings', async () => {
    const q3 = await report('2026-Q3');
    expect(figures(q3.totals, ['rating.htxs', 'rating.htt', 'rating.ht', 'rating.kht', 'rating.not_rated', 'meetings.attendance_rate'])).toEqual({
      'rating.htxs': null,
      'rating.htt': null,
      'rating.ht': null,
      'rating.kht': null,
      'rating.not_rated': null,
      'meetings.attendance_rate': null,
    });
    expect(q3.charts.attendance).toEqual([
      { month: '2026-07', meetings: 0, rate: null },
      { month: '2026-08', meetings: 0, rate: null },
      { month: '2026-09', meetings: 0, rate: null },
    ]);
  });
});
