import type { DuesReminder } from '../dues/reminders';
import type { ExportReminder } from '../exchange/export-reminders';
import type { UnitFilesReminder } from '../exchange/unit-files-reminders';
import type { RecommendationReminder } from '../inspections/reminders';
import type { MissingMeeting } from '../meetings/reminders';
import type { MemberReminderLine } from '../members/reminders';

/** Everything the dashboard's "Việc cần làm" can list; each kind leads to the page where it is dealt with. */
export type Reminder =
  | MemberReminderLine
  | MissingMeeting
  | RecommendationReminder
  | DuesReminder
  | ExportReminder
  | UnitFilesReminder;
