import type { IsoDate } from '../../../shared/dates/calendar';
import type { CheckSource, KnownUnit } from '../../../shared/exchange/checks/findings';
import type { ContentReport } from '../../../shared/exchange/content';
import { periodsJustBefore, type Period } from '../../../shared/reports/period';
import type { Db } from '../../connection';
import { allUnits, findHomeUnit } from '../../organisations/queries';
import { contentFigures } from '../export/content';
import type { UnitKeys } from '../keys';
import { verifyNestedFiles, type NestedFile } from '../received/nested';
import { latestPeriodFiles, latestPeriodSection, type PeriodFile } from '../received/period-files';
import { ExchangeRefusal } from '../refusal';

export interface CheckData {
  sources: CheckSource[];
  known: KnownUnit[];
  /** Nested files whose content is not readable here (encrypted to the committee in between). */
  unreadable: { unitCode: string; insideUnitCode: string }[];
}

type PreviousReport = (unitCode: string) => { period: string; report: ContentReport } | null;

/**
 * The report of a unit's latest file for the period just before, when this register received one (each period read
 * once, only the reports: the openings need nothing else).
 */
function previousReports(db: Db, period: Period): PreviousReport {
  const before = periodsJustBefore(period).map((code) => ({ code, reports: latestPeriodSection<ContentReport>(db, code, '$.report') }));
  return (unitCode) => {
    for (const { code, reports } of before) {
      const report = reports.get(unitCode);
      if (report) return { period: code, report };
    }
    return null;
  };
}

/**
 * Everything the cross-unit checks read for a period: the register's own report and member snapshot, each accepted
 * file, and every file nested in those that can be read here, each checked again on the way (a file that no longer
 * verifies is counted unreadable rather than trusted).
 */
export function checkData(db: Db, period: Period, today: IsoDate, decryptWith: readonly UnitKeys[]): CheckData {
  const home = findHomeUnit(db);
  const sources: CheckSource[] = [];
  const known = new Map<string, string>(allUnits(db).map((unit) => [unit.code, unit.name]));
  const unreadable: CheckData['unreadable'] = [];
  if (home) {
    sources.push({
      unitCode: home.code,
      unitName: home.name,
      origin: 'register',
      revision: null,
      content: contentFigures(db, period, today),
      previous: null,
    });
  }
  const addNested = (files: readonly NestedFile[]) => {
    for (const file of files) {
      const { producer } = file.manifest;
      known.set(producer.code, producer.name);
      if (file.content === null) {
        unreadable.push({ unitCode: producer.code, insideUnitCode: file.insideUnitCode });
        continue;
      }
      sources.push({ unitCode: producer.code, unitName: producer.name, origin: 'nested', revision: file.manifest.revision, content: file.content, previous: null });
      addNested(file.units);
    }
  };
  const previous = previousReports(db, period);
  for (const file of latestPeriodFiles(db, period.code).values()) sources.push(...fileSources(file, previous, decryptWith, addNested, unreadable));
  for (const source of sources) for (const unit of source.content.report.units) if (!known.has(unit.code)) known.set(unit.code, unit.name);
  return { sources, known: [...known].map(([code, name]) => ({ code, name })), unreadable };
}

function fileSources(
  file: PeriodFile,
  previousReport: PreviousReport,
  decryptWith: readonly UnitKeys[],
  addNested: (files: readonly NestedFile[]) => void,
  unreadable: CheckData['unreadable'],
): CheckSource[] {
  const { producer } = file.manifest;
  let nested: NestedFile[] = [];
  try {
    nested = verifyNestedFiles(file.content, producer.code, decryptWith);
  } catch (error) {
    if (!(error instanceof ExchangeRefusal)) throw error;
    for (const entry of file.content.units) unreadable.push({ unitCode: entry.unitCode, insideUnitCode: producer.code });
  }
  const own: CheckSource = {
    unitCode: producer.code,
    unitName: producer.name,
    origin: 'file',
    revision: file.revision,
    content: file.content,
    previous: previousReport(producer.code),
  };
  addNested(nested);
  return [own];
}
