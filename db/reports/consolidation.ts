import { membershipIdentity } from '../../shared/reports/indicators';
import { tallyIndicators, tallyOfIndicators, type Tally } from '../../shared/reports/compute/tally';
import type { Period } from '../../shared/reports/period';
import type { CompositionTables, MemberListRow, ReportSource, UnitReportRow } from '../../shared/reports/views';
import type { RatingLevel } from '../../shared/ratings/levels';
import type { Db } from '../connection';
import { unitAndDescendantIds } from '../organisations/queries';
import { latestPeriodFigures, type PeriodFigures } from '../exchange/received/period-files';
import { childUnits } from '../exchange/received/reporting-units';
import { openOn, type ReportScope } from './report-scope';

/**
 * A committee's consolidation (issue 6): each unit directly below the home unit that reports by file is reported from
 * its latest accepted file of the period — its own rows and its units' rows as signed, read-only — instead of from the
 * register, which keeps no members of it.
 */
export interface Consolidation {
  /** Units of the scope reported from a file, with the whole of their subtree in the register: left out of it. */
  excludedIds: ReadonlySet<number>;
  /** The scope unit's id → its file. */
  files: ReadonlyMap<number, PeriodFigures>;
  sources: ReportSource[];
}

export function consolidationOf(db: Db, scope: ReportScope, period: Period): Consolidation {
  const inScope = new Set(scope.units.map((unit) => unit.id));
  const periodFiles = latestPeriodFigures(db, period.code);
  const excludedIds = new Set<number>();
  const files = new Map<number, PeriodFigures>();
  const sources: ReportSource[] = [];
  for (const { unit, reportsByFile } of childUnits(db)) {
    if (!reportsByFile || !inScope.has(unit.id)) continue;
    const file = periodFiles.get(unit.code);
    if (!file) {
      if (openOn(unit, period.from)) sources.push(missingSource(unit));
      continue;
    }
    files.set(unit.id, file);
    for (const id of unitAndDescendantIds(db, unit.id)) excludedIds.add(id);
    sources.push({
      unitCode: unit.code,
      unitName: unit.name,
      status: 'received',
      revision: file.revision,
      bundleId: file.bundleId,
      receivedAt: file.receivedAt,
      createdAt: file.createdAt,
      fingerprint: file.fingerprint,
    });
  }
  return { excludedIds, files, sources };
}

const missingSource = (unit: { code: string; name: string }): ReportSource => ({
  unitCode: unit.code,
  unitName: unit.name,
  status: 'missing',
  revision: null,
  bundleId: null,
  receivedAt: null,
  createdAt: null,
  fingerprint: null,
});

/** A file's per-unit rows placed in the report's tree at `depth` (the reporting unit's own row first), with tallies. */
export function fileRows(
  content: PeriodFigures['figures'],
  sourceCode: string,
  depth: number,
  withRatings: boolean,
): { row: UnitReportRow; tally: Tally; unitLevel: RatingLevel | null }[] {
  const depths = new Map<string, number>();
  const levels = new Map(content.ratings.units.map((entry) => [entry.unitCode, entry.level]));
  return content.report.units.map((unit) => {
    const own = unit.parentCode === null ? undefined : depths.get(unit.parentCode);
    const unitDepth = own === undefined ? depth + (depths.size === 0 ? 0 : 1) : own + 1;
    depths.set(unit.code, unitDepth);
    const tally = tallyOfIndicators(unit.indicators);
    const indicators = tallyIndicators(tally, withRatings);
    return {
      row: {
        unit: { code: unit.code, name: unit.name, kind: unit.kind, parentCode: unit.parentCode, depth: unitDepth },
        indicators,
        identity: membershipIdentity(indicators),
        source: sourceCode,
      },
      tally,
      unitLevel: levels.get(unit.code) ?? null,
    };
  });
}

/** A unit's name as the file gives it (its code when the file names no such unit). */
function unitNameIn(content: PeriodFigures['figures']): (code: string) => string {
  const names = new Map(content.report.units.map((unit) => [unit.code, unit.name]));
  return (code) => names.get(code) ?? code;
}

/** A file's forms 2 and 4 (over its producer's subtree), each admission named by the unit's name as the file gives it. */
export function fileComposition(content: PeriodFigures['figures']): CompositionTables {
  const nameOf = unitNameIn(content);
  const { admissions, ethnicities, religions } = content.report.composition;
  return {
    admissions: admissions.map((admission) => ({ ...admission, unitName: nameOf(admission.unitCode) })),
    ethnicities,
    religions,
  };
}

/**
 * The members a file lists on its last day (counted there, or temporarily attached), as rows of the member list marked
 * with the unit whose file it is. A committee's file lists only the members its own register keeps.
 */
export function fileMembers(content: PeriodFigures['figures'], sourceCode: string): MemberListRow[] {
  const nameOf = unitNameIn(content);
  return content.members
    .filter(({ state }) => state.countedHere || state.temporarilyAttached)
    .map(({ id, unitCode, record, state }) => ({
      memberId: id,
      fullName: record.fullName,
      gender: record.gender,
      birthDate: record.birthDate,
      ethnicity: record.ethnicity,
      religion: record.religion,
      admittedOn: state.admittedOn,
      officialOn: state.officialOn,
      partyCardNumber: record.partyCardNumber,
      theoryLevel: record.theoryLevel,
      qualification: record.qualification,
      unitCode,
      unitName: nameOf(unitCode),
      status: state.status,
      source: sourceCode,
    }));
}
