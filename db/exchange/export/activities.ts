import type { IsoDate } from '../../../shared/dates/calendar';
import type { ContentKtgs, ContentMeeting, ContentRatings, ContentUnitFile } from '../../../shared/exchange/content';
import type { Period } from '../../../shared/reports/period';
import type { Db } from '../../connection';

type MeetingRow = Omit<ContentMeeting, 'attendance' | 'guests'>;

/** The register's meetings dated in the period, oldest first, with attendance and guests. */
export function periodMeetings(db: Db, period: Period): ContentMeeting[] {
  const meetings = db
    .prepare<[IsoDate, IsoDate], MeetingRow>(
      `SELECT id, kind, date, start_time AS startTime, end_time AS endTime, place, chair, secretary, agenda, conclusions, resolution
         FROM meetings WHERE date BETWEEN ? AND ? ORDER BY date, start_time, id`,
    )
    .all(period.from, period.to);
  const attendance = db.prepare<[number], ContentMeeting['attendance'][number]>(
    'SELECT member_id AS memberId, presence, reason FROM meeting_attendance WHERE meeting_id = ? ORDER BY member_id',
  );
  const guests = db.prepare<[number], Omit<ContentMeeting['guests'][number], 'upperLevel'> & { upperLevel: 0 | 1 }>(
    'SELECT name, position, body, upper_level AS upperLevel FROM meeting_guests WHERE meeting_id = ? ORDER BY position_in_list',
  );
  return meetings.map((meeting) => ({
    ...meeting,
    attendance: attendance.all(meeting.id),
    guests: guests.all(meeting.id).map((guest) => ({ ...guest, upperLevel: guest.upperLevel === 1 })),
  }));
}

type KtgsRow = Omit<ContentKtgs, 'violation' | 'recommendations'> & { violation: 0 | 1 };

/** Inspection and supervision records whose start date is in the period, with their recommendations. */
export function periodKtgsRecords(db: Db, period: Period): ContentKtgs[] {
  const records = db
    .prepare<[IsoDate, IsoDate], KtgsRow>(
      `SELECT i.id, i.direction, i.activity, i.kind, i.basis, i.conducted_by AS conductedBy, i.team,
              i.start_date AS startDate, i.end_date AS endDate, o.code AS subjectUnitCode, i.subject_member_id AS subjectMemberId,
              i.content, i.strengths, i.shortcomings, i.violation, i.conclusion
         FROM inspections i LEFT JOIN organisations o ON o.id = i.subject_unit_id
        WHERE i.start_date BETWEEN ? AND ? ORDER BY i.start_date, i.id`,
    )
    .all(period.from, period.to);
  const recommendations = db.prepare<[number], ContentKtgs['recommendations'][number]>(
    `SELECT position_in_list AS position, content, deadline, responsible, done_on AS doneOn, note
       FROM inspection_recommendations WHERE inspection_id = ? ORDER BY position_in_list`,
  );
  return records.map((record) => ({ ...record, violation: record.violation === 1, recommendations: recommendations.all(record.id) }));
}

/**
 * The ratings of the year the period ends in. A period ending in December closes the year: its sheet is complete
 * (`year_sheet`); any other period carries what is recorded so far (`recorded_so_far`), which may still change.
 */
export function periodRatings(db: Db, period: Period): ContentRatings {
  const year = period.year;
  const members = db
    .prepare<[number], ContentRatings['members'][number]>(
      `SELECT member_id AS memberId, level, not_rated_reason AS notRatedReason
         FROM ratings WHERE year = ? AND member_id IS NOT NULL ORDER BY member_id`,
    )
    .all(year);
  const units = db
    .prepare<[number], ContentRatings['units'][number]>(
      `SELECT o.code AS unitCode, r.level FROM ratings r JOIN organisations o ON o.id = r.organisation_id
        WHERE r.year = ? AND r.organisation_id IS NOT NULL ORDER BY o.code`,
    )
    .all(year);
  const scope = period.to.endsWith('-12-31') ? 'year_sheet' : 'recorded_so_far';
  return { year, scope, members, units };
}

interface UnitFileRow {
  unitCode: string;
  revision: number;
  bundleId: string;
  fileSha256: string;
  bytes: Buffer;
}

/**
 * For a committee: the latest accepted file (highest revision) of every unit directly below the home unit for the
 * same period, as received (table exchange_files, written by the import), by unit code.
 */
export function nestedUnitFiles(db: Db, homeId: number, period: Period): ContentUnitFile[] {
  const rows = db
    .prepare<[number, string], UnitFileRow>(
      `SELECT f.unit_code AS unitCode, f.revision, f.bundle_id AS bundleId, f.file_sha256 AS fileSha256, f.bytes
         FROM exchange_files f
         JOIN organisations o ON o.code = f.unit_code AND o.parent_id = ?
        WHERE f.period = ?
          AND f.revision = (SELECT max(g.revision) FROM exchange_files g WHERE g.unit_code = f.unit_code AND g.period = f.period)
        ORDER BY f.unit_code`,
    )
    .all(homeId, period.code);
  return rows.map(({ bytes, ...row }) => ({ ...row, base64: Buffer.from(bytes).toString('base64') }));
}
