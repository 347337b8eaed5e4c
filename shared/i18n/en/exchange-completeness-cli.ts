import type { viExchangeCompletenessCli } from '../vi/exchange-completeness-cli';

export const enExchangeCompletenessCli: typeof viExchangeCompletenessCli = {
  usage: 'Usage: sochibo completeness --period PERIOD [--deadline dd/mm/yyyy|mac-dinh] [--format json]',
  periodMissing: 'Missing --period (e.g. --period 2026-Q3).',
  heading: 'Files received for {{period}} — {{name}} ({{code}})',
  deadlineSet: 'Deadline: {{date}} (set by the committee for this period)',
  deadlineDefault: 'Deadline: {{date}} (default — {{rule}})',
  level: 'Level {{depth}}: {{received}}/{{expected}} units sent their file ({{rate}}), {{late}} late, {{corrected}} corrected, {{missing}} missing',
  noUnits: 'No unit has to send its file to this unit.',
  received: 'sent, revision {{revision}}, received {{at}}',
  missing: 'MISSING',
  direct: 'managed directly in this register',
  late: 'late',
  overdue: 'overdue',
  corrected: 'corrected',
  unreadable: 'The file of {{code}} inside the file of {{inside}} is encrypted to {{inside}}: its signature was checked, its content cannot be read here.',
  checksNone: 'Cross-unit checks: nothing to look at.',
  checksHeading: 'Cross-unit checks: {{count}} things to look at',
};
