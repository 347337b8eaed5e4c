import type { IsoDate } from '../../shared/dates/calendar';
import type { MeetingKind, Presence } from '../../shared/meetings/kinds';
import type { MeetingGuest } from '../../shared/meetings/schema';
import type { Db } from '../connection';

export interface MeetingRow {
  id: number;
  kind: MeetingKind;
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  agenda: string | null;
  conclusions: string | null;
  resolution: string | null;
}

export interface AttendanceRowStored {
  meetingId: number;
  memberId: number;
  fullName: string;
  presence: Presence;
  reason: string | null;
}

const MEETING_SELECT = `
  SELECT id, kind, date, start_time AS startTime, end_time AS endTime, place, chair, secretary, agenda, conclusions,
         resolution
    FROM meetings`;

export function findMeeting(db: Db, id: number): MeetingRow | undefined {
  return db.prepare<[number], MeetingRow>(`${MEETING_SELECT} WHERE id = ?`).get(id);
}

/** The meetings of a year (all when null), oldest first. */
export function meetingsOfYear(db: Db, year: number | null): MeetingRow[] {
  return db
    .prepare<{ year: string | null }, MeetingRow>(
      `${MEETING_SELECT} WHERE @year IS NULL OR substr(date, 1, 4) = @year ORDER BY date, start_time, id`,
    )
    .all({ year: year === null ? null : String(year).padStart(4, '0') });
}

/** The attendance rows of many meetings, with the members' names, by meeting. */
export function attendanceOf(db: Db, meetingIds: readonly number[]): Map<number, AttendanceRowStored[]> {
  const rows = db
    .prepare<[string], AttendanceRowStored>(
      `SELECT a.meeting_id AS meetingId, a.member_id AS memberId, m.full_name AS fullName, a.presence, a.reason
         FROM meeting_attendance a JOIN members m ON m.id = a.member_id
        WHERE a.meeting_id IN (SELECT value FROM json_each(?))
        ORDER BY a.meeting_id, a.rowid`,
    )
    .all(JSON.stringify(meetingIds));
  const byMeeting = new Map<number, AttendanceRowStored[]>();
  for (const row of rows) {
    const list = byMeeting.get(row.meetingId);
    if (list) list.push(row);
    else byMeeting.set(row.meetingId, [row]);
  }
  return byMeeting;
}

interface GuestRow {
  name: string;
  position: string | null;
  body: string | null;
  upperLevel: number;
}

export function guestsOf(db: Db, meetingId: number): MeetingGuest[] {
  return db
    .prepare<[number], GuestRow>(
      `SELECT name, position, body, upper_level AS upperLevel FROM meeting_guests
        WHERE meeting_id = ? ORDER BY position_in_list`,
    )
    .all(meetingId)
    .map((row) => ({
      name: row.name,
      ...(row.position === null ? {} : { position: row.position }),
      ...(row.body === null ? {} : { body: row.body }),
      upperLevel: row.upperLevel === 1,
    }));
}

/** Every member in the register, id and name: who a meeting's expected list is drawn from. */
export function allMembers(db: Db): { id: number; fullName: string }[] {
  return db.prepare<[], { id: number; fullName: string }>('SELECT id, full_name AS fullName FROM members').all();
}
