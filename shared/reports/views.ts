import type { IsoDate } from '../dates/calendar';
import type { DuesMonth } from '../dues/months';
import type { Gender, Qualification } from '../members/levels';
import type { MemberStatus } from '../members/state-types';
import type { OrgKind } from '../org/kinds';
import type { RatingLevel } from '../ratings/levels';
import type { Indicators, MembershipIdentity } from './indicators';
import type { Period } from './period';

/** A unit of the reported subtree, in tree order (`depth` 0 is the reported unit itself). */
export interface ReportUnit {
  code: string;
  name: string;
  kind: OrgKind;
  parentCode: string | null;
  depth: number;
}

/**
 * One unit's own row: the figures of the members registered directly in that unit (not its sub-units), so the rows of
 * a committee add up to its totals. `orgs.units`/`orgs.cells` count the unit itself (1 or 0).
 */
export interface UnitReportRow {
  unit: ReportUnit;
  indicators: Indicators;
  identity: MembershipIdentity;
  /** The unit whose accepted file the row comes from (read-only, as signed); null for the register's own units. */
  source: string | null;
}

/**
 * A unit that reports to this committee by file, for a committee's consolidated report: the file its rows and totals
 * were taken from, or `missing` when none was received for the period (its rows are then the register's, empty).
 */
export interface ReportSource {
  unitCode: string;
  unitName: string;
  status: 'received' | 'missing';
  revision: number | null;
  bundleId: string | null;
  /** When that revision arrived here (ISO time). */
  receivedAt: string | null;
  /** When the unit made the file (ISO time, from its signed manifest). */
  createdAt: string | null;
  fingerprint: string | null;
}

/** One line of the member list (danh sách đảng viên) as of the period's last day, in register order. */
export interface MemberListRow {
  /** The member's id in this register, or, when `source` is set, in that unit's register (no page here). */
  memberId: number;
  fullName: string;
  gender: Gender;
  birthDate: IsoDate;
  /** Codes, as the record holds them; the outputs word them. */
  ethnicity: string;
  religion: string;
  admittedOn: IsoDate | null;
  officialOn: IsoDate | null;
  partyCardNumber: string | null;
  theoryLevel: string | null;
  qualification: string | null;
  unitCode: string;
  unitName: string;
  status: MemberStatus;
  /** The unit whose file lists the member (read-only, as signed); null for a member of this register. */
  source: string | null;
}

/** A member admitted during the period (form 2-TCTW). */
export interface AdmissionRow {
  /** The unit the member was admitted in; from a unit's file when the report consolidates one. */
  unitCode: string;
  fullName: string;
  gender: Gender;
  birthDate: IsoDate;
  /** Age in whole years on the admission day. */
  ageAtAdmission: number;
  ethnicity: string;
  religion: string;
  qualification: Qualification | null;
  admittedOn: IsoDate;
  unitName: string;
}

/** How many members have a value (an ethnicity code, a religion code…), as of the period's last day. */
export interface CountRow {
  code: string;
  count: number;
}

/**
 * The statistical forms' tables (HD 11-HD/BTCTW 13/12/2021, numbering kept): 1-TCTW organisations and members and
 * 3-TCTW qualifications and theory are read from the per-unit rows' indicators; 2-TCTW lists the admissions; 4-TCTW
 * counts ethnicity and religion.
 */
export interface CompositionTables {
  admissions: AdmissionRow[];
  /** Non-zero counts only, by code order; members counted in `members.total`. */
  ethnicities: CountRow[];
  religions: CountRow[];
}

export interface RatingSummaryRow {
  unit: ReportUnit;
  /** The unit's own rating of the year, when recorded in this register. */
  unitLevel: RatingLevel | null;
  htxs: number;
  htt: number;
  ht: number;
  kht: number;
  notRated: number;
}

/** The year's rating (the year of the period's last day), per unit and in total. */
export interface RatingSummary {
  year: number;
  rows: RatingSummaryRow[];
  totals: Omit<RatingSummaryRow, 'unit' | 'unitLevel'>;
}

export interface RecommendationLine {
  inspectionId: number;
  subject: string;
  content: string;
  deadline: IsoDate;
  responsible: string | null;
}

/** Inspection and supervision during the period, and the recommendations still open on its last day. */
export interface KtgsSummary {
  received: number;
  conducted: number;
  /** Open on the period's last day (not done by then), deadline not passed. */
  open: RecommendationLine[];
  /** Open on the period's last day with the deadline before it. */
  overdue: RecommendationLine[];
}

export interface DuesSummaryRow {
  month: DuesMonth;
  expectedVnd: number;
  collectedVnd: number;
  keptVnd: number;
  remittedVnd: number;
}

/** Dues month by month over the period, with totals. */
export interface DuesSummary {
  months: DuesSummaryRow[];
  totals: Omit<DuesSummaryRow, 'month'>;
}

/** What the charts draw. */
export interface ReportCharts {
  /** The eight quarters ending with the one the period ends in, oldest first: đảng số at each quarter's end. */
  trend: { period: string; total: number; admitted: number; lost: number }[];
  /** Each month of the period: the meetings held and the average attendance rate (null without meetings). */
  attendance: { month: DuesMonth; meetings: number; rate: number | null }[];
}

/** A unit's report for a period: every indicator as of its last day, with the tables the forms and pages show. */
export interface PeriodReport {
  period: Period;
  org: { code: string; name: string; kind: OrgKind; parent: { code: string; name: string } | null };
  /** The period's last day: every "as of" figure is of this day. */
  asOf: IsoDate;
  /** Today, when the report was computed. */
  generatedOn: IsoDate;
  totals: Indicators;
  identity: MembershipIdentity;
  /** Units whose own identity fails, named: a violation is shown, never hidden. */
  identityViolations: { unit: ReportUnit; identity: MembershipIdentity }[];
  units: UnitReportRow[];
  /**
   * The units reporting by file (directly below the home unit), in tree order: their rows and the totals come from
   * their latest accepted file. The member list, forms 2 and 4, KTGS, dues and charts are the register's own data.
   */
  sources: ReportSource[];
  members: MemberListRow[];
  composition: CompositionTables;
  ratings: RatingSummary;
  ktgs: KtgsSummary;
  dues: DuesSummary;
  charts: ReportCharts;
}

/** The printed document's own facts, typed by the secretary when printing: "Số 05-BC/CB", the place name. */
export interface DocumentFacts {
  /** Without "Số": e.g. "05-BC/CB". Empty leaves a dotted blank to write by hand. */
  number: string;
  /** The locality before the date: "Hòa Bình, ngày … tháng … năm …". Empty leaves a dotted blank. */
  place: string;
}
