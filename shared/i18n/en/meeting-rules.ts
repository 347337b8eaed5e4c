import type { viMeetingRules } from '../vi/meeting-rules';

export const enMeetingRules: typeof viMeetingRules = {
  attendance_low: 'Attendance was {{rate}}% ({{present}}/{{expected}}), not above {{minimum}}%. Under {{rule}}.',
  unexcused_absence: '{{count}} member(s) absent without excuse: {{names}}. Under {{rule}}, no member may be absent without excuse.',
  unrecorded: 'Attendance is not recorded for {{count}} member(s): {{names}}.',
  excused_in_a_row: 'Comrade {{name}} has been excused {{count}} times in a row this year, more than {{max}}. Under {{rule}}.',
  duration_short: 'The meeting lasted {{minutes}} minutes, short of {{minimum}}. Under {{rule}}.',
};
