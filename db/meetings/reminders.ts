import { dateParts, type IsoDate } from '../../shared/dates/calendar';
import { missingMeetings, type MissingMeeting } from '../../shared/meetings/reminders';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { findHomeOrganisation } from '../organisations/queries';
import { meetingsOfYear } from './queries';

/**
 * The months without a regular meeting and the quarters without a thematic one, this year, since the register was set
 * up (the day of `org.setupHome`, in local time): a register opened in November does not owe January's meeting.
 */
export function meetingReminders(db: Db, today: IsoDate): MissingMeeting[] {
  const home = findHomeOrganisation(db);
  if (!home) return [];
  const since = localDate(new Date(home.createdAt));
  return missingMeetings(meetingsOfYear(db, dateParts(today).year), today, since);
}
