import type { MemberStatus } from '../members/state-types';
import type { AppliedRelief, IncomeBasis, MissingReason, Relief } from './expected';
import type { DuesPayment, DuesTotals, MonthLine, RemovalWarning } from './ledger';
import type { DuesMonth } from './months';

/** One member on a month's sheet. */
export interface SheetRow {
  memberId: number;
  fullName: string;
  /** False for a member listed only because a payment is recorded for a month they no longer owe here. */
  dueHere: boolean;
  status: MemberStatus;
  expectedVnd: number | null;
  missing: MissingReason | null;
  basis: IncomeBasis | null;
  relief: AppliedRelief | null;
  rateRule: string | null;
  payment: DuesPayment | null;
  /** What the member still owes for every month of their ledger up to and including this one. */
  arrearsToDateVnd: number;
}

/** A month's dues sheet: every member who owes this cell that month, in register order, and the totals. */
export interface MonthSheet {
  month: DuesMonth;
  rows: SheetRow[];
  totals: DuesTotals;
}

/** What reliefs may be granted now, under the rule in force today, for the forms. */
export interface ReliefRulesNow {
  reductionPercents: readonly number[] | null;
  maxMonths: number | null;
  rule: string;
}

/** A member's ledger for one year: twelve months, the bases and reliefs behind them, and the removal count. */
export interface MemberLedger {
  memberId: number;
  fullName: string;
  year: number;
  months: MonthLine[];
  /** Oldest first. */
  bases: IncomeBasis[];
  /** Oldest first. */
  reliefs: Relief[];
  arrearsYearVnd: number;
  paidYearVnd: number;
  warning: RemovalWarning | null;
}

export interface YearMonthSummary {
  month: DuesMonth;
  totals: DuesTotals;
  /** Members who owe this cell that month. */
  dueCount: number;
  /** Members with a payment recorded for the month. */
  paidCount: number;
}

/** A year of dues, month by month, and the year's sums. */
export interface YearSummary {
  year: number;
  months: YearMonthSummary[];
  totals: DuesTotals;
}
