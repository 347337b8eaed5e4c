import type { viExchangeCompleteness } from '../vi/exchange-completeness';

export const enExchangeCompleteness: typeof viExchangeCompleteness = {
  title: 'Report files received',
  intro:
    'Which units have sent the period’s report file, sent it late, sent a corrected one or not sent it yet — and the units below them too, as the files of the committees under this one say.',
  loadFailed: 'The report files received could not be read',
  open: 'Report files received',
  links: {
    import: 'Receive files',
    history: 'Import history',
  },
  deadline: {
    title: 'Deadline',
    set: 'The period’s files are due on {{date}} (set by the committee for this period).',
    default: 'The period’s files are due on {{date}} (the default: {{days}} days after the period’s last day).',
    rule: 'Source: {{rule}}',
    formTitle: 'Change the deadline',
    dueOn: 'New deadline',
    submit: 'Set the deadline',
    reset: 'Back to the default',
    saved: 'The deadline is now {{date}}.',
    resetDone: 'Back to the default deadline, {{date}}.',
    failed: 'The deadline could not be set',
  },
  levels: {
    title: 'By level',
    first: 'Level 1 (units directly below)',
    deeper: 'Level {{depth}} (as the units’ files say)',
    line: '{{level}}: {{received}}/{{expected}} sent ({{rate}}), {{late}} late, {{corrected}} corrected, {{missing}} not sent',
    none: 'No unit has to send this period’s report file to {{name}}.',
  },
  table: {
    title: 'Units',
    caption: 'Report files for {{period}} from the units of {{name}}',
    columns: {
      code: 'Code',
      name: 'Unit',
      status: 'Status',
      revision: 'Revision',
      receivedAt: 'Received',
      flags: 'Notes',
    },
    status: {
      received: 'Sent',
      missing: 'Not sent',
      direct: 'Managed directly',
    },
    revision: 'revision {{revision}}',
    late: 'Late',
    overdue: 'Overdue',
    corrected: 'Corrected',
    nested: 'as {{code}}’s file says',
    nestedNote:
      'For units from level 2 down, the status and the time received are at the unit’s own committee, as the file that committee sent says (when it made the file).',
    directNote: '“Managed directly”: the unit’s members are kept in this register itself, so it sends no file.',
  },
  unreadable: {
    title: 'Files that cannot be read here',
    line: '{{code}}’s file, sent inside {{inside}}’s file, is encrypted for {{inside}} alone, so its content cannot be read here: {{code}}’s figures are not in the cross-unit checks.',
  },
};
