import type { viExchangeImport } from '../vi/exchange-import';

export const enExchangeImport: typeof viExchangeImport = {
  outcome: {
    accept: 'New',
    supersede: 'Replaces the previous file',
    already: 'Already received',
    stale: 'Older revision — refused',
    conflict: 'Same revision, other content — refused',
    untrusted: 'Sender not trusted yet',
    key_changed: 'Key changed — refused',
    wrong_parent: 'Meant for another parent — refused',
    not_ours: 'Not a unit of this committee — refused',
    invalid: 'Invalid file — refused',
  },
  reason: {
    accept: 'File for {{period}} of {{name}} ({{code}}), revision {{revision}}: new.',
    supersede: 'File for {{period}} of {{name}} ({{code}}), revision {{revision}}: replaces revision {{latest}}.',
    already:
      'File for {{period}} of {{name}} ({{code}}), revision {{revision}} was already received byte for byte: nothing changes.',
    stale:
      'File for {{period}} of {{name}} ({{code}}) is revision {{revision}}, older than revision {{latest}} already received: an older file is not taken.',
    conflict:
      'Another file, also revision {{revision}} for {{period}} of {{name}} ({{code}}), was already received with different content. Ask the unit which is right and to send a new revision.',
    untrusted:
      'This register has no key for {{name}} ({{code}}). Call the unit, compare the fingerprint {{fingerprint}} aloud, then mark it trusted.',
    key_changed:
      'The file of {{name}} ({{code}}) is signed by a key with fingerprint {{fingerprint}}, not the key on record ({{pinnedFingerprint}}). Take it only after the unit confirmed by phone that it changed its key, with “Record the new key”.',
    wrong_parent:
      'The file of {{name}} ({{code}}) is addressed to the parent with code {{parentCode}}, not to {{homeName}} ({{homeCode}}). Pass it on to {{parentCode}}.',
    not_ours:
      'In this register unit {{code}} is not directly below {{homeCode}} (it is recorded under {{registeredParent}}): its file is not taken.',
    content_invalid:
      'The file of {{name}} ({{code}}) is correctly signed but its content does not follow the format (item “{{field}}”): probably made by another version of the application.',
  },
  keyAction: {
    trusted: 'The unit’s new key was trusted.',
    repinned: 'The new key replaced the old one.',
  },
  validation: {
    no_files: 'Choose at least one .scb file.',
  },
  page: {
    title: 'Receive files from units',
    intro: 'Drop the .scb files (or a whole folder) here. Each file’s signature, sender and revision are checked before it is taken.',
    drop: 'Drop .scb files or a folder here',
    chooseFiles: 'Choose .scb files',
    chooseFolder: 'Choose a folder',
    reading: 'Reading and checking {{count}} files…',
    previewCaption: 'Check of {{count}} files',
    columns: {
      file: 'File',
      unit: 'Unit',
      period: 'Period',
      revision: 'Revision',
      outcome: 'Outcome',
      reason: 'Reason',
    },
    fingerprint: 'Fingerprint: {{fingerprint}}',
    trust: 'Trust {{code}} (fingerprint compared by phone)',
    repin: 'Record the new key of {{code}}…',
    repinTitle: 'Record the new key of {{code}}',
    repinBody:
      'Only after the unit confirmed by phone that it changed its key. Type the unit code {{code}} to confirm; the old key is kept to check older files.',
    repinCode: 'Unit code',
    repinConfirm: 'Record the new key',
    repinned: 'The new key of {{code}} will be recorded.',
    changesTitle: 'Changes against revision {{revision}}',
    changedIndicators: 'Indicators changed',
    changedIndicator: '{{key}}: {{before}} → {{after}}',
    changedMembers: 'Members changed',
    member: {
      added: 'Added: {{name}} (no. {{id}})',
      removed: 'Removed: {{name}} (no. {{id}})',
      changed: 'Changed: {{name}} (no. {{id}})',
    },
    noChanges: 'No indicator or member differs.',
    commit: 'Import the files',
    progress: '{{done}}/{{total}} files imported',
    resultTitle: 'Import result',
    summary: '{{ok}} files taken, {{refused}} refused.',
    backup: 'The register was backed up before the import: {{file}}',
    clear: 'Choose other files',
    history: 'See the import history',
  },
  history: {
    title: 'Import history',
    intro: 'Every import of a unit’s file, refused ones too, with the reason.',
    caption: 'Import history ({{count}} entries)',
    empty: 'No file imported yet.',
    columns: {
      at: 'When',
      file: 'File',
      unit: 'Unit',
      outcome: 'Outcome',
      reason: 'Reason',
    },
    importFiles: 'Receive new files',
  },
  cli: {
    line: '{{file}}: {{outcome}}. {{reason}}',
    member: '    {{change}}',
    indicator: '    {{key}}: {{before}} → {{after}}',
    trusting: 'Trusting the key of {{code}}, fingerprint {{fingerprint}}',
    repinning: 'Recording the new key of {{code}}, fingerprint {{fingerprint}}',
    dryRun: 'Dry run (--dry-run): no file taken.',
    backup: 'Register backed up: {{file}}',
    summary: '{{ok}} files taken, {{refused}} refused.',
    noFiles: 'No .scb file in {{path}}.',
  },
};
