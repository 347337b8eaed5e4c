import type { TFunction } from 'i18next';
import { dateParts, formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import type { MissingMeeting } from '../../../shared/meetings/reminders';
import type { DuesReminder } from '../../../shared/dues/reminders';
import type { Reminder } from '../../../shared/reminders/reminder';
import { formatVnd } from '../../format/money';

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

/** A quarter's code as a sentence names it ("quý III/2026"); any other period by its code. */
function periodCodeText(t: TFunction, code: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  return quarter ? t('reminders.period.quarter', { quarter: ROMAN_QUARTERS[Number(quarter[2]) - 1], year: quarter[1] }) : code;
}

/** "tháng 1, 2, 3/2026": the owed months all lie in this year. */
function monthsText(t: TFunction, months: DuesReminder['unpaidMonths']): string {
  const year = months[0]?.slice(0, 4) ?? '';
  return t('reminders.months', { list: `${months.map((month) => Number(month.slice(5, 7))).join(', ')}/${year}` });
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
    case 'recommendation_due':
    case 'recommendation_overdue': {
      const { subject, content, responsible } = reminder;
      const key = reminder.kind === 'recommendation_due' && responsible ? 'recommendation_due_responsible' : reminder.kind;
      return t(`reminders.line.${key}`, { subject, content, responsible, date });
    }
    case 'export_missing':
      return t('exchange.export.reminder.export_missing', { period: periodCodeText(t, reminder.period), date });
    case 'unit_files_missing':
      return t('exchange.unitFilesReminder.missing', {
        count: reminder.units.length,
        units: reminder.units.join(', '),
        period: periodCodeText(t, reminder.period),
        date,
      });
    case 'dues_arrears':
      return t(reminder.removalWarning ? 'reminders.line.dues_removal' : 'reminders.line.dues_arrears', {
        name: reminder.fullName,
        months: monthsText(t, reminder.unpaidMonths),
        amount: formatVnd(reminder.owedVnd),
      });
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
    case 'recommendation_due':
    case 'recommendation_overdue':
      return `/inspections/${reminder.inspectionId}`;
    case 'dues_arrears':
      return `/dues/member/${reminder.memberId}`;
    case 'export_missing':
      return '/exchange/export';
    case 'unit_files_missing':
      return `/exchange/completeness?period=${reminder.period}`;
  }
}

/** Unique within the list: a member, a recommendation and a period have at most one reminder of a kind each. */
export function reminderKey(reminder: Reminder): string {
  if ('memberId' in reminder) return `${reminder.kind}-${reminder.memberId}`;
  if ('recommendationId' in reminder) return `${reminder.kind}-${reminder.recommendationId}`;
  if (reminder.kind === 'export_missing' || reminder.kind === 'unit_files_missing') return `${reminder.kind}-${reminder.period}`;
  return `${reminder.kind}-${reminder.params.from}`;
}
