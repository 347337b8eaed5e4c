import type { IsoDate } from '../../../shared/dates/calendar';
import { CONTENT_VERSION, exchangeContentSchema, type ContentDocument, type ContentFigures, type ContentReport } from '../../../shared/exchange/content';
import type { Period } from '../../../shared/reports/period';
import type { PeriodReport } from '../../../shared/reports/views';
import type { Db } from '../../connection';
import type { StoredUnit } from '../../organisations/queries';
import { buildPeriodReport } from '../../reports/period-report';
import { reportScope } from '../../reports/report-scope';
import { completenessEntries } from '../completeness/entries';
import { deadlineOf } from '../completeness/deadlines';
import { nestedUnitFiles, periodKtgsRecords, periodMeetings, periodRatings } from './activities';
import { memberSnapshot } from './member-snapshot';

const CELL_KINDS: readonly string[] = ['chi_bo', 'chi_bo_co_so'];

/** A committee nests its units' files; a cell has no units reporting to it. */
export const isCommittee = (unit: Pick<StoredUnit, 'kind'>) => !CELL_KINDS.includes(unit.kind);

function contentReport(report: PeriodReport): ContentReport {
  return {
    indicators: report.totals,
    units: report.units.map(({ unit, indicators }) => ({
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentCode: unit.parentCode,
      indicators,
    })),
    identity: report.identity,
    identityViolations: report.identityViolations.map(({ unit, identity }) => ({ unitCode: unit.code, identity })),
    composition: {
      admissions: report.composition.admissions.map(({ unitName: _unitName, ...admission }) => admission),
      ethnicities: report.composition.ethnicities,
      religions: report.composition.religions,
    },
  };
}

/** The report and the member snapshot of the period's content document, as the export writes them. */
export function contentFigures(db: Db, period: Period, today: IsoDate): ContentFigures {
  const scope = reportScope(db, undefined);
  const { members, events } = memberSnapshot(
    db,
    scope.units.map((unit) => unit.id),
    period,
  );
  return { period: period.code, asOf: period.to, report: contentReport(buildPeriodReport(db, period, undefined, today)), members, events };
}

/**
 * The period's content document (docs/exchange-format.md §12) for the home unit, read in the caller's transaction.
 * Checked against its own schema before it is signed: a file the parent's import would refuse is never written.
 */
export function buildExchangeContent(db: Db, period: Period, today: IsoDate): ContentDocument {
  const scope = reportScope(db, undefined);
  const committee = isCommittee(scope.home);
  const dueOn = deadlineOf(db, period).dueOn;
  return exchangeContentSchema.parse({
    contentVersion: CONTENT_VERSION,
    ...contentFigures(db, period, today),
    meetings: periodMeetings(db, period),
    ktgs: periodKtgsRecords(db, period),
    ratings: periodRatings(db, period),
    units: committee ? nestedUnitFiles(db, scope.home.id, period) : [],
    completeness: committee ? { deadline: dueOn, units: completenessEntries(db, period, dueOn, today) } : { deadline: null, units: [] },
  });
}
