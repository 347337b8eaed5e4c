import type { Handlers } from '../../shared/api/contract';
import type { IsoDate } from '../../shared/dates/calendar';
import { remindersFor, sortReminders, type MemberReminderLine } from '../../shared/members/reminders';
import { memberStateOn } from '../../shared/members/state';
import type { Reminder } from '../../shared/reminders/reminder';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { duesReminders } from '../dues/reminders';
import { replayEventsOfMembers } from '../events/queries';
import { unitFilesReminders } from '../exchange/completeness/reminders';
import { exportReminders } from '../exchange/export/reminders';
import { recommendationReminders } from '../inspections/reminders';
import { meetingReminders } from '../meetings/reminders';
import { listMembers } from '../members/list';

/** Every member of the register (in register order, as the members list loads them), their state replayed for today. */
function memberReminders(db: Db, today: IsoDate): MemberReminderLine[] {
  const { rows } = listMembers(db, {}, today);
  const events = replayEventsOfMembers(db, rows.map((row) => row.id));
  const reminders: MemberReminderLine[] = [];
  for (const { id, fullName, unitName } of rows) {
    const state = memberStateOn(events.get(id) ?? [], today);
    for (const reminder of remindersFor(state, today)) reminders.push({ ...reminder, memberId: id, fullName, unitName });
  }
  return reminders;
}

/**
 * The dashboard's reminders, oldest day first: what the members' states call for, the meetings the rule requires but
 * the register does not hold, inspection recommendations due or overdue, dues owed for past months, and the last ended
 * quarter's exchange file not yet exported, and at a committee its units' files of that quarter missing after the
 * deadline. One read
 * transaction, so every part sees the same register.
 */
export function reminderHandlers(db: Db, now: () => Date): Pick<Handlers, 'reminders.list'> {
  return {
    'reminders.list': () => {
      const today = localDate(now());
      return db.transaction(() => {
        const reminders: Reminder[] = [
          ...memberReminders(db, today),
          ...meetingReminders(db, today),
          ...recommendationReminders(db, today),
          ...duesReminders(db, today),
          ...exportReminders(db, today),
          ...unitFilesReminders(db, today),
        ];
        return sortReminders(reminders);
      })();
    },
  };
}
