import { z } from 'zod';
import { blankToUndefined, dateSchema, optionalText } from '../members/fields';
import { MEETING_KINDS, PRESENCES } from './kinds';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of an 'HH:MM' time. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const timeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().replace(/^(\d):/, '0$1:') : value),
  z.string({ error: 'validation.meeting_time_required' }).regex(TIME, 'validation.meeting_time_format'),
);

const requiredText = (max: number, required: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: required }).trim().min(1, required).max(max, 'validation.text_too_long'),
  );

export const meetingGuestSchema = z
  .object({
    name: requiredText(200, 'validation.meeting_guest_name_required'),
    position: optionalText(200),
    body: optionalText(200),
    upperLevel: z.boolean().default(false),
  })
  .strict();

export const attendanceSchema = z
  .object({
    memberId: z.number({ error: 'validation.id_required' }).int().positive(),
    presence: z.enum(PRESENCES, { error: 'validation.meeting_presence_required' }),
    reason: optionalText(500),
  })
  .strict()
  .superRefine((row, context) => {
    if (row.presence === 'excused' && row.reason === undefined) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'validation.meeting_reason_required' });
    }
  });

/** A cell meeting as the secretary records it in the minutes. */
export const meetingInputSchema = z
  .object({
    kind: z.enum(MEETING_KINDS, { error: 'validation.meeting_kind_required' }),
    date: dateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    place: optionalText(300),
    chair: optionalText(200),
    secretary: optionalText(200),
    agenda: optionalText(5000),
    conclusions: optionalText(10000),
    resolution: optionalText(10000),
    guests: z.array(meetingGuestSchema).max(100).default([]),
    attendance: z.array(attendanceSchema).max(2000).default([]),
  })
  .strict()
  .superRefine((meeting, context) => {
    if (minutesOf(meeting.endTime) <= minutesOf(meeting.startTime)) {
      context.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.meeting_end_before_start' });
    }
  });

export type MeetingInput = z.output<typeof meetingInputSchema>;
export type MeetingGuest = z.output<typeof meetingGuestSchema>;
export type AttendanceRow = z.output<typeof attendanceSchema>;
