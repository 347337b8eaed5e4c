import type { IsoDate } from '../../shared/dates/calendar';
import { memberLines } from '../../shared/dues/ledger';
import { monthOf, monthsOfYear } from '../../shared/dues/months';
import { duesReminderOf, type DuesReminder } from '../../shared/dues/reminders';
import { sortReminders } from '../../shared/members/reminders';
import type { Db } from '../connection';
import { readDuesRegister } from './queries';

/**
 * Members who still owe dues for a past month of this calendar year (a month before today's), oldest month first,
 * register order within a day. One read of members, events, bases, reliefs and payments, whatever the register's size;
 * call inside the reminders' transaction so it agrees with the rest of the dashboard.
 */
export function duesReminders(db: Db, today: IsoDate): DuesReminder[] {
  const past = monthsOfYear(Number(today.slice(0, 4))).filter((month) => month < monthOf(today));
  if (past.length === 0) return [];
  const register = readDuesRegister(db, { upTo: past[past.length - 1] });
  const reminders: DuesReminder[] = [];
  for (const member of register.members) {
    const record = register.records.get(member.id);
    // Nothing is owed before a first income basis: skip the replay for members without one.
    if (!record || record.bases.length === 0) continue;
    const reminder = duesReminderOf(
      { memberId: member.id, fullName: member.fullName, unitName: member.unitName },
      memberLines(record, past, today),
      today,
    );
    if (reminder) reminders.push(reminder);
  }
  return sortReminders(reminders);
}
