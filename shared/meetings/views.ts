import type { IsoDate } from '../dates/calendar';
import type { ExpectedMember, MeetingFigures, RollComposition } from './figures';
import type { MeetingKind, Presence } from './kinds';
import type { MeetingGuest } from './schema';

/** One line of the meetings list. */
export interface MeetingSummary {
  id: number;
  kind: MeetingKind;
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string | null;
  figures: MeetingFigures;
}

export interface AttendanceEntry {
  memberId: number;
  fullName: string;
  presence: Presence;
  reason: string | null;
}

/** A meeting's minutes with its attendance, figures and who was expected on its day. */
export interface MeetingDetail extends MeetingSummary {
  chair: string | null;
  secretary: string | null;
  agenda: string | null;
  conclusions: string | null;
  resolution: string | null;
  guests: MeetingGuest[];
  attendance: AttendanceEntry[];
  expected: ExpectedMember[];
  /** Exempt members on the day: they may be recorded present, outside the denominator. */
  exempt: ExpectedMember[];
  /** The cell's members on the day, as the minutes state them. */
  composition: RollComposition;
}

export interface MeetingList {
  year: number | null;
  meetings: MeetingSummary[];
}

/** Who is expected at a meeting on a day, and who is exempt then (may come, not counted), in register order. */
export interface MeetingRoll {
  expected: ExpectedMember[];
  exempt: ExpectedMember[];
  composition: RollComposition;
}
