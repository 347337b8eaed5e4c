import type { IsoDate } from '../../../shared/dates/calendar';
import { lastEndedQuarter, periodsCoveringQuarterEnd, type ExportReminder } from '../../../shared/exchange/export-reminders';
import type { Db } from '../../connection';

/**
 * "The last quarter's file is not exported yet": when no file was exported for the last ended quarter (or the longer
 * period ending with it), provided the register already existed when that quarter ended — a register set up after it
 * has nothing to send for it. Call it inside the caller's read transaction.
 */
export function exportReminders(db: Db, today: IsoDate): ExportReminder[] {
  const home = db
    .prepare<[], { code: string; createdAt: string }>(
      'SELECT o.code, o.created_at AS createdAt FROM home_organisation h JOIN organisations o ON o.id = h.organisation_id',
    )
    .get();
  if (!home) return [];
  const quarter = lastEndedQuarter(today);
  if (home.createdAt.slice(0, 10) > quarter.to) return [];
  const exported = db
    .prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM exchange_exports WHERE unit_code = ? AND period IN (SELECT value FROM json_each(?)) LIMIT 1',
    )
    .get(home.code, JSON.stringify(periodsCoveringQuarterEnd(quarter)));
  return exported ? [] : [{ kind: 'export_missing', date: quarter.to, period: quarter.code }];
}
