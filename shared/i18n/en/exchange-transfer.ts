import type { viExchangeTransfer } from '../vi/exchange-transfer';

export const enExchangeTransfer: typeof viExchangeTransfer = {
  title: 'Party membership transfer by file',
  refusal: {
    not_transfer_file: 'This is not a Sổ Chi bộ membership transfer file (.scbt), or it is too damaged to read.',
    period_file:
      'This is a period exchange file (.scb) for the upper level, not a membership transfer file. Receive it under “Receive files from units” (command “sochibo import”).',
    key_card: 'This is a unit’s key card (.sochibo-key), not a membership transfer file.',
    too_large: 'The file is too large ({{size}} bytes; at most {{max}} bytes) to be a Sổ Chi bộ membership transfer file.',
    unknown_version:
      'This transfer file uses format version {{version}}; this version of the app reads version {{supported}} only. Install the latest Sổ Chi bộ.',
    malformed: 'The transfer file is damaged or was altered: “{{field}}” is not as specified. Ask the sending unit to send it again.',
    not_canonical:
      'The transfer file was altered after it was signed: it is no longer byte for byte what the app wrote. Ask the sending unit to send it again.',
    fingerprint_mismatch: 'The transfer file states the fingerprint {{stated}} but its key has the fingerprint {{actual}}: the file was altered.',
    bad_signature:
      'The transfer file’s signature is wrong (unit {{code}}, key {{fingerprint}}): the file was altered or damaged after signing. Ask the sending unit to send it again.',
    hash_mismatch:
      'The transfer file’s content does not match the checksum in its signed manifest: the file is damaged or was altered. Ask the sending unit to send it again.',
    not_for_this_unit:
      'This file is encrypted for unit {{code}} (key fingerprint {{fingerprint}}), not for this unit (key {{ours}}). Only the recipient can open its content.',
    cannot_decrypt: 'The content of the file for unit {{code}} (key {{fingerprint}}) could not be decrypted: the file is damaged or was altered.',
    content_unreadable: 'The signature is valid but the transfer file’s content cannot be read: a faulty program made the file.',
    content_invalid: 'The signature is valid but the transfer file’s content is not as specified (“{{field}}”): a faulty program made the file.',
  },
  reason: {
    accept: '{{name}} will be entered in {{unit}} (code {{unitCode}}), transferred in on {{inOn}}, from {{sender}} (code {{code}}).',
    already:
      'This transfer was received before: {{memberName}} is already in the register ({{unit}}, transferred in on {{inOn}}). Nothing changes.',
    own_file: 'This file was exported by {{homeName}} (code {{code}}) itself; only the receiving unit imports it.',
    key_changed:
      'Unit {{code}} ({{sender}}) is recorded in this register with the key fingerprint {{pinnedFingerprint}}, but this file is signed with the key {{fingerprint}}. The file is refused; call the unit to find out why.',
    duplicate_card:
      'The register already has {{holder}} ({{unit}}) with party card number {{card}}. The file is refused; if this is the same person coming back, record the transfer in on that member’s page.',
    duplicate_citizen_id:
      'The register already has {{holder}} ({{unit}}) with citizen ID {{citizenId}}. The file is refused; if this is the same person coming back, record the transfer in on that member’s page.',
    history_unfit: 'The history of {{name}} in the file does not fit the rules when entered in this register:',
  },
  outcome: {
    accept: 'Can be received',
    already: 'Received before',
    refused: 'Refused',
  },
  errors: {
    not_transferred_out:
      '{{name}} has no official transfer out recorded. Record the event “Official transfer out” (date, destination, decision number) on the member’s page first, then export the file.',
    own_card: 'This is your own unit’s key card (code {{code}}). Choose the key card of the receiving unit.',
    date_before_transfer_out: 'The transfer-in date {{date}} is before the transfer-out date {{outOn}} in the file.',
    date_in_future: 'The transfer-in date {{date}} has not come yet (today is {{today}}).',
  },
  export: {
    card: {
      legend: 'Key card of the receiving unit (optional)',
      help: 'Choose the receiving unit’s key card so that only that unit can open the file’s content.',
      label: 'Choose key card…',
      loaded: 'Key card of {{name}} ({{code}})',
      fingerprint: 'Key fingerprint: {{fingerprint}}',
      none: 'No key card: the file is not encrypted; anyone with the file can read it.',
      remove: 'Remove key card',
    },
    button: 'Export transfer file',
    title: 'Export the membership transfer file',
    intro:
      'The file holds the record, the whole history and the transfer-out decision of {{name}}, signed by your unit. Send it to the receiving unit; they import it under “Party membership transfer by file”.',
    done: 'Exported {{file}}. Read the fingerprint {{fingerprint}} to the receiving unit by phone.',
    doneEncrypted: 'The content is encrypted for {{code}} (fingerprint {{fingerprint}}).',
  },
  page: {
    intro:
      'Receive a party member transferred in, from the file (.scbt) the sending unit sent. The file’s signature is checked; the member is entered with their record, history and a transfer-in event.',
    choose: 'Choose transfer file…',
    reading: 'Checking the file…',
    previewTitle: 'What the file holds',
    member: 'Member',
    memberValue: '{{name}}, born {{birthDate}}',
    card: 'Party card number',
    citizenId: 'Citizen ID',
    status: 'When leaving',
    admittedOn: 'Admitted on',
    officialOn: 'Official on',
    sender: 'Sending unit',
    senderValue: '{{name}} (code {{code}})',
    senderUnit: 'Registered in',
    transferOut: 'Transferred out',
    transferOutValue: 'on {{date}}, to “{{otherUnit}}”',
    decision: 'Decision number',
    events: 'Events',
    eventsValue:
      '{{kept}} events will be recorded: the file’s events except transfers and exemptions at the former unit (the file has {{inFile}}), plus the transfer in here',
    fingerprint: 'Key fingerprint of the sending unit',
    keyPinned: 'This is the key recorded in this register for that unit.',
    keyUnknown:
      'This register does not know this unit’s key. Call the sending unit and have them read their key fingerprint; receive only when both sides see the same digits.',
    unit: 'Enter in unit',
    date: 'Transfer-in date',
    dateHelp: 'Write day/month/year; empty means today. Not before the transfer out.',
    commit: 'Enter in the register',
    clear: 'Choose another file',
    done: '{{name}} was entered in the register.',
    openMember: 'Open the member’s page',
    backup: 'A copy of the register from before was saved at: {{file}}',
  },
  cli: {
    exportUsage: 'Usage: sochibo transfer export --member NUMBER --out FILE|FOLDER [--encrypt-to KEYCARD]',
    importUsage: 'Usage: sochibo transfer import FILE [--dry-run] [--unit CODE] [--date DATE]',
    memberMissing: 'The option --member is missing (the member’s number in the register, as in the member page’s address).',
    memberInvalid: '--member takes the member’s number in the register, e.g. --member 12; “{{value}}” is not one.',
    outMissing: 'The option --out is missing (the file or folder to write).',
    cardUnreadable: 'Cannot read the key card {{file}}: {{reason}}',
    written: 'Wrote the transfer file of {{name}} to {{file}}.',
    transferOut: 'Transferred out on {{date}}, to “{{otherUnit}}”.',
    fingerprint: 'Fingerprint of the signing key: {{fingerprint}} (read it to the receiving unit by phone).',
    encryptedTo: 'The content is encrypted for {{code}} (fingerprint {{fingerprint}}).',
    notEncrypted: 'The content is not encrypted.',
    outcome: '{{file}}: {{outcome}} — {{reason}}',
    member: 'Member: {{name}}, born {{birthDate}}; party card {{card}}; when leaving: {{status}}.',
    sender: 'Sending unit: {{name}} (code {{code}}); transferred out on {{date}}, to “{{otherUnit}}”.',
    fingerprintPinned: 'Key fingerprint: {{fingerprint}} — the key recorded in this register.',
    fingerprintUnknown: 'Key fingerprint: {{fingerprint}} — unknown to this register: call the sending unit to compare it.',
    dryRun: 'Dry run (--dry-run): nothing was written to the register.',
    received: 'Entered in the register: member number {{id}}.',
    backup: 'A copy of the register from before was saved at: {{file}}',
  },
};
