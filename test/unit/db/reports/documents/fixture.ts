import { INDICATOR_KEYS, membershipIdentity, type IndicatorKey, type Indicators } from '../../../../../shared/reports/indicators';
import { parsePeriod } from '../../../../../shared/reports/period';
import type { PeriodReport, ReportUnit, UnitReportRow } from '../../../../../shared/reports/views';

/** Every indicator at 0, then the given figures; ratings are null as in a quarter's report. */
export function indicators(figures: Partial<Record<IndicatorKey, number | null>>): Indicators {
  const all = Object.fromEntries(INDICATOR_KEYS.map((key) => [key, key.startsWith('rating.') ? null : 0])) as Indicators;
  return { ...all, ...figures };
}

const CELL_FIGURES = {
  'orgs.units': 1,
  'orgs.cells': 1,
  'members.total': 11,
  'members.official': 9,
  'members.probationary': 2,
  'members.female': 4,
  'members.ethnic_minority': 1,
  'members.religious': 1,
  'members.exempt': 1,
  'members.temporarily_away': 1,
  'members.age_18_30': 2,
  'members.age_31_40': 3,
  'members.age_41_50': 2,
  'members.age_51_60': 2,
  'members.age_61_70': 1,
  'members.age_over_70': 1,
  'members.theory_so_cap': 5,
  'members.theory_trung_cap': 3,
  'members.qual_dai_hoc': 6,
  'members.qual_thac_si': 1,
  'members.opening': 10,
  'changes.admitted': 1,
  'changes.made_official': 1,
  'changes.transferred_in': 1,
  'changes.transferred_out': 1,
  'meetings.regular': 3,
  'meetings.thematic': 1,
  'meetings.attendance_rate': 0.855,
  'meetings.upper_level_visits': 1,
  'ktgs.received': 1,
  'ktgs.conducted': 2,
  'ktgs.recommendations_open': 1,
  'ktgs.recommendations_overdue': 1,
  'discipline.khien_trach': 1,
  'dues.collected_vnd': 1_250_000,
} satisfies Partial<Record<IndicatorKey, number>>;

const HOME: ReportUnit = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', depth: 0 };

function row(unit: ReportUnit, figures: Indicators): UnitReportRow {
  return { unit, indicators: figures, identity: membershipIdentity(figures), source: null };
}

