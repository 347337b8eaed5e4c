import { addDays, type IsoDate } from '../dates/calendar';

/**
 * How many days ahead of its deadline an open recommendation appears among the dashboard's reminders. A horizon
 * chosen for the secretary's convenience, not a regulation: no rule sets it, so it is a plain constant, not a dated
 * rule row.
 */
export const RECOMMENDATION_REMINDER_DAYS = 14;

export type RecommendationReminder = {
  kind: 'recommendation_due' | 'recommendation_overdue';
  /** The deadline. */
  date: IsoDate;
  inspectionId: number;
  recommendationId: number;
  content: string;
  responsible: string | null;
  /** Readable: the unit's name or the member's full name. */
  subject: string;
};

/**
 * Whether an open recommendation with this deadline is a reminder today: overdue when the deadline is before today,
 * due when it falls within the next RECOMMENDATION_REMINDER_DAYS days (today included), none otherwise.
 */
export function recommendationReminderKind(deadline: IsoDate, today: IsoDate): RecommendationReminder['kind'] | null {
  if (deadline < today) return 'recommendation_overdue';
  return deadline <= addDays(today, RECOMMENDATION_REMINDER_DAYS) ? 'recommendation_due' : null;
}
