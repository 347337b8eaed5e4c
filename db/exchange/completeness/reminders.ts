import type { IsoDate } from '../../../shared/dates/calendar';
import { lastEndedQuarter, periodsCoveringQuarterEnd } from '../../../shared/exchange/export-reminders';
import type { UnitFilesReminder } from '../../../shared/exchange/unit-files-reminders';
import type { Db } from '../../connection';
import { deadlineOf } from './deadlines';
import { completenessEntries } from './entries';

/**
 * "Units have not sent the last quarter's file": once the quarter's deadline has passed, the units expected to send it
 * that sent neither it nor the longer period ending with it (9M for Q3…). Only when the register existed before the
 * quarter ended. Call it inside the caller's read transaction.
 */
export function unitFilesReminders(db: Db, today: IsoDate): UnitFilesReminder[] {
  const created = db
    .prepare<[], { createdAt: string }>('SELECT o.created_at AS createdAt FROM home_organisation h JOIN organisations o ON o.id = h.organisation_id')
    .get();
  const quarter = lastEndedQuarter(today);
  if (!created || created.createdAt.slice(0, 10) > quarter.to) return [];
  const { dueOn } = deadlineOf(db, quarter);
  if (today <= dueOn) return [];
  const sentLonger = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM exchange_files WHERE unit_code = ? AND period IN (SELECT value FROM json_each(?)) LIMIT 1',
  );
  const covering = JSON.stringify(periodsCoveringQuarterEnd(quarter));
  const units = completenessEntries(db, quarter, dueOn, today)
    .filter((entry) => entry.status === 'missing' && !sentLonger.get(entry.code, covering))
    .map((entry) => entry.code);
  return units.length === 0 ? [] : [{ kind: 'unit_files_missing', date: dueOn, period: quarter.code, units }];
}