/** A cell's report of 2026-Q3 with every table filled, names and words with Vietnamese marks. */
export function cellReport(overrides: Partial<PeriodReport> = {}): PeriodReport {
  const period = parsePeriod('2026-Q3');
  if (!period) throw new Error('period');
  const totals = indicators(CELL_FIGURES);
  return {
    period,
    org: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parent: { code: 'DU05', name: 'Đảng ủy phường Hòa Bình' } },
    asOf: '2026-09-30',
    generatedOn: '2026-10-05',
    totals,
    identity: membershipIdentity(totals),
    identityViolations: [],
    units: [row(HOME, totals)],
    sources: [],
    members: [
      {
        memberId: 1,
        fullName: 'Nguyễn Văn An',
        gender: 'nam',
        birthDate: '1980-03-15',
        ethnicity: '01',
        religion: 'khong',
        admittedOn: '2005-06-12',
        officialOn: '2006-06-12',
        partyCardNumber: '012345678',
        theoryLevel: 'trung_cap',
        qualification: 'dai_hoc',
        unitCode: 'CB012',
        unitName: 'Chi bộ Khu phố 3',
        status: 'official',
        source: null,
      },
      {
        memberId: 2,
        fullName: 'Lê Thị Bình',
        gender: 'nu',
        birthDate: '1995-11-02',
        ethnicity: '02',
        religion: 'phat_giao',
        admittedOn: '2026-08-19',
        officialOn: null,
        partyCardNumber: null,
        theoryLevel: null,
        qualification: 'thac_si',
        unitCode: 'CB012',
        unitName: 'Chi bộ Khu phố 3',
        status: 'probationary',
        source: null,
      },
    ],
    composition: {
      admissions: [
        {
          unitCode: 'CB012',
          fullName: 'Lê Thị Bình',
          gender: 'nu',
          birthDate: '1995-11-02',
          ageAtAdmission: 30,
          ethnicity: '02',
          religion: 'phat_giao',
          qualification: 'thac_si',
          admittedOn: '2026-08-19',
          unitName: 'Chi bộ Khu phố 3',
        },
      ],
      ethnicities: [
        { code: '01', count: 10 },
        { code: '02', count: 1 },
      ],
      religions: [
        { code: 'khong', count: 10 },
        { code: 'phat_giao', count: 1 },
      ],
    },
    ratings: {
      year: 2026,
      rows: [{ unit: HOME, unitLevel: null, htxs: 0, htt: 0, ht: 0, kht: 0, notRated: 11 }],
      totals: { htxs: 0, htt: 0, ht: 0, kht: 0, notRated: 11 },
    },
    ktgs: {
      received: 1,
      conducted: 2,
      open: [
        {
          inspectionId: 1,
          subject: 'Giám sát việc thực hiện nghị quyết chi bộ',
          content: 'Bổ sung biên bản sinh hoạt tháng 7',
          deadline: '2026-10-31',
          responsible: 'Đồng chí Phó Bí thư',
        },
      ],
      overdue: [
        {
          inspectionId: 2,
          subject: 'Kiểm tra thu, nộp đảng phí',
          content: 'Nộp đủ đảng phí quý II lên cấp trên',
          deadline: '2026-09-15',
          responsible: null,
        },
      ],
    },
    dues: {
      months: [
        { month: '2026-07', expectedVnd: 450_000, collectedVnd: 420_000, keptVnd: 126_000, remittedVnd: 294_000 },
        { month: '2026-08', expectedVnd: 450_000, collectedVnd: 450_000, keptVnd: 135_000, remittedVnd: 315_000 },
        { month: '2026-09', expectedVnd: 400_000, collectedVnd: 380_000, keptVnd: 114_000, remittedVnd: 266_000 },
      ],
      totals: { expectedVnd: 1_300_000, collectedVnd: 1_250_000, keptVnd: 375_000, remittedVnd: 875_000 },
    },
    charts: { trend: [], attendance: [] },
    ...overrides,
  };
}

/** A grassroots committee with two cells, and one cell whose balance fails (a violation shown, never hidden). */
export function committeeReport(): PeriodReport {
  const base = cellReport();
  const committee: ReportUnit = { code: 'DU07', name: 'Đảng ủy xã Tân Lập', kind: 'dang_bo_co_so', parentCode: 'HU01', depth: 0 };
  const east: ReportUnit = { code: 'CB071', name: 'Chi bộ thôn Đông', kind: 'chi_bo', parentCode: 'DU07', depth: 1 };
  const west: ReportUnit = { code: 'CB072', name: 'Chi bộ thôn Tây', kind: 'chi_bo', parentCode: 'DU07', depth: 1 };
  const own = indicators({ 'orgs.units': 1 });
  const eastFigures = indicators({ ...CELL_FIGURES, 'orgs.units': 1, 'orgs.cells': 1 });
  const westFigures = indicators({ 'orgs.units': 1, 'orgs.cells': 1, 'members.total': 7, 'members.official': 7, 'members.opening': 6 });
  const totals = indicators({ ...CELL_FIGURES, 'orgs.units': 3, 'orgs.cells': 2, 'members.total': 18, 'members.official': 16, 'members.opening': 16 });
  const westRow = row(west, westFigures);
  return {
    ...base,
    org: { code: 'DU07', name: 'Đảng ủy xã Tân Lập', kind: 'dang_bo_co_so', parent: { code: 'HU01', name: 'Huyện ủy Kim Bôi' } },
    totals,
    identity: membershipIdentity(totals),
    identityViolations: [{ unit: west, identity: westRow.identity }],
    units: [row(committee, own), row(east, eastFigures), westRow],
    ratings: {
      year: 2026,
      rows: [
        { unit: east, unitLevel: 'htt', htxs: 1, htt: 8, ht: 2, kht: 0, notRated: 0 },
        { unit: west, unitLevel: null, htxs: 0, htt: 0, ht: 0, kht: 0, notRated: 7 },
      ],
      totals: { htxs: 1, htt: 8, ht: 2, kht: 0, notRated: 7 },
    },
  };
}
