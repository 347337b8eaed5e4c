import type { IsoDate } from '../../shared/dates/calendar';
import type { Direction } from '../../shared/inspections/kinds';
import type { MeetingKind } from '../../shared/meetings/kinds';
import type { Gender, Qualification, TheoryLevel } from '../../shared/members/levels';
import type { RatingLevel } from '../../shared/ratings/levels';
import type { Db } from '../connection';

/** A member of the reported subtree with what the report reads of the record. */
export interface ReportMemberRow {
  id: number;
  unitId: number;
  fullName: string;
  gender: Gender;
  birthDate: IsoDate;
  ethnicity: string;
  religion: string;
  theoryLevel: TheoryLevel | null;
  qualification: Qualification | null;
  partyCardNumber: string | null;
}

/** The members registered in any of these units (the member's unit as it is now: the register keeps no unit history). */
export function membersOfUnits(db: Db, unitIds: readonly number[]): ReportMemberRow[] {
  return db
    .prepare<[string], ReportMemberRow>(
      `SELECT id, unit_id AS unitId, full_name AS fullName, gender, birth_date AS birthDate, ethnicity, religion,
              theory_level AS theoryLevel, qualification, party_card_number AS partyCardNumber
         FROM members WHERE unit_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(unitIds));
}

export interface ReportMeetingRow {
  id: number;
  kind: MeetingKind;
  date: IsoDate;
  startTime: string;
  endTime: string;
  upperLevelGuests: number;
}

/** The meetings dated from `from` to `to`, oldest first, each with how many guests came from the upper level. */
export function meetingsBetween(db: Db, from: IsoDate, to: IsoDate): ReportMeetingRow[] {
  return db
    .prepare<[IsoDate, IsoDate], ReportMeetingRow>(
      `SELECT m.id, m.kind, m.date, m.start_time AS startTime, m.end_time AS endTime,
              (SELECT count(*) FROM meeting_guests g WHERE g.meeting_id = m.id AND g.upper_level = 1) AS upperLevelGuests
         FROM meetings m WHERE m.date BETWEEN ? AND ? ORDER BY m.date, m.start_time, m.id`,
    )
    .all(from, to);
}

export interface ReportInspectionRow {
  id: number;
  direction: Direction;
  startDate: IsoDate;
  /** The unit the record is about: its subject unit, or the unit of its subject member. */
  unitId: number;
  /** The subject in words: the unit's name or the member's full name. */
  subject: string;
}

/** The KTGS records whose round started on or before `until`, with the unit each is about. */
export function inspectionsUntil(db: Db, until: IsoDate): ReportInspectionRow[] {
  return db
    .prepare<[IsoDate], ReportInspectionRow>(
      `SELECT i.id, i.direction, i.start_date AS startDate, coalesce(u.id, sm.unit_id) AS unitId,
              coalesce(u.name, sm.full_name) AS subject
         FROM inspections i
         LEFT JOIN organisations u ON u.id = i.subject_unit_id
         LEFT JOIN members sm ON sm.id = i.subject_member_id
        WHERE i.start_date <= ?
        ORDER BY i.start_date, i.id`,
    )
    .all(until);
}

/** The units' own ratings of a year, by unit id. */
export function unitRatingsOf(db: Db, year: number): Map<number, RatingLevel> {
  const rows = db
    .prepare<[number], { unitId: number; level: RatingLevel }>(
      'SELECT organisation_id AS unitId, level FROM ratings WHERE year = ? AND organisation_id IS NOT NULL',
    )
    .all(year);
  return new Map(rows.map((row) => [row.unitId, row.level]));
}
