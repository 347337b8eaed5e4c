import { addDays, type IsoDate } from '../../shared/dates/calendar';
import {
  RECOMMENDATION_REMINDER_DAYS,
  recommendationReminderKind,
  type RecommendationReminder,
} from '../../shared/inspections/reminders';
import type { Db } from '../connection';
import { openRecommendationsUntil, subjectName, subjectOf } from './queries';

/**
 * Every open recommendation whose deadline is before `today` (overdue) or within the next
 * RECOMMENDATION_REMINDER_DAYS days (due), oldest deadline first. Call it inside the caller's read transaction.
 */
export function recommendationReminders(db: Db, today: IsoDate): RecommendationReminder[] {
  return openRecommendationsUntil(db, addDays(today, RECOMMENDATION_REMINDER_DAYS)).flatMap((row) => {
    const kind = recommendationReminderKind(row.deadline, today);
    if (kind === null) return [];
    return [
      {
        kind,
        date: row.deadline,
        inspectionId: row.inspectionId,
        recommendationId: row.id,
        content: row.content,
        responsible: row.responsible,
        subject: subjectName(subjectOf(row)),
      },
    ];
  });
}
