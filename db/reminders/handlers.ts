import type { Handlers } from '../../shared/api/contract';
import { remindersFor, sortReminders, type Reminder } from '../../shared/members/reminders';
import { memberStateOn } from '../../shared/members/state';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';
import { listMembers } from '../members/list';

/**
 * The dashboard's reminders: every member of the register (in register order, as the members list loads them),
 * their state replayed for today, and what that state calls for. One read transaction, so the list and the events
 * agree.
 */
export function reminderHandlers(db: Db, now: () => Date): Pick<Handlers, 'reminders.list'> {
  return {
    'reminders.list': () => {
      const today = localDate(now());
      return db.transaction(() => {
        const { rows } = listMembers(db, {}, today);
        const events = replayEventsOfMembers(db, rows.map((row) => row.id));
        const reminders: Reminder[] = [];
        for (const { id, fullName, unitName } of rows) {
          const state = memberStateOn(events.get(id) ?? [], today);
          for (const reminder of remindersFor(state, today)) reminders.push({ ...reminder, memberId: id, fullName, unitName });
        }
        return sortReminders(reminders);
      })();
    },
  };
}
