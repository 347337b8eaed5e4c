import type { IsoDate } from '../../dates/calendar';
import { ageInYears } from '../../members/age';
import type { HistoryEvent } from '../../members/history';
import { memberStateOn } from '../../members/state';
import { ratingCounts, ratingIndicators, type RatingCounts, type RatingIndicatorKey } from '../../ratings/counts';
import type { RatingLevel } from '../../ratings/levels';
import { sortByVietnameseName } from '../../text/names';
import type { Period } from '../period';
import type { AdmissionRow, CountRow, MemberListRow } from '../views';
import { ethnicityCounts, religionCounts, sortAdmissions } from './composition';
import { addPeriodChanges, addSnapshot, openingDay, type MemberFacts } from './members';
import { emptyTally, type Tally } from './tally';
import { memberTimeline } from './timeline';
import { addToTrend, emptyTrend, type TrendRow } from './trend';

/** A member of the reported subtree as the figures need them: the record, the unit, the whole history. */
export interface ReportMember extends MemberFacts {
  id: number;
  fullName: string;
  partyCardNumber: string | null;
  unitId: number;
  unitCode: string;
  unitName: string;
  /** The whole history in `sortEvents` order. */
  events: readonly HistoryEvent[];
  /** The member's level in the rating year, when one is recorded. */
  ratingLevel: RatingLevel | null;
}

export interface MemberFigures {
  /** Each unit's own members' figures, by unit id (units without members absent). */
  tallies: Map<number, Tally>;
  /** The rating year's counts over each unit's members counted on the period's last day. */
  ratings: Map<number, RatingCounts>;
  /** Counted here or temporarily attached on the last day, in register order. */
  members: MemberListRow[];
  /** Admitted here during the period, by date then register order. */
  admissions: AdmissionRow[];
  ethnicities: CountRow[];
  religions: CountRow[];
  trend: TrendRow[];
}

/**
 * Every figure that comes from the members' events, each history replayed once for all the days it is read on (the
 * opening day, the eight quarter ends of the trend) plus `memberStateOn` on the period's last day for the snapshot.
 * `trendQuarters` are the chart's quarters, oldest first; `withRatings` puts the rating counts into the tallies (a
 * year's report).
 */
export function memberFigures(
  period: Period,
  trendQuarters: readonly Period[],
  members: readonly ReportMember[],
  withRatings: boolean,
): MemberFigures {
  const asOf = period.to;
  const opening = openingDay(period);
  const days = [...new Set([opening, ...trendQuarters.map((quarter) => quarter.to)])].sort();
  const indexOf = (day: IsoDate) => days.indexOf(day);
  const openingIndex = indexOf(opening);
  const quarterIndexes = trendQuarters.map((quarter) => indexOf(quarter.to));

  const tallies = new Map<number, Tally>();
  const ratingRows = new Map<number, { level: RatingLevel | null; countedHere: boolean }[]>();
  const listed: MemberListRow[] = [];
  const admissions: AdmissionRow[] = [];
  const ethnicities: string[] = [];
  const religions: string[] = [];
  const trend = emptyTrend(trendQuarters);

  for (const member of members) {
    let tally = tallies.get(member.unitId);
    if (!tally) {
      tally = emptyTally();
      tallies.set(member.unitId, tally);
    }
    const timeline = memberTimeline(member.events, days);
    const state = memberStateOn(member.events, asOf);
    addSnapshot(tally, member, state);
    addPeriodChanges(tally, timeline, timeline.countedOn[openingIndex] ?? false, period);
    addToTrend(
      trend,
      trendQuarters,
      timeline,
      quarterIndexes.map((index) => timeline.countedOn[index] ?? false),
    );
    const rows = ratingRows.get(member.unitId) ?? [];
    rows.push({ level: member.ratingLevel, countedHere: state.countedHere });
    ratingRows.set(member.unitId, rows);

    if (state.countedHere) {
      ethnicities.push(member.ethnicity);
      religions.push(member.religion);
    }
    if (state.countedHere || state.temporarilyAttached) {
      listed.push({
        memberId: member.id,
        fullName: member.fullName,
        gender: member.gender,
        birthDate: member.birthDate,
        ethnicity: member.ethnicity,
        religion: member.religion,
        admittedOn: state.admittedOn,
        officialOn: state.officialOn,
        partyCardNumber: member.partyCardNumber,
        theoryLevel: member.theoryLevel,
        qualification: member.qualification,
        unitCode: member.unitCode,
        unitName: member.unitName,
        status: state.status,
        source: null,
      });
    }
    for (const change of timeline.changes) {
      if (change.kind !== 'admitted' || change.date < period.from || change.date > period.to) continue;
      admissions.push({
        unitCode: member.unitCode,
        fullName: member.fullName,
        gender: member.gender,
        birthDate: member.birthDate,
        ageAtAdmission: ageInYears(member.birthDate, change.date),
        ethnicity: member.ethnicity,
        religion: member.religion,
        qualification: member.qualification,
        admittedOn: change.date,
        unitName: member.unitName,
      });
    }
  }

  const ratings = new Map<number, RatingCounts>();
  for (const [unitId, rows] of ratingRows) {
    const counts = ratingCounts(rows);
    ratings.set(unitId, counts);
    const tally = tallies.get(unitId);
    if (!withRatings || !tally) continue;
    const indicators = ratingIndicators(counts);
    for (const key of Object.keys(indicators) as RatingIndicatorKey[]) tally.counts[key] += indicators[key];
  }

  return {
    tallies,
    ratings,
    members: sortByVietnameseName(listed, (row) => row.fullName),
    admissions: sortAdmissions(admissions),
    ethnicities: ethnicityCounts(ethnicities),
    religions: religionCounts(religions),
    trend,
  };
}
