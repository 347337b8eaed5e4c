import { formatViDate } from '../../../shared/dates/calendar';
import type { MeetingKind, Presence } from '../../../shared/meetings/kinds';
import type { MeetingDetail, MeetingRoll } from '../../../shared/meetings/views';

export interface AttendanceFormRow {
  memberId: number;
  fullName: string;
  attached: boolean;
  presence: Presence;
  reason: string;
}

export interface ExemptFormRow {
  memberId: number;
  fullName: string;
  present: boolean;
}

export interface GuestFormRow {
  name: string;
  position: string;
  body: string;
  upperLevel: boolean;
}

/**
 * The meeting as the form holds it: text boxes as typed, and one attendance row per member expected on the day (with
 * the name shown), one per exempt member. `toMeetingInput` turns it into the service's input.
 */
export interface MeetingFormValues {
  kind: MeetingKind | '';
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  chair: string;
  secretary: string;
  agenda: string;
  conclusions: string;
  resolution: string;
  guests: GuestFormRow[];
  attendance: AttendanceFormRow[];
  exempt: ExemptFormRow[];
}

export const EMPTY_GUEST: GuestFormRow = { name: '', position: '', body: '', upperLevel: false };

export const EMPTY_MEETING_FORM: MeetingFormValues = {
  kind: 'regular',
  date: '',
  startTime: '',
  endTime: '',
  place: '',
  chair: '',
  secretary: '',
  agenda: '',
  conclusions: '',
  resolution: '',
  guests: [],
  attendance: [],
  exempt: [],
};

/** A stored meeting, ready to edit: the date back in dd/mm/yyyy, absent texts as empty boxes. */
export function meetingToForm(meeting: MeetingDetail): MeetingFormValues {
  return {
    kind: meeting.kind,
    date: formatViDate(meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place ?? '',
    chair: meeting.chair ?? '',
    secretary: meeting.secretary ?? '',
    agenda: meeting.agenda ?? '',
    conclusions: meeting.conclusions ?? '',
    resolution: meeting.resolution ?? '',
    guests: meeting.guests.map((guest) => ({
      name: guest.name,
      position: guest.position ?? '',
      body: guest.body ?? '',
      upperLevel: guest.upperLevel,
    })),
    ...rollToForm(
      meeting,
      meeting.attendance.map(({ memberId, presence, reason }) => ({ memberId, presence, reason: reason ?? '' })),
      meeting.attendance.map(({ memberId, presence }) => ({ memberId, present: presence === 'present' })),
    ),
  };
}

/**
 * The rows for the members of a (new) day, keeping what was already marked for a member still on the list; a member
 * new to the list starts as present, which is what most members are.
 */
export function rollToForm(
  roll: MeetingRoll,
  attendance: readonly Pick<AttendanceFormRow, 'memberId' | 'presence' | 'reason'>[],
  exempt: readonly Pick<ExemptFormRow, 'memberId' | 'present'>[],
): { attendance: AttendanceFormRow[]; exempt: ExemptFormRow[] } {
  const marked = new Map(attendance.map((row) => [row.memberId, row]));
  const came = new Map(exempt.map((row) => [row.memberId, row.present]));
  return {
    attendance: roll.expected.map(({ memberId, fullName, attached }) => ({
      memberId,
      fullName,
      attached,
      presence: marked.get(memberId)?.presence ?? 'present',
      reason: marked.get(memberId)?.reason ?? '',
    })),
    exempt: roll.exempt.map(({ memberId, fullName }) => ({ memberId, fullName, present: came.get(memberId) ?? false })),
  };
}

/** The service's input: names dropped, a reason only for an excused absence, exempt members only when they came. */
export function toMeetingInput(values: MeetingFormValues): unknown {
  const { attendance, exempt, ...meeting } = values;
  return {
    ...meeting,
    attendance: [
      ...attendance.map(({ memberId, presence, reason }) => ({
        memberId,
        presence,
        reason: presence === 'excused' ? reason : undefined,
      })),
      ...exempt.filter((row) => row.present).map(({ memberId }) => ({ memberId, presence: 'present' as const })),
    ],
  };
}
