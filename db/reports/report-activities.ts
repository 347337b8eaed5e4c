import type { IsoDate } from '../../shared/dates/calendar';
import { memberLines, monthTotals, type MonthLine } from '../../shared/dues/ledger';
import { monthOf, monthsFromTo, type DuesMonth } from '../../shared/dues/months';
import { meetingFigures } from '../../shared/meetings/figures';
import type { MemberEvent } from '../../shared/members/events';
import type { OrgKind } from '../../shared/org/kinds';
import { addKtgsRecord, addRecommendation, ktgsLines } from '../../shared/reports/compute/ktgs';
import type { ReportMeeting } from '../../shared/reports/compute/meetings';
import type { Tally } from '../../shared/reports/compute/tally';
import type { Period } from '../../shared/reports/period';
import type { DuesSummary, KtgsSummary } from '../../shared/reports/views';
import type { Db } from '../connection';
import { readDuesRegister } from '../dues/queries';
import { recommendationsOf } from '../inspections/queries';
import { rollOn } from '../meetings/detail';
import { attendanceOf } from '../meetings/queries';
import { inspectionsUntil, meetingsBetween } from './report-queries';

/**
 * The period's meetings with their attendance figures as the meetings pages compute them (expected members on each
 * meeting's day, from `events`, already read), and their upper-level guests.
 */
export function periodMeetings(db: Db, period: Period, members: readonly { id: number; fullName: string }[], events: Map<number, MemberEvent[]>): ReportMeeting[] {
  const rows = meetingsBetween(db, period.from, period.to);
  const attendance = attendanceOf(db, rows.map((row) => row.id));
  const roll = { members: [...members], events };
  return rows.map((row) => {
    const day = rollOn(roll, row.date);
    // The attendance figures do not depend on earlier meetings (only the quality criteria do): none are passed.
    const figures = meetingFigures({ ...row, attendance: attendance.get(row.id) ?? [] }, day.expected, [], new Set(day.exempt.map((member) => member.memberId)));
    return { kind: row.kind, date: row.date, present: figures.present, expected: figures.expected, upperLevelGuests: row.upperLevelGuests };
  });
}

/**
 * The KTGS records about the subtree's units and members (`tallyOf` gives the tally of the unit a record is about, or
 * undefined outside the subtree): received and conducted in the period, recommendations as of its last day.
 */
export function periodKtgs(db: Db, period: Period, tallyOf: (unitId: number) => Tally | undefined): KtgsSummary {
  const records = inspectionsUntil(db, period.to).filter((record) => tallyOf(record.unitId) !== undefined);
  const recommendations = recommendationsOf(db, records.map((record) => record.id));
  const inPeriod = records.filter((record) => record.startDate >= period.from && record.startDate <= period.to);
  const states = [];
  for (const record of records) {
    const tally = tallyOf(record.unitId);
    if (!tally) continue;
    addKtgsRecord(tally, record, period);
    for (const recommendation of recommendations.get(record.id) ?? []) {
      const line = {
        inspectionId: record.id,
        subject: record.subject,
        content: recommendation.content,
        deadline: recommendation.deadline,
        responsible: recommendation.responsible,
      };
      states.push({ line, state: addRecommendation(tally, { ...line, doneOn: recommendation.doneOn, startDate: record.startDate }, period.to) });
    }
  }
  return {
    received: inPeriod.filter((record) => record.direction === 'received').length,
    conducted: inPeriod.filter((record) => record.direction === 'conducted').length,
    ...ktgsLines(states),
  };
}

/**
 * The dues of the period's months over the subtree's members, with the dues area's own month computations: each
 * member's line for each month (what they owed this cell, what they paid for it), the month's totals split under the
 * retention rule for the home unit's kind. Each member's payments for the months go to their unit's tally.
 */
export function periodDues(
  db: Db,
  period: Period,
  today: IsoDate,
  homeKind: OrgKind,
  unitTallyOfMember: ReadonlyMap<number, Tally>,
): DuesSummary {
  const months: DuesMonth[] = monthsFromTo(monthOf(period.from), monthOf(period.to));
  const register = readDuesRegister(db, { upTo: months.at(-1) as DuesMonth });
  const byMonth = months.map(() => [] as MonthLine[]);
  for (const member of register.members) {
    const tally = unitTallyOfMember.get(member.id);
    const record = register.records.get(member.id);
    if (!tally || !record) continue;
    // A member without an income basis and without a payment for these months adds nothing to any sum shown (their
    // amount is unknown, not owed): their lines, a replay per month, are not worked out.
    if (record.bases.length === 0 && !months.some((month) => record.payments.has(month))) continue;
    memberLines(record, months, today).forEach((line, index) => {
      // As the dues pages do: a month's figures are those of the members who owed it and of any payment recorded for it.
      if (!line.dueHere && !line.payment) return;
      byMonth[index]?.push(line);
      tally.counts['dues.collected_vnd'] += line.payment?.amountVnd ?? 0;
    });
  }
  const rows = months.map((month, index) => {
    const totals = monthTotals(month, byMonth[index] ?? [], homeKind);
    // Without a retention rule for the kind (an upper committee), nothing is known to be remitted: all is kept.
    return {
      month,
      expectedVnd: totals.expectedVnd,
      collectedVnd: totals.collectedVnd,
      keptVnd: totals.keptVnd ?? totals.collectedVnd,
      remittedVnd: totals.remittedVnd ?? 0,
    };
  });
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    months: rows,
    totals: {
      expectedVnd: sum((row) => row.expectedVnd),
      collectedVnd: sum((row) => row.collectedVnd),
      keptVnd: sum((row) => row.keptVnd),
      remittedVnd: sum((row) => row.remittedVnd),
    },
  };
}
