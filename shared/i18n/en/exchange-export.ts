import type { viExchangeExport } from '../vi/exchange-export';

export const enExchangeExport: typeof viExchangeExport = {
  title: 'Export the file for the upper level',
  intro:
    "Each reporting period the cell exports one exchange file (.scb) for its upper level: the report's figures, the members at the end of the period with their whole history, the meetings, inspection and supervision, and the ratings. The file is signed with the unit's key; when the upper level's key card is loaded, the content is encrypted so that only the upper level can open it.",
  period: {
    legend: 'Reporting period',
    kind: 'Kind of period',
    year: 'Year',
    quarter: 'Quarter',
    kinds: {
      quarter: 'Quarter',
      half: 'First half',
      nine_months: 'Nine months',
      year: 'Whole year',
    },
    quarterOption: 'Quarter {{roman}}',
  },
  card: {
    legend: 'Encrypt for the upper level (optional)',
    label: "The upper level's key card (.sochibo-key)",
    help: 'The upper level gives its key card once. Read the fingerprint with them over the telephone before using it.',
    loaded: 'Key card of {{name}} ({{code}})',
    fingerprint: 'Fingerprint: {{fingerprint}}',
    remove: 'Remove the key card',
    none: 'No key card loaded: the file is signed but not encrypted.',
  },
  submit: 'Export the file for the upper level',
  working: 'Exporting…',
  done: 'Exported {{file}} (revision {{revision}}).',
  doneEncrypted: 'The content is encrypted for {{code}} (fingerprint {{fingerprint}}).',
  history: {
    title: 'Files exported',
    caption: 'Exchange files exported, newest first',
    empty: 'No file exported yet.',
    period: 'Period',
    revision: 'Revision',
    date: 'Exported on',
    file: 'File name',
    encrypted: 'Encrypted',
    encryptedYes: 'Yes, for key {{fingerprint}}',
    encryptedNo: 'No',
  },
  ownCard: {
    title: "This unit's key card",
    help: 'Send this key card to the upper level once, then read the fingerprint below aloud so that they can compare it.',
    download: "Download the unit's key card",
    show: 'Show the fingerprint',
  },
  errors: {
    period_not_ended:
      'The period {{period}} has not ended yet (it ends on {{end}}). The file for the upper level gives the figures as of the last day of the period, so it can be exported from that day on.',
    card_not_parent:
      'This key card belongs to unit {{card}}, not to the direct upper level {{parent}}. Load the key card of {{parent}}.',
    no_parent: "This unit has no direct upper level recorded, so it cannot encrypt to {{card}}'s key card.",
  },
  reminder: {
    export_missing: 'The file for the upper level of {{period}} is not exported yet (the period ended on {{date}}).',
  },
  cli: {
    written: 'Wrote {{file}}',
    revision: 'Revision: {{revision}}{{supersedes}}',
    supersedes: ' (replaces file {{bundleId}})',
    fingerprint: 'Signing key fingerprint: {{fingerprint}}',
    encryptedTo: 'Encrypted for: {{code}} ({{fingerprint}})',
    notEncrypted: 'Not encrypted.',
    usage: 'Usage: sochibo export --period PERIOD --out FILE [--encrypt-to KEYCARD]',
    periodMissing: 'Missing --period (e.g. 2026-Q3).',
    outMissing: 'Missing --out (a file or a folder to write to).',
    cardUnreadable: 'Cannot read the key card {{file}}: {{reason}}',
  },
};
