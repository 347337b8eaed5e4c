import type { TFunction } from 'i18next';
import { dateParts, formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import type { MissingMeeting } from '../../../shared/meetings/reminders';
import type { Reminder } from '../../../shared/reminders/reminder';

/** An occasion is named as people say it, without leading zeros: "19/5/2027". */
function occasion(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day}/${month}/${year}`;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** "tháng 11/2026", "quý IV/2026" — quarters in Roman numerals, as party documents write them. */
function periodText(t: TFunction, { params }: MissingMeeting): string {
  if (params.months === 1) return t('reminders.period.month', { month: params.index, year: params.year });
  if (params.months === 3) return t('reminders.period.quarter', { quarter: ROMAN_QUARTERS[params.index - 1], year: params.year });
  return t('reminders.period.range', { from: formatViDate(params.from), to: formatViDate(params.to) });
}

/** One reminder as a plain sentence naming who or what, and the day. */
export function reminderSentence(t: TFunction, reminder: Reminder): string {
  const date = formatViDate(reminder.date);
  switch (reminder.kind) {
    case 'probation_ending':
    case 'probation_overdue':
      return t(`reminders.line.${reminder.kind}`, { name: reminder.fullName, date, months: reminder.params.months });
    case 'badge_due':
      return t('reminders.line.badge_due', {
        name: reminder.fullName,
        date,
        years: reminder.params.years,
        presentOn: occasion(reminder.params.presentOn),
      });
    case 'meeting_regular_missing':
    case 'meeting_thematic_missing': {
      const key = reminder.params.current ? reminder.kind : reminder.kind.replace('_missing', '_missed');
      return t(`reminders.line.${key}`, { period: periodText(t, reminder), date });
    }
  }
}

/** Where the reminder is dealt with. */
export function reminderLink(reminder: Reminder): string {
  switch (reminder.kind) {
    case 'probation_ending':
    case 'probation_overdue':
    case 'badge_due':
      return `/members/${reminder.memberId}`;
    case 'meeting_regular_missing':
    case 'meeting_thematic_missing':
      return '/meetings/new';
  }
}

/** Unique within the list: a member has at most one reminder of a kind, a period one of each kind. */
export function reminderKey(reminder: Reminder): string {
  return 'memberId' in reminder ? `${reminder.kind}-${reminder.memberId}` : `${reminder.kind}-${reminder.params.from}`;
}
