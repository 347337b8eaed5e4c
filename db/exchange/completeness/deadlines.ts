import { addDays, type IsoDate } from '../../../shared/dates/calendar';
import type { CompletenessDeadline } from '../../../shared/exchange/completeness';
import type { Period } from '../../../shared/reports/period';
import { ruleOn } from '../../../shared/rules/dated';
import { REPORT_DEADLINE_DAYS } from '../../../shared/rules/report-deadline';
import type { Db } from '../../connection';

/** The period's deadline for the units' files: the committee's own (migration 017), or the rule's default. */
export function deadlineOf(db: Db, period: Period): CompletenessDeadline {
  const set = db.prepare<[string], { due_on: IsoDate }>('SELECT due_on FROM report_deadlines WHERE period = ?').get(period.code);
  if (set) return { period: period.code, dueOn: set.due_on, source: 'set', rule: null };
  const rule = ruleOn(REPORT_DEADLINE_DAYS, period.to);
  return { period: period.code, dueOn: addDays(period.to, rule.value), source: 'default', rule: rule.source };
}

/** Sets the period's deadline, or with null goes back to the default. */
export function setDeadline(db: Db, period: Period, dueOn: IsoDate | null, at: Date): CompletenessDeadline {
  if (dueOn === null) db.prepare('DELETE FROM report_deadlines WHERE period = ?').run(period.code);
  else {
    db.prepare(
      `INSERT INTO report_deadlines (period, due_on, set_at) VALUES (?, ?, ?)
       ON CONFLICT (period) DO UPDATE SET due_on = excluded.due_on, set_at = excluded.set_at`,
    ).run(period.code, dueOn, at.toISOString());
  }
  return deadlineOf(db, period);
}
