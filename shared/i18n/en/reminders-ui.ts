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
  },
};
