import type { IsoDate } from '../../shared/dates/calendar';
import { monthOf, monthsFromTo } from '../../shared/dues/months';
import { membershipIdentity, type IndicatorKey } from '../../shared/reports/indicators';
import { combineCompositions } from '../../shared/reports/compute/composition';
import { attendanceByMonth, addMeeting } from '../../shared/reports/compute/meetings';
import { memberFigures, type ReportMember } from '../../shared/reports/compute/member-figures';
import { addTally, emptyTally, tallyIndicators, type Tally } from '../../shared/reports/compute/tally';
import { quartersEndingAt, type Period } from '../../shared/reports/period';
import type { MemberListRow, PeriodReport, RatingSummary, RatingSummaryRow, UnitReportRow } from '../../shared/reports/views';
import { sortByVietnameseName } from '../../shared/text/names';
import { dateParts } from '../../shared/dates/calendar';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';
import { memberRatingsOf } from '../ratings/queries';
import { consolidationOf, fileComposition, fileMembers, fileRows } from './consolidation';
import { periodDues, periodKtgs, periodMeetings } from './report-activities';
import { membersOfUnits, unitRatingsOf } from './report-queries';
import { openOn, reportScope, type ScopeUnit } from './report-scope';

const CELL_KINDS: readonly string[] = ['chi_bo', 'chi_bo_co_so'];

/** The chart's eight quarters: the one the period ends in and the seven before it. */
function trendQuarters(period: Period): Period[] {
  const { year, month } = dateParts(period.to);
  return quartersEndingAt(year, Math.ceil(month / 3), 8);
}

const nothingCounted = (tally: Tally) => Object.values(tally.counts).every((value) => value === 0) && tally.attendance.expected === 0;

/**
 * The report of `period` for the unit `orgCode` (the home unit when absent) and its whole subtree, every figure as of
 * the period's last day, computed in one read transaction: the members and their events are read once and each
 * history replayed once for all the days it is read on. A past period gives the same figures whatever is recorded
 * later, except what the register keeps without dates: a member's unit and a unit's place in the tree are as they are
 * now (see docs: decisions). `today` is the day the report is made.
 */
export function buildPeriodReport(db: Db, period: Period, orgCode: string | undefined, today: IsoDate): PeriodReport {
  return db.transaction(() => {
    const scope = reportScope(db, orgCode);
    const asOf = period.to;
    const consolidation = consolidationOf(db, scope, period);
    const registerUnits = scope.units.filter((unit) => !consolidation.excludedIds.has(unit.id));
    const unitsById = new Map<number, ScopeUnit>(registerUnits.map((unit) => [unit.id, unit]));
    const rows = membersOfUnits(db, registerUnits.map((unit) => unit.id));
    const events = replayEventsOfMembers(db, rows.map((row) => row.id));
    const ratingYear = dateParts(asOf).year;
    const memberRatings = memberRatingsOf(db, ratingYear);
    const members: ReportMember[] = rows.map((row) => {
      const unit = unitsById.get(row.unitId) as ScopeUnit;
      return {
        ...row,
        unitCode: unit.code,
        unitName: unit.name,
        events: events.get(row.id) ?? [],
        ratingLevel: memberRatings.get(row.id)?.level ?? null,
      };
    });

    const withRatings = period.kind === 'year';
    const quarters = trendQuarters(period);
    const figures = memberFigures(period, quarters, members, withRatings);
    const tallies = new Map(registerUnits.map((unit) => [unit.id, figures.tallies.get(unit.id) ?? emptyTally()]));
    for (const unit of registerUnits) {
      const tally = tallies.get(unit.id) as Tally;
      if (!openOn(unit, asOf)) continue;
      tally.counts['orgs.units'] += 1;
      if (CELL_KINDS.includes(unit.kind)) tally.counts['orgs.cells'] += 1;
    }

    // The register's meetings are the home unit's (their expected list is the whole register): counted in its row.
    const homeTally = tallies.get(scope.home.id);
    const meetings = homeTally ? periodMeetings(db, period, members, events) : [];
    if (homeTally) for (const meeting of meetings) addMeeting(homeTally, meeting);
    const ktgs = periodKtgs(db, period, (unitId) => tallies.get(unitId));
    const tallyOfMember = new Map(members.map((member) => [member.id, tallies.get(member.unitId) as Tally]));
    const dues = periodDues(db, period, today, scope.home.kind, tallyOfMember);

    const total = emptyTally();
    for (const tally of tallies.values()) addTally(total, tally);
    const unitRatings = unitRatingsOf(db, ratingYear);
    const units: UnitReportRow[] = [];
    const ratingRows: RatingSummaryRow[] = [];
    const membersFromFiles: MemberListRow[] = [];
    for (const scoped of scope.units) {
      const file = consolidation.files.get(scoped.id);
      if (file) {
        membersFromFiles.push(...fileMembers(file.figures, scoped.code));
        for (const { row, tally, unitLevel } of fileRows(file.figures, scoped.code, scoped.depth, withRatings)) {
          addTally(total, tally);
          units.push(row);
          const count = (key: IndicatorKey) => row.indicators[key] ?? 0;
          ratingRows.push({
            unit: row.unit,
            unitLevel,
            htxs: count('rating.htxs'),
            htt: count('rating.htt'),
            ht: count('rating.ht'),
            kht: count('rating.kht'),
            notRated: count('rating.not_rated'),
          });
        }
        continue;
      }
      const tally = tallies.get(scoped.id);
      // Left out (inside a unit reported by file), or closed before the period with nothing in it: no row.
      if (!tally || (!openOn(scoped, period.from) && nothingCounted(tally))) continue;
      const { id, closedOn: _closedOn, ...unit } = scoped;
      const indicators = tallyIndicators(tally, withRatings);
      units.push({ unit, indicators, identity: membershipIdentity(indicators), source: null });
      const counts = figures.ratings.get(id) ?? { htxs: 0, htt: 0, ht: 0, kht: 0, notRated: 0 };
      ratingRows.push({ unit, unitLevel: unitRatings.get(id) ?? null, ...counts });
    }
    const totals = tallyIndicators(total, withRatings);
    const sumOf = (key: 'htxs' | 'htt' | 'ht' | 'kht' | 'notRated') => ratingRows.reduce((sum, row) => sum + row[key], 0);
    const ratings: RatingSummary = {
      year: ratingYear,
      rows: ratingRows,
      totals: { htxs: sumOf('htxs'), htt: sumOf('htt'), ht: sumOf('ht'), kht: sumOf('kht'), notRated: sumOf('notRated') },
    };

    const { unit } = scope;
    return {
      period,
      org: { code: unit.code, name: unit.name, kind: unit.kind, parent: scope.parent },
      asOf,
      generatedOn: today,
      totals,
      identity: membershipIdentity(totals),
      identityViolations: units.filter((row) => !row.identity.holds).map(({ unit: violating, identity }) => ({ unit: violating, identity })),
      units,
      sources: consolidation.sources,
      members: sortByVietnameseName([...figures.members, ...membersFromFiles], (row) => row.fullName),
      composition: combineCompositions([
        { admissions: figures.admissions, ethnicities: figures.ethnicities, religions: figures.religions },
        ...[...consolidation.files.values()].map((file) => fileComposition(file.figures)),
      ]),
      ratings,
      ktgs,
      dues,
      charts: {
        trend: figures.trend,
        attendance: attendanceByMonth(monthsFromTo(monthOf(period.from), monthOf(period.to)), meetings),
      },
    };
  })();
}
