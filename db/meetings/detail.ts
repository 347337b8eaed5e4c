import { ApiFailure } from '../../shared/api/errors';
import type { IsoDate } from '../../shared/dates/calendar';
import {
  exemptAttendees,
  expectedAttendees,
  meetingFigures,
  rollComposition,
  type EarlierMeeting,
  type MemberOnDay,
} from '../../shared/meetings/figures';
import type { MeetingInput } from '../../shared/meetings/schema';
import type { MeetingDetail, MeetingList, MeetingRoll, MeetingSummary } from '../../shared/meetings/views';
import { memberStateOn } from '../../shared/members/state';
import type { MemberEvent } from '../../shared/members/events';
import { sortByVietnameseName } from '../../shared/text/names';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';
import { allMembers, attendanceOf, findMeeting, guestsOf, meetingsOfYear, type MeetingRow } from './queries';

/** The register's members and their events, read once for any number of meeting days. */
export interface Roll {
  members: { id: number; fullName: string }[];
  events: Map<number, MemberEvent[]>;
}

export function readRoll(db: Db): Roll {
  const members = sortByVietnameseName(allMembers(db), (member) => member.fullName);
  return { members, events: replayEventsOfMembers(db, members.map((member) => member.id)) };
}

/** Who is expected at a meeting on `date`, and who is exempt then, in register order. */
export function rollOn(roll: Roll, date: IsoDate): MeetingRoll {
  const states: MemberOnDay[] = roll.members.map((member) => ({
    memberId: member.id,
    fullName: member.fullName,
    state: memberStateOn(roll.events.get(member.id) ?? [], date),
  }));
  return { expected: expectedAttendees(states), exempt: exemptAttendees(states), composition: rollComposition(states) };
}

export function requireMeeting(db: Db, id: number): MeetingRow {
  const meeting = findMeeting(db, id);
  if (!meeting) throw new ApiFailure('not_found', 'errors.meeting_not_found', { id });
  return meeting;
}

function summaries(db: Db, rows: readonly MeetingRow[], roll: Roll, sameYear: (row: MeetingRow) => EarlierMeeting[]) {
  const attendance = attendanceOf(db, rows.map((row) => row.id));
  return rows.map((row) => {
    const day = rollOn(roll, row.date);
    const marks = attendance.get(row.id) ?? [];
    const figures = meetingFigures(
      { ...row, attendance: marks },
      day.expected,
      sameYear(row),
      new Set(day.exempt.map((member) => member.memberId)),
    );
    return { row, marks, day, figures };
  });
}

/** The year's meetings as the consecutive-excuse criterion needs them. */
function yearMeetings(db: Db, year: number): EarlierMeeting[] {
  const rows = meetingsOfYear(db, year);
  const attendance = attendanceOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({ date: row.date, startTime: row.startTime, attendance: attendance.get(row.id) ?? [] }));
}

const summaryOf = (row: MeetingRow, figures: MeetingSummary['figures']): MeetingSummary => ({
  id: row.id,
  kind: row.kind,
  date: row.date,
  startTime: row.startTime,
  endTime: row.endTime,
  place: row.place,
  figures,
});

export function listMeetings(db: Db, year: number | null): MeetingList {
  const rows = meetingsOfYear(db, year);
  const roll = readRoll(db);
  const byYear = new Map<number, EarlierMeeting[]>();
  const sameYear = (row: MeetingRow) => {
    const key = Number(row.date.slice(0, 4));
    let found = byYear.get(key);
    if (!found) {
      found = yearMeetings(db, key);
      byYear.set(key, found);
    }
    return found;
  };
  return { year, meetings: summaries(db, rows, roll, sameYear).map(({ row, figures }) => summaryOf(row, figures)) };
}

export function meetingDetail(db: Db, id: number): MeetingDetail {
  const row = requireMeeting(db, id);
  const [{ marks, day, figures }] = summaries(db, [row], readRoll(db), (meeting) =>
    yearMeetings(db, Number(meeting.date.slice(0, 4))),
  ) as [ReturnType<typeof summaries>[number]];
  return {
    ...summaryOf(row, figures),
    chair: row.chair,
    secretary: row.secretary,
    agenda: row.agenda,
    conclusions: row.conclusions,
    resolution: row.resolution,
    guests: guestsOf(db, id),
    attendance: marks.map(({ memberId, fullName, presence, reason }) => ({ memberId, fullName, presence, reason })),
    expected: day.expected,
    exempt: day.exempt,
    composition: day.composition,
  };
}

/** The meeting as its input, absent fields dropped: what the audit log records before and after a change. */
export function meetingSnapshot(detail: MeetingDetail): MeetingInput {
  const optional = <K extends string>(key: K, value: string | null) => (value === null ? {} : { [key]: value });
  return {
    kind: detail.kind,
    date: detail.date,
    startTime: detail.startTime,
    endTime: detail.endTime,
    ...optional('place', detail.place),
    ...optional('chair', detail.chair),
    ...optional('secretary', detail.secretary),
    ...optional('agenda', detail.agenda),
    ...optional('conclusions', detail.conclusions),
    ...optional('resolution', detail.resolution),
    guests: detail.guests,
    attendance: detail.attendance.map(({ memberId, presence, reason }) => ({
      memberId,
      presence,
      ...(reason === null ? {} : { reason }),
    })),
  };
}
