import type { MeetingInput } from '../../shared/meetings/schema';
import type { Db } from '../connection';

const columns = (meeting: MeetingInput) => ({
  kind: meeting.kind,
  date: meeting.date,
  startTime: meeting.startTime,
  endTime: meeting.endTime,
  place: meeting.place ?? null,
  chair: meeting.chair ?? null,
  secretary: meeting.secretary ?? null,
  agenda: meeting.agenda ?? null,
  conclusions: meeting.conclusions ?? null,
  resolution: meeting.resolution ?? null,
});

/** Replaces the meeting's guests and attendance with those of `meeting`. */
function writeLists(db: Db, id: number, meeting: MeetingInput): void {
  db.prepare('DELETE FROM meeting_guests WHERE meeting_id = ?').run(id);
  db.prepare('DELETE FROM meeting_attendance WHERE meeting_id = ?').run(id);
  const guest = db.prepare(
    `INSERT INTO meeting_guests (meeting_id, position_in_list, name, position, body, upper_level)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  meeting.guests.forEach((row, index) => {
    guest.run(id, index + 1, row.name, row.position ?? null, row.body ?? null, row.upperLevel ? 1 : 0);
  });
  const mark = db.prepare('INSERT INTO meeting_attendance (meeting_id, member_id, presence, reason) VALUES (?, ?, ?, ?)');
  for (const row of meeting.attendance) mark.run(id, row.memberId, row.presence, row.reason ?? null);
}

export function insertMeeting(db: Db, meeting: MeetingInput, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO meetings (kind, date, start_time, end_time, place, chair, secretary, agenda, conclusions, resolution,
                             created_at, updated_at)
       VALUES (@kind, @date, @startTime, @endTime, @place, @chair, @secretary, @agenda, @conclusions, @resolution,
               @at, @at)`,
    )
    .run({ ...columns(meeting), at });
  const id = Number(lastInsertRowid);
  writeLists(db, id, meeting);
  return id;
}

export function updateMeeting(db: Db, id: number, meeting: MeetingInput, at: string): void {
  db.prepare(
    `UPDATE meetings SET kind = @kind, date = @date, start_time = @startTime, end_time = @endTime, place = @place,
            chair = @chair, secretary = @secretary, agenda = @agenda, conclusions = @conclusions,
            resolution = @resolution, updated_at = @at
      WHERE id = @id`,
  ).run({ ...columns(meeting), at, id });
  writeLists(db, id, meeting);
}

export function deleteMeeting(db: Db, id: number): void {
  db.prepare('DELETE FROM meeting_guests WHERE meeting_id = ?').run(id);
  db.prepare('DELETE FROM meeting_attendance WHERE meeting_id = ?').run(id);
  db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
}
