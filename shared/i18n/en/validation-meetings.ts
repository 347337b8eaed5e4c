import type { viMeetingValidation } from '../vi/validation-meetings';

export const enMeetingValidation: typeof viMeetingValidation = {
  meeting_kind_required: 'Choose the kind of meeting.',
  meeting_time_required: 'Enter the time (hours:minutes).',
  meeting_time_format: 'Write the time as hours:minutes on the 24-hour clock, for example 19:30.',
  meeting_end_before_start: 'The end time must be after the start time.',
  meeting_guest_name_required: 'Enter the guest’s name.',
  meeting_presence_required: 'Choose present, excused or absent without excuse.',
  meeting_reason_required: 'Excused: write the reason.',
};
