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
    recommendation_due: 'Inspection recommendation ({{subject}}) due on {{date}}: {{content}}',
    recommendation_due_responsible:
      'Inspection recommendation ({{subject}}) due on {{date}}, comrade {{responsible}} responsible: {{content}}',
    recommendation_overdue: 'Inspection recommendation ({{subject}}) overdue since {{date}} and not done: {{content}}',
    dues_arrears: 'Comrade {{name}} has not paid all dues for {{months}}: {{amount}} owed.',
    dues_removal:
      'Comrade {{name}} has not paid dues for {{months}}: {{amount}} owed. The months unpaid this year have reached the number at which the cell must consider proposing removal, unless there is good reason.',
  },
  period: {
    month: 'in {{month}}/{{year}}',
    quarter: 'in quarter {{quarter}} of {{year}}',
    range: 'from {{from}} to {{to}}',
  },
  months: '{{list}}',
};
