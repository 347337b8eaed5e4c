import type { viRemindersUi } from '../vi/reminders-ui';

export const enRemindersUi: typeof viRemindersUi = {
  title: 'To do',
  empty: 'Nothing to be reminded of.',
  loadFailed: 'Could not read the reminders',
  line: {
    probation_ending: 'Comrade {{name}} completes {{months}} months of probation on {{date}}: the cell must consider recognition as an official member.',
    probation_overdue:
      'Comrade {{name}}’s probation ended on {{date}} and recognition has not been decided: the cell must decide now (if a decision exists, record it in the register).',
    badge_due: 'Comrade {{name}} reaches {{years}} years of party age on {{date}}: present the badge on {{presentOn}}.',
    meeting_regular_missing: 'No regular meeting yet {{period}}: the last day is {{date}}.',
    meeting_regular_missed: 'No regular meeting {{period}} is recorded in the register.',
    meeting_thematic_missing: 'No thematic meeting yet {{period}}: the last day is {{date}}.',
    meeting_thematic_missed: 'No thematic meeting {{period}} is recorded in the register.',
  },
  period: {
    month: 'in {{month}}/{{year}}',
    quarter: 'in quarter {{quarter}} of {{year}}',
    range: 'from {{from}} to {{to}}',
  },
};
