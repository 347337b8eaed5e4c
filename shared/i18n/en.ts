import type { Messages } from './vi';
import { enCandidates } from './en/candidates';
import { enDues } from './en/dues';
import { enExchange } from './en/exchange';
import { enInspections } from './en/inspections';
import { enRatings } from './en/ratings';
import { enReports } from './en/reports';
import { enImport } from './en/import';
import { enMeetingRules } from './en/meeting-rules';
import { enMeetingsUi } from './en/meetings-ui';
import { enMinutes } from './en/minutes';
import { enMember, enRules } from './en/member';
import { enMembersUi } from './en/members-ui';
import { enRemindersUi } from './en/reminders-ui';
import { enStoreErrors } from './en/store-errors';
import { enUnitsUi } from './en/units-ui';
import { enMeetingValidation } from './en/validation-meetings';
import { enMemberValidation } from './en/validation-members';

/** English, the second language. Typed against the Vietnamese messages so no key can be missing. */
export const en: Messages = {
  member: enMember,
  rules: { ...enRules, meeting: enMeetingRules },
  members: enMembersUi,
  import: enImport,
  units: enUnitsUi,
  reminders: enRemindersUi,
  meetings: enMeetingsUi,
  minutes: enMinutes,
  inspections: enInspections,
  ratings: enRatings,
  dues: enDues,
  candidates: enCandidates,
  reports: enReports,
  exchange: enExchange,
  app: {
    name: 'Sổ Chi bộ',
    tagline: 'Party cell register and reports',
  },
  nav: {
    main: 'Main navigation',
    dashboard: 'Overview',
    settings: 'Settings',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    optional: 'optional',
    loadFailed: 'Could not read the register',
    pageFailed: {
      title: 'This page could not be shown',
      body: 'Something went wrong while drawing the page. What is saved in the register is not affected; the other pages still work.',
      detail: 'Details of the error (include them when asking for help): {{detail}}',
      home: 'Go to the overview',
    },
  },
  org: {
    kind: {
      chi_bo: { label: 'Subordinate cell', description: 'A cell under a grassroots party committee' },
      chi_bo_co_so: { label: 'Grassroots cell', description: 'A cell directly under an upper committee' },
      dang_bo_bo_phan: { label: 'Intermediate committee', description: 'A committee inside a grassroots party committee' },
      dang_bo_co_so: { label: 'Grassroots committee', description: 'A party committee with subordinate cells' },
      cap_tren: { label: 'Upper committee', description: 'Commune, ward, sector or provincial committee…' },
    },
  },
  setup: {
    title: 'Welcome to Sổ Chi bộ',
    intro:
      'Before you start, declare the party organisation that keeps this register. These details appear on reports and on the files sent to the parent committee.',
    orgSection: 'Your party organisation',
    parentSection: 'Direct parent committee',
    parentHelp: 'Where the unit sends its reports and quarterly data files.',
    parentOptional: 'An upper committee may leave this part empty.',
    name: { label: 'Name of the organisation', placeholder: 'For example: Chi bộ Khu phố 3' },
    code: {
      label: 'Unit code',
      placeholder: 'For example: CB012',
      description: 'The code given by the parent committee. Letters without accents, digits, dot or hyphen.',
    },
    kind: { label: 'Kind of organisation' },
    parentName: { label: 'Name of the parent committee', placeholder: 'For example: Đảng ủy phường Hòa Bình' },
    parentCode: { label: 'Code of the parent committee', placeholder: 'For example: DU05' },
    submit: 'Save and start',
    saving: 'Saving…',
    failed: 'Not saved',
  },
  dashboard: {
    title: 'Overview',
    details: 'Unit details',
    code: 'Unit code',
    kind: 'Kind of organisation',
    parent: 'Direct parent',
    parentNone: 'Not declared',
    parentValue: '{{name}} (code {{code}})',
    since: 'Register started',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp: 'Language of the interface. Printed reports are always in Vietnamese.',
    dataFile: 'Data file',
    dataFileHelp: 'The whole register is kept in this file on this computer.',
    version: 'Version',
    saved: 'Saved',
    saveFailed: 'Not saved',
  },
  language: {
    vi: 'Tiếng Việt',
    en: 'English',
  },
  menu: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    help: 'Help',
    about: 'About Sổ Chi bộ',
    aboutDetail: 'Version {{version}}\nData file: {{file}}',
  },
  dialogs: {
    startFailedTitle: 'Sổ Chi bộ could not start',
    close: 'Close',
    nativeMissing:
      'The database component built for Electron is missing ({{file}}). Run “npm start” to prepare it again, or reinstall the application.',
  },
  validation: {
    ...enMemberValidation,
    ...enMeetingValidation,
    code_required: 'Enter the unit code.',
    code_too_long: 'The code is too long: at most {{max}} characters.',
    code_format:
      'A code holds only letters without accents (A–Z), digits, dots or hyphens, no spaces, and starts with a letter or digit.',
    name_required: 'Enter the name.',
    name_too_long: 'The name is too long: at most {{max}} characters.',
    kind_required: 'Choose the kind of organisation.',
    kind_unknown: 'There is no such kind of organisation. Kinds: {{options}}.',
    parent_required: 'This kind of organisation has a direct parent: enter its name and code.',
    parent_name_required: 'A parent code is given: enter the parent’s name too.',
    parent_code_required: 'A parent name is given: enter the parent’s code too.',
    parent_code_same: 'The parent’s code must differ from your own unit’s code.',
    move_parent_required: 'Choose the new parent unit.',
    language_unknown: 'This language is not supported.',
    invalid_value: 'Invalid value ({{detail}}).',
  },
  errors: {
    ...enStoreErrors,
    validation: 'Some details are not valid; check the highlighted fields.',
    unknown_call: 'The application has no function “{{name}}”.',
    forbidden: 'The request was refused because it did not come from the application’s window.',
    internal: 'Something unexpected went wrong. No data was changed. Try again; if it persists, tell your support person.',
    network: 'Could not reach the application’s storage.',
    home_exists: 'This register is already set up for {{name}} (code {{code}}). It cannot be set up again.',
    code_taken: 'The code {{code}} is already used by another organisation in this register.',
    database_too_new:
      'The data file {{file}} was made by a newer version of Sổ Chi bộ (schema {{found}}; this version reads up to {{supported}}). Install the latest version; the file was not changed.',
    database_unreadable: 'Could not open the data file {{file}}: {{reason}}',
  },
  cli: {
    usage: `Sổ Chi bộ — command line

Usage:
  sochibo <command> [options]

Commands:
  init            Set up the party organisation that keeps this register
                  --code CODE --name NAME --kind KIND [--parent-code CODE --parent-name NAME]
  info            Tell which unit the open register belongs to and where it is
  org add         Add a unit managed by this register (without --parent: directly under the home unit)
                  --code CODE --name NAME --kind KIND [--parent CODE]
  org rename      Rename a unit
                  --code CODE --name NAME
  org move        Move a unit (with the units under it and its members) under another unit
                  --code CODE --parent CODE
  org close       Record a unit as closed from the given day; no open unit may be under it and no member
                  may take part in it from that day on
                  --code CODE --date DATE   (the date written dd/mm/yyyy)
  org list        Print the register's tree of units, each unit indented under the unit it belongs to
  members import FILE.xlsx [--dry-run]
                  Import members from an Excel file made from the application's template: the whole file or nothing.
                  A file with problems is refused, listing each (row, column, value, reason).
                  --dry-run   only check and preview; nothing is written
  report          The statistical report of a period, with the figures as of its last day
                  --period PERIOD [--org CODE] [--format text|json|xlsx|pdf] [--out FILE] [--number NO] [--place PLACE]
                  PERIOD: 2026-Q3 (quarter), 2026-H1 (6 months), 2026-9M (9 months), 2026 (year)
                  --org       the unit to report on, with its units (default: the home unit)
                  --format    text: a summary of the main figures; json: every indicator for other programs;
                              xlsx: a workbook, one sheet per table; pdf: the printed report in the party's format
                  --out       the file to write (needed for xlsx and pdf)
                  --number    the document's number printed on the PDF, e.g. 05-BC/CB (empty: a blank to fill by hand)
                  --place     the place before the date, e.g. Hòa Bình (empty: a blank to fill by hand)
  export          Export a period's file for the parent committee (.scb), signed with the unit's key
                  --period PERIOD --out FILE|FOLDER [--encrypt-to KEYCARD]
                  --encrypt-to  the parent's key card: encrypt so that only the parent can read the content
                  Each new export of the same period gets the next revision (r1, r2…) and supersedes the last.
  import          Receive the units' files (.scb): checks signature, revision and parent
                  FILE|FOLDER… [--dry-run] [--trust] [--repin CODE]
                  FOLDER: every .scb file in it, in name order
                  --dry-run   only preview each file's outcome, write nothing
                  --trust     trust units sending for the first time (prints their fingerprints to compare by phone)
                  --repin CODE  accept unit CODE's new key (after comparing its fingerprint)
                  A refused file is logged with its reason; the other files are still received.
  completeness    Which units have sent the period's file (and, through their files, the levels below): sent
                  (revision, when), corrected, late, missing; then the cross-unit checks
                  --period PERIOD [--deadline DATE|mac-dinh]
                  --deadline  set the period's deadline (dd/mm/yyyy); mac-dinh: back to the default (10 days after)
  transfer export Export the membership transfer file (.scbt) of a member whose official transfer out is recorded
                  --member NUMBER --out FILE|FOLDER [--encrypt-to KEYCARD]
                  --member      the member's number in the register (the end of the member page's address)
                  --encrypt-to  the receiving unit's key card: only that unit can open the content
  transfer import Receive a member transferred in from a .scbt file: checks the signature, prints the fingerprint
                  FILE [--dry-run] [--unit CODE] [--date DATE]
                  --dry-run   preview only, write nothing
                  --unit      the unit to enter the member in (default: the home unit)
                  --date      the transfer-in date, dd/mm/yyyy (default: today; not before the transfer out)
                  A file received before: nothing changes, exit code 0.
  keys show       Print the home unit's key fingerprint, to read to the parent committee over the phone
  keys export     Write the unit's public key card (send it to the parent with the first report)
                  --out FILE  e.g. CB012.sochibo-key

KIND: chi_bo, chi_bo_co_so, dang_bo_bo_phan, dang_bo_co_so, cap_tren

Common options:
  --db FILE         Use this data file (default: SOCHIBO_DB or the application's file)
  --format json     Print results as JSON for other programs (report also has xlsx, pdf)
  -h, --help        Print this help

Exit codes: 0 success; 1 input refused (nothing changed); 2 usage error.`,
    usageError: 'Usage error: {{detail}}',
    unknownCommand: 'There is no command “{{command}}”.',
    unknownOption: 'There is no option “{{option}}”.',
    missingValue: 'The option “{{option}}” needs a value.',
    extraArgument: 'Unexpected argument “{{value}}”.',
    badFormat: 'There is no format “{{format}}”; use text or json.',
    seeHelp: 'Type “sochibo --help” for help.',
    refusedAt: 'Refused ({{field}}): {{message}}',
    refused: 'Refused: {{message}}',
    invalidInput: 'the input is not valid; nothing was written.',
    field: '{{field}}: {{message}}',
    initDone: 'Set up {{name}} (code {{code}}, {{kind}}).',
    initParent: 'Direct parent: {{name}} (code {{code}}).',
    noRegister: 'There is no register at {{file}}. Check the --db path, or use “sochibo init” to start one.',
    noHome: 'The register {{file}} is not set up yet. Use “sochibo init” or open the application.',
    home: '{{name}} (code {{code}}, {{kind}}) — data file: {{file}}',
    missingSubcommand: 'The command “{{command}}” needs to be told what to do: {{subcommands}}.',
    unknownSubcommand: 'The command “{{command}}” cannot do “{{subcommand}}”; it can do: {{subcommands}}.',
    missingOperand: '{{operand}} is missing after “sochibo {{command}}”.',
    orgAdded: 'Added {{name}} (code {{code}}, {{kind}}) under the unit {{parent}}.',
    orgRenamed: 'Renamed the unit {{code}} to {{name}}.',
    orgMoved: 'Moved {{name}} (code {{code}}) under the unit {{parent}}.',
    orgClosed: 'Recorded {{name}} (code {{code}}) as closed from {{date}}.',
    orgListUnit: '{{name}} (code {{code}}, {{kind}})',
    orgListHome: '{{unit}} — keeps this register',
    orgListClosed: '{{unit}} — closed on {{date}}',
    fileMissing: 'There is no file {{file}}.',
    fileUnreadable: 'Could not read the file {{file}}: {{reason}}',
    importSheet: 'Sheet “{{sheet}}”:',
    importProblem: 'Row {{row}}, column {{column}} (“{{value}}”): {{reason}}',
    importProblemBlank: 'Row {{row}}, column {{column}} (empty): {{reason}}',
    importPreview: 'File {{file}}: {{members}} members and {{events}} events would be added to the register.',
    importPreviewMember: 'Row {{row}}: {{name}}, unit {{unit}}, {{events}} events',
    importDryRun: 'Dry run (--dry-run): nothing was written to the register.',
    importDone: 'Added {{members}} members and {{events}} events to the register.',
    importBackup: 'A copy of the register from before the import is kept at: {{file}}',
    badReportFormat: 'There is no format “{{format}}”; use text, json, xlsx or pdf.',
    missingOption: 'The option {{option}} is missing.',
    reportNeedsOut: 'The {{format}} format writes a file: add --out FILE.',
    fileUnwritable: 'Could not write the file {{file}}: {{reason}}',
    reportWritten: 'The report was written to {{file}}.',
    reportTitle: 'Report of {{period}} — {{name}} (code {{code}}), figures as of {{asOf}}',
    reportMembers: '  Members: {{total}} (official {{official}}, probationary {{probationary}}); women {{female}}, ethnic minorities {{minority}}, religious {{religious}}',
    reportChanges:
      '  In the period: opening {{opening}}; admitted {{admitted}}, transferred in {{transferredIn}}; transferred out {{transferredOut}}, died {{died}}, removed {{removed}}, expelled {{expelled}}, withdrew {{withdrew}}; made official {{madeOfficial}}',
    reportMeetings: '  Meetings: {{regular}} regular, {{thematic}} thematic; attendance {{rate}}; upper committee visits {{visits}}',
    reportKtgs: '  Inspection, supervision: {{received}} by the upper level, {{conducted}} by the cell; recommendations open {{open}}, overdue {{overdue}}',
    reportDiscipline: '  Discipline: reprimand {{khienTrach}}, warning {{canhCao}}, dismissal {{cachChuc}}, expulsion {{khaiTru}}',
    reportRating: '  Rating of {{year}}: excellent {{htxs}}, good {{htt}}, fulfilled {{ht}}, not fulfilled {{kht}}, not rated {{notRated}}',
    reportDues: '  Dues collected: {{amount}} VND',
    reportUnits: '  By unit (members registered directly in the unit):',
    reportUnit: '    {{name}} (code {{code}}): {{total}} members; opening {{opening}}, in {{added}}, out {{lost}}',
    reportFromFile: ' (from the file of {{code}})',
    reportSource: 'The figures of {{name}} ({{code}}) come from its file, revision {{revision}} (key {{fingerprint}}), unchanged as the unit signed them.',
    reportSourceMissing: '{{name}} ({{code}}) has not sent its file for this period: its figures are not in the report.',
    keysUnit: 'Keys of {{name}} (code {{code}}, {{kind}})',
    keysFingerprint: 'Fingerprint: {{fingerprint}}',
    keysReadAloud: 'Read each group of 5 digits aloud to the parent committee over the phone; both sides must see the same digits.',
    keysWritten: 'Wrote the public key card of unit {{code}} to {{file}}.',
  },
  preview: {
    listening: 'The browser preview is running. Open this address (on this computer only):',
    stop: 'Press Ctrl+C to stop.',
    missingBuild: 'No interface build in {{dir}}. Run “npm run preview”.',
  },
};
