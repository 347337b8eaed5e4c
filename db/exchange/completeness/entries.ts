import type { IsoDate } from '../../../shared/dates/calendar';
import { localDayOf } from '../../../shared/dates/local-time';
import type { CompletenessEntry, CompletenessLevel } from '../../../shared/exchange/completeness';
import type { Period } from '../../../shared/reports/period';
import type { Db } from '../../connection';
import { openOn } from '../../reports/report-scope';
import { latestPeriodReceipts } from '../received/period-files';
import { childUnits } from '../received/reporting-units';

/**
 * The home unit's units for the period, each with whether its file came, when, whether late or corrected, and (from
 * its file) its own units' entries. Units closed before the period and without a file are not expected.
 */
export function completenessEntries(db: Db, period: Period, dueOn: IsoDate, today: IsoDate): CompletenessEntry[] {
  const files = latestPeriodReceipts(db, period.code);
  const entries: CompletenessEntry[] = [];
  for (const { unit, reportsByFile } of childUnits(db)) {
    const file = files.get(unit.code);
    if (!file && !openOn(unit, period.from)) continue;
    const base = { code: unit.code, name: unit.name, kind: unit.kind };
    if (!reportsByFile) {
      entries.push({ ...base, status: 'direct', revision: null, firstReceivedAt: null, receivedAt: null, corrected: false, late: false, units: [] });
    } else if (!file) {
      entries.push({ ...base, status: 'missing', revision: null, firstReceivedAt: null, receivedAt: null, corrected: false, late: today > dueOn, units: [] });
    } else {
      entries.push({
        ...base,
        status: 'received',
        revision: file.revision,
        firstReceivedAt: file.firstReceivedAt,
        receivedAt: file.receivedAt,
        corrected: file.revision > 1,
        late: localDayOf(file.firstReceivedAt) > dueOn,
        units: file.units,
      });
    }
  }
  return entries;
}

/** Counts per depth below the home unit, through the units' own boards (units managed directly are not expected). */
export function completenessLevels(entries: readonly CompletenessEntry[]): CompletenessLevel[] {
  const levels: CompletenessLevel[] = [];
  const visit = (list: readonly CompletenessEntry[], depth: number) => {
    for (const entry of list) {
      if (entry.status !== 'direct') {
        const level = (levels[depth - 1] ??= { depth, expected: 0, received: 0, late: 0, corrected: 0, missing: 0 });
        level.expected += 1;
        if (entry.status === 'received') level.received += 1;
        else level.missing += 1;
        if (entry.late) level.late += 1;
        if (entry.corrected) level.corrected += 1;
      }
      visit(entry.units, depth + 1);
    }
  };
  visit(entries, 1);
  return levels.filter((level) => level !== undefined);
}
