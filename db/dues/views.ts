import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import { ledgerStart, memberLines, monthTotals, removalWarning, sumTotals, type MonthLine } from '../../shared/dues/ledger';
import { monthsFromTo, monthsOfYear, type DuesMonth } from '../../shared/dues/months';
import type { MemberLedger, MonthSheet, SheetRow, YearSummary } from '../../shared/dues/views';
import type { OrgKind } from '../../shared/org/kinds';
import type { Db } from '../connection';
import { findHomeOrganisation } from '../organisations/queries';
import { readDuesRegister, type DuesRegister } from './queries';

const homeKind = (db: Db): OrgKind | null => findHomeOrganisation(db)?.kind ?? null;

/** A member's lines from their ledger's start to `month` (none before a first basis). */
function linesTo(register: DuesRegister, memberId: number, month: DuesMonth, today: IsoDate): MonthLine[] {
  const record = register.records.get(memberId);
  const start = record && ledgerStart(record);
  if (!record || !start) return [];
  return memberLines(record, monthsFromTo(start, month), today);
}

/**
 * The month's sheet: a row for every member who owes this cell that month, and for any other member with a payment
 * recorded for it (so nothing recorded is hidden after a later event changes who owed), in register order.
 */
export function monthSheet(db: Db, month: DuesMonth, today: IsoDate): MonthSheet {
  const register = readDuesRegister(db, { upTo: month });
  const rows: SheetRow[] = [];
  const lines: MonthLine[] = [];
  for (const member of register.members) {
    const record = register.records.get(member.id);
    if (!record) continue;
    const [line] = memberLines(record, [month], today) as [MonthLine];
    if (!line.dueHere && !line.payment) continue;
    lines.push(line);
    rows.push({
      memberId: member.id,
      fullName: member.fullName,
      dueHere: line.dueHere,
      status: line.status,
      expectedVnd: line.expectedVnd,
      missing: line.missing,
      basis: line.basis,
      relief: line.relief,
      rateRule: line.rateRule,
      payment: line.payment,
      arrearsToDateVnd: linesTo(register, member.id, month, today).reduce((sum, each) => sum + each.arrearsVnd, 0),
    });
  }
  return { month, rows, totals: monthTotals(month, lines, homeKind(db)) };
}

export function memberLedger(db: Db, memberId: number, year: number, today: IsoDate): MemberLedger {
  const register = readDuesRegister(db, { memberId });
  const [member] = register.members;
  const record = register.records.get(memberId);
  if (!member || !record) throw new ApiFailure('not_found', 'errors.member_not_found', { id: memberId });
  const months = memberLines(record, monthsOfYear(year), today);
  return {
    memberId,
    fullName: member.fullName,
    year,
    months,
    bases: [...record.bases],
    reliefs: [...record.reliefs],
    arrearsYearVnd: months.reduce((sum, line) => sum + line.arrearsVnd, 0),
    paidYearVnd: months.reduce((sum, line) => sum + (line.payment?.amountVnd ?? 0), 0),
    warning: removalWarning(months, year, today),
  };
}

export function yearSummary(db: Db, year: number, today: IsoDate): YearSummary {
  const months = monthsOfYear(year);
  const register = readDuesRegister(db, { upTo: months[11] });
  const kind = homeKind(db);
  const byMonth = months.map((month) => ({ month, lines: [] as MonthLine[] }));
  for (const member of register.members) {
    const record = register.records.get(member.id);
    if (!record) continue;
    memberLines(record, months, today).forEach((line, index) => {
      if (line.dueHere || line.payment) byMonth[index]?.lines.push(line);
    });
  }
  const summaries = byMonth.map(({ month, lines }) => ({
    month,
    totals: monthTotals(month, lines, kind),
    dueCount: lines.filter((line) => line.dueHere).length,
    paidCount: lines.filter((line) => line.payment).length,
  }));
  return { year, months: summaries, totals: sumTotals(summaries.map((summary) => summary.totals)) };
}
