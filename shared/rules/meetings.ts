import type { MeetingKind } from '../meetings/kinds';
import { ruleTable } from './dated';

/**
 * The shortest a cell meeting may last, in minutes, by kind; null where the rule sets none. "combined" is a regular
 * and a thematic meeting held together. Extraordinary meetings are called for one matter and have no minimum here.
 */
export type MeetingMinimumMinutes = Readonly<Record<MeetingKind, number | null>>;

export const MEETING_MINIMUM_MINUTES = ruleTable<MeetingMinimumMinutes>('meeting minimum duration', [
  {
    from: '2025-07-23',
    value: { regular: 90, thematic: 90, combined: 120, extraordinary: null },
    source: 'Chỉ thị 50-CT/TW ngày 23/7/2025; Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (verify)',
  },
]);

/** What makes a meeting's attendance "good quality". */
export interface MeetingQualityCriteria {
  /** Present / expected must be strictly above this share. */
  minAttendanceRate: number;
  /** Whether a single absence without excuse fails the meeting. */
  noUnexcusedAbsence: boolean;
  /** A member excused more than this many meetings in a row in the year fails the meeting. */
  maxConsecutiveExcused: number;
}

export const MEETING_QUALITY = ruleTable<MeetingQualityCriteria>('meeting quality criteria', [
  {
    from: '2018-07-06',
    value: { minAttendanceRate: 0.85, noUnexcusedAbsence: true, maxConsecutiveExcused: 3 },
    source: 'Hướng dẫn 12-HD/BTCTW ngày 6/7/2018',
  },
]);

/** How often a cell must meet, as the length in months of the period each kind must occur in at least once. */
export interface MeetingFrequency {
  /** A regular meeting (or a combined one) in every period of this many months. */
  regularEveryMonths: number;
  /** A thematic meeting (or a combined one) in every period of this many months, counted from January. */
  thematicEveryMonths: number;
}

export const MEETING_FREQUENCY = ruleTable<MeetingFrequency>('meeting frequency', [
  {
    from: '2011-01-19',
    value: { regularEveryMonths: 1, thematicEveryMonths: 3 },
    source: 'Điều lệ Đảng 2011, Điều 24 (chi bộ họp thường lệ mỗi tháng một lần); Hướng dẫn 12-HD/BTCTW ngày 6/7/2018 (chuyên đề ít nhất mỗi quý một lần) (verify)',
  },
]);
