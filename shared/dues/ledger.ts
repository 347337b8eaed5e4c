import type { IsoDate } from '../dates/calendar';
import type { HistoryEvent } from '../members/history';
import { memberStateOn } from '../members/state';
import type { OrgKind } from '../org/kinds';
import { findRuleOn } from '../rules/dated';
import { DUES_REMOVAL_WARNING, DUES_RETENTION } from '../rules/dues';
import { monthDue, type IncomeBasis, type MonthDue, type Relief } from './expected';
import type { DuesChannel } from './kinds';
import { firstDayOf, lastDayOf, monthOf, type DuesMonth } from './months';

/** A payment recorded on a month's sheet: for that month, whenever it was paid. */
export interface DuesPayment {
  amountVnd: number;
  channel: DuesChannel;
  paidOn: IsoDate;
}

/** One month of a member's ledger: what was owed, what was paid, what is still owed. */
export interface MonthLine extends MonthDue {
  payment: DuesPayment | null;
  /** expected − paid, never below 0 (paying more is allowed and does not carry over); 0 when unknown. */
  arrearsVnd: number;
  /** The month is over (before today's month): what it still owes is late. */
  past: boolean;
  /** Past, something owed and nothing paid: the months the removal rule counts. */
  unpaid: boolean;
}

/** Everything the ledger needs about one member, read once. */
export interface MemberDuesRecord {
  events: readonly HistoryEvent[];
  /** Oldest first. */
  bases: readonly IncomeBasis[];
  reliefs: readonly Relief[];
  payments: ReadonlyMap<DuesMonth, DuesPayment>;
}

export function lineOf(due: MonthDue, payment: DuesPayment | null, today: IsoDate): MonthLine {
  const past = due.month < monthOf(today);
  const owed = due.dueHere && due.expectedVnd !== null ? due.expectedVnd : 0;
  const arrearsVnd = Math.max(0, owed - (payment?.amountVnd ?? 0));
  return { ...due, payment, arrearsVnd, past, unpaid: past && owed > 0 && payment === null };
}

/** The member's lines for `months`, each from their state on that month's last day. */
export function memberLines(record: MemberDuesRecord, months: readonly DuesMonth[], today: IsoDate): MonthLine[] {
  return months.map((month) => {
    const state = memberStateOn(record.events, lastDayOf(month));
    return lineOf(monthDue(state, record.bases, record.reliefs, month), record.payments.get(month) ?? null, today);
  });
}

/** The first month the member's ledger can owe anything: the first income basis (reliefs alone owe nothing). */
export const ledgerStart = (record: MemberDuesRecord): DuesMonth | null => record.bases[0]?.fromMonth ?? null;

export interface RemovalWarning {
  /** Past months of the year owed and not paid at all. */
  unpaidMonths: DuesMonth[];
  threshold: number;
  /** Whether the count reached the threshold: the cell should consider proposing removal. */
  reached: boolean;
  rule: string;
}

/**
 * The "3 months in a year without paying" count for one calendar year's lines, under the rule in force at the end of
 * the year or today, whichever comes first; null before any such rule.
 */
export function removalWarning(yearLines: readonly MonthLine[], year: number, today: IsoDate): RemovalWarning | null {
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  const rule = findRuleOn(DUES_REMOVAL_WARNING, yearEnd < today ? yearEnd : today);
  if (!rule) return null;
  const unpaidMonths = yearLines.filter((line) => line.unpaid).map((line) => line.month);
  const threshold = rule.value.unpaidMonthsInYear;
  return { unpaidMonths, threshold, reached: unpaidMonths.length >= threshold, rule: rule.source };
}

/** Money of a month or a year: owed, collected, and how the collection is shared with the committee above. */
export interface DuesTotals {
  /** What the members due here owe, where it is known. */
  expectedVnd: number;
  collectedVnd: number;
  /** What this organisation keeps of the collection; null when no retention rule applies. */
  keptVnd: number | null;
  remittedVnd: number | null;
  /** The kept share in percent and its citation, for a single month; null for a year or without a rule. */
  keepPercent: number | null;
  retentionRule: string | null;
  arrearsVnd: number;
  /** Members due here whose amount cannot be computed (no basis…). */
  unknownCount: number;
}

/** The split of a month's collection under the retention rule in force that month for this kind of organisation. */
export function retentionOf(month: DuesMonth, kind: OrgKind | null): { percent: number; rule: string } | null {
  const rule = findRuleOn(DUES_RETENTION, firstDayOf(month));
  const percent = rule && kind ? rule.value[kind] : null;
  return rule && percent !== null && percent !== undefined ? { percent, rule: rule.source } : null;
}

/** Totals of one month's lines (one per member), with the collection split for this kind of organisation. */
export function monthTotals(month: DuesMonth, lines: readonly MonthLine[], kind: OrgKind | null): DuesTotals {
  let expectedVnd = 0;
  let collectedVnd = 0;
  let arrearsVnd = 0;
  let unknownCount = 0;
  for (const line of lines) {
    collectedVnd += line.payment?.amountVnd ?? 0;
    arrearsVnd += line.arrearsVnd;
    if (!line.dueHere) continue;
    if (line.expectedVnd === null) unknownCount += 1;
    else expectedVnd += line.expectedVnd;
  }
  const retention = retentionOf(month, kind);
  const keptVnd = retention ? Math.round((collectedVnd * retention.percent) / 100) : null;
  return {
    expectedVnd,
    collectedVnd,
    keptVnd,
    remittedVnd: keptVnd === null ? null : collectedVnd - keptVnd,
    keepPercent: retention?.percent ?? null,
    retentionRule: retention?.rule ?? null,
    arrearsVnd,
    unknownCount,
  };
}

/** The sum of months' totals; kept and remitted add up only if every month had a retention rule. */
export function sumTotals(months: readonly DuesTotals[]): DuesTotals {
  const add = (pick: (totals: DuesTotals) => number) => months.reduce((sum, totals) => sum + pick(totals), 0);
  const split = months.every((totals) => totals.keptVnd !== null);
  return {
    expectedVnd: add((totals) => totals.expectedVnd),
    collectedVnd: add((totals) => totals.collectedVnd),
    keptVnd: split ? add((totals) => totals.keptVnd ?? 0) : null,
    remittedVnd: split ? add((totals) => totals.remittedVnd ?? 0) : null,
    keepPercent: null,
    retentionRule: null,
    arrearsVnd: add((totals) => totals.arrearsVnd),
    unknownCount: add((totals) => totals.unknownCount),
  };
}
