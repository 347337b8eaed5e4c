import { formatViDate } from '../../../shared/dates/calendar';
import { localDayOf } from '../../../shared/dates/local-time';
import { formatViMonth } from '../../../shared/dues/months';
import { ethnicityName, religionName } from '../../../shared/members/lookup';
import { INDICATOR_KEYS, indicatorLabelKey, type IndicatorKey, type MembershipIdentity } from '../../../shared/reports/indicators';
import type { PeriodReport, RecommendationLine } from '../../../shared/reports/views';
import { count, date, indicatorCell, text, type Column, type Note, type Row, type Section, type Table } from './cells';
import { doc, t } from './words';
import { FORM_1_AGE_KEYS, FORM_1_CHANGE_KEYS, FORM_1_KEYS, FORM_3_KEYS } from '../../../shared/reports/forms';

/**
 * The report's tables, one section per sheet, in the order of the workbook and of the printed report. Both writers
 * draw these same tables, so the PDF and the XLSX cannot disagree on a figure.
 */

const shortLabel = (key: string) => doc(`short.${key.replace('.', '__')}`);
const column = (key: string, width: number, extra: Partial<Column> = {}): Column => ({ label: doc(`column.${key}`), width, ...extra });
const sttColumn = (): Column => column('stt', 6, { centred: true });
const numberColumn = (label: string, width = 11): Column => ({ label, width, numeric: true });

/** A committee's report has rows for each of its units and a total line; a cell's has its own row only. */
const hasUnits = (report: PeriodReport) => report.units.length > 1;

function unitFiguresTable(report: PeriodReport, title: string, keys: readonly IndicatorKey[]): Table {
  const rows: Row[] = report.units.map(({ unit, indicators }) => ({
    cells: [text(unit.name), ...keys.map((key) => indicatorCell(key, indicators[key]))],
  }));
  if (hasUnits(report)) {
    rows.push({ cells: [text(doc('value.total')), ...keys.map((key) => indicatorCell(key, report.totals[key]))], total: true });
  }
  return { title, columns: [column('unit', 28), ...keys.map((key) => numberColumn(shortLabel(key)))], rows };
}

/** Every indicator of the catalogue with its name; the per-unit columns only in the workbook (A4 is too narrow). */
function indicatorsTable(report: PeriodReport): Table {
  const units = hasUnits(report) ? report.units : [];
  return {
    title: doc('table.summary'),
    columns: [
      sttColumn(),
      column('indicator', 44),
      column('key', 30, { print: false }),
      numberColumn(doc(hasUnits(report) ? 'column.total' : 'column.value'), 14),
      ...units.map(({ unit }) => ({ label: `${unit.name} (${unit.code})`, width: 16, numeric: true, print: false as const })),
    ],
    rows: INDICATOR_KEYS.map((key, index) => ({
      cells: [
        count(index + 1),
        text(t(indicatorLabelKey(key))),
        text(key),
        indicatorCell(key, report.totals[key]),
        ...units.map(({ indicators }) => indicatorCell(key, indicators[key])),
      ],
    })),
  };
}

function unitBalanceTable(report: PeriodReport): Table {
  const balance = (identity: MembershipIdentity) => [identity.opening, identity.added, identity.lost, identity.closing].map(count);
  return {
    title: doc('table.units'),
    columns: [
      sttColumn(),
      column('unit', 28),
      ...['opening', 'added', 'lost', 'closing'].map((key) => numberColumn(doc(`short.${key}`))),
      numberColumn(shortLabel('members.official')),
      numberColumn(shortLabel('members.probationary')),
    ],
    rows: [
      ...report.units.map(({ unit, identity, indicators }, index) => ({
        cells: [
          count(index + 1),
          text(unit.name),
          ...balance(identity),
          count(indicators['members.official']),
          count(indicators['members.probationary']),
        ],
      })),
      {
        cells: [
          text(''),
          text(doc('value.total')),
          ...balance(report.identity),
          count(report.totals['members.official']),
          count(report.totals['members.probationary']),
        ],
        total: true,
      },
    ],
  };
}

/** Tables that share a sheet start with the same narrow STT column, so the sheet's columns suit them all. */
function identityTable(identity: MembershipIdentity): Table {
  const line = (number: number, key: string, value: number): Row => ({ cells: [count(number), text(doc(`identity.${key}`)), count(value)] });
  return {
    title: doc('table.identity'),
    columns: [sttColumn(), column('item', 60), numberColumn(doc('column.value'), 14)],
    rows: [
      line(1, 'opening', identity.opening),
      line(2, 'added', identity.added),
      line(3, 'lost', identity.lost),
      line(4, 'expected', identity.expectedClosing),
      { ...line(5, 'closing', identity.closing), total: true },
    ],
  };
}

const identityParams = (identity: MembershipIdentity) => ({
  opening: identity.opening,
  added: identity.added,
  lost: identity.lost,
  expected: identity.expectedClosing,
  closing: identity.closing,
  difference: Math.abs(identity.closing - identity.expectedClosing),
});

/** The balance said in words; a violation stated plainly, with each unit whose own balance fails. */
export function identityNotes(report: PeriodReport): Note[] {
  const { identity } = report;
  const notes: Note[] = [
    identity.holds
      ? { text: doc('identity.holds', identityParams(identity)) }
      : { text: doc('identity.violated', identityParams(identity)), alert: true },
  ];
  if (report.identityViolations.length > 0) {
    notes.push({ text: doc('identity.unitsViolated'), alert: true });
    for (const { unit, identity: own } of report.identityViolations) {
      notes.push({ text: doc('identity.unitViolated', { unit: unit.name, code: unit.code, ...identityParams(own) }), alert: true });
    }
  }
  return notes;
}

/** Where a committee's figures came from: each unit's file (as signed, read-only) or its absence, said plainly. */
export function sourceNotes(report: PeriodReport): Note[] {
  if (report.sources.length === 0) return [];
  const day = (iso: string | null) => (iso === null ? '' : formatViDate(localDayOf(iso)));
  return [
    ...report.sources.map((source): Note =>
      source.status === 'received'
        ? {
            text: doc('source.received', {
              unit: source.unitName,
              code: source.unitCode,
              revision: source.revision,
              made: day(source.createdAt),
              received: day(source.receivedAt),
            }),
          }
        : { text: doc('source.missing', { unit: source.unitName, code: source.unitCode }), alert: true },
    ),
    { text: doc('source.scope') },
  ];
}

const optional = (prefix: string, code: string | null) => (code === null ? '' : t(`${prefix}.${code}`));

function membersTable(report: PeriodReport): Table {
  const unitColumn = hasUnits(report) ? {} : { print: false as const };
  return {
    title: doc('table.members'),
    columns: [
      sttColumn(),
      column('fullName', 26),
      column('gender', 9),
      column('birthDate', 12),
      column('ethnicity', 11),
      column('religion', 12, { print: false }),
      column('admittedOn', 13),
      column('officialOn', 13),
      column('partyCardNumber', 16, { print: false }),
      column('qualification', 14, { print: false }),
      column('theoryLevel', 12),
      column('unit', 20, unitColumn),
      column('status', 22),
    ],
    rows: report.members.map((member, index) => ({
      cells: [
        count(index + 1),
        text(member.fullName),
        text(t(`member.gender.${member.gender}`)),
        date(member.birthDate),
        text(ethnicityName(member.ethnicity)),
        text(religionName(member.religion)),
        date(member.admittedOn),
        date(member.officialOn),
        text(member.partyCardNumber),
        text(optional('member.qualification', member.qualification)),
        text(optional('member.theory', member.theoryLevel)),
        text(member.unitName),
        text(t(`member.status.${member.status}`)),
      ],
    })),
  };
}

function admissionsTable(report: PeriodReport): Table {
  const unitColumn = hasUnits(report) ? {} : { print: false as const };
  return {
    title: doc('table.form2'),
    columns: [
      sttColumn(),
      column('fullName', 26),
      column('gender', 9),
      column('birthDate', 12),
      column('ageAtAdmission', 10, { numeric: true }),
      column('ethnicity', 11),
      column('religion', 12),
      column('qualification', 14),
      column('admittedOn', 13),
      column('unit', 20, unitColumn),
    ],
    rows: report.composition.admissions.map((admission, index) => ({
      cells: [
        count(index + 1),
        text(admission.fullName),
        text(t(`member.gender.${admission.gender}`)),
        date(admission.birthDate),
        count(admission.ageAtAdmission),
        text(ethnicityName(admission.ethnicity)),
        text(religionName(admission.religion)),
        text(optional('member.qualification', admission.qualification)),
        date(admission.admittedOn),
        text(admission.unitName),
      ],
    })),
  };
}

function countTable(title: string, head: string, rows: { name: string; count: number }[]): Table {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return {
    title,
    columns: [sttColumn(), column(head, 30), numberColumn(doc('column.count'), 14)],
    rows: [
      ...rows.map((row, index) => ({ cells: [count(index + 1), text(row.name), count(row.count)] })),
      ...(rows.length > 0 ? [{ cells: [text(''), text(doc('value.total')), count(total)], total: true }] : []),
    ],
  };
}

function ratingTable(report: PeriodReport): Table {
  const { ratings } = report;
  const levels = (row: { htxs: number; htt: number; ht: number; kht: number; notRated: number }) =>
    [row.htxs, row.htt, row.ht, row.kht, row.notRated].map(count);
  return {
    title: doc('table.rating', { year: ratings.year }),
    columns: [
      column('unit', 28),
      column('unitLevel', 24),
      ...['htxs', 'htt', 'ht', 'kht', 'not_rated'].map((level) => numberColumn(shortLabel(`rating.${level}`), 10)),
    ],
    rows: [
      ...ratings.rows.map((row) => ({
        cells: [text(row.unit.name), text(row.unitLevel ? t(`ratings.level.${row.unitLevel}`) : doc('value.notRecorded')), ...levels(row)],
      })),
      { cells: [text(doc('value.total')), text(''), ...levels(ratings.totals)], total: true },
    ],
  };
}

function recommendationsTable(title: string, lines: readonly RecommendationLine[]): Table {
  return {
    title,
    columns: [sttColumn(), column('subject', 30), column('content', 40), column('deadline', 13), column('responsible', 20)],
    rows: lines.map((line, index) => ({
      cells: [count(index + 1), text(line.subject), text(line.content), date(line.deadline), text(line.responsible)],
    })),
  };
}

function ktgsTables(report: PeriodReport): Table[] {
  const { ktgs } = report;
  const line = (number: number, key: IndicatorKey, value: number): Row => ({
    cells: [count(number), text(t(indicatorLabelKey(key))), count(value)],
  });
  return [
    {
      title: doc('table.ktgs'),
      columns: [sttColumn(), column('item', 50), numberColumn(doc('column.value'), 14)],
      rows: [
        line(1, 'ktgs.received', ktgs.received),
        line(2, 'ktgs.conducted', ktgs.conducted),
        line(3, 'ktgs.recommendations_open', ktgs.open.length),
        line(4, 'ktgs.recommendations_overdue', ktgs.overdue.length),
      ],
    },
    recommendationsTable(doc('table.ktgsOverdue'), ktgs.overdue),
    recommendationsTable(doc('table.ktgsOpen'), ktgs.open),
  ];
}

function duesTable(report: PeriodReport): Table {
  const { dues } = report;
  const amounts = (row: { expectedVnd: number; collectedVnd: number; keptVnd: number; remittedVnd: number }) =>
    [row.expectedVnd, row.collectedVnd, row.keptVnd, row.remittedVnd].map((value) => ({ kind: 'money' as const, value }));
  return {
    title: doc('table.dues'),
    columns: [
      column('month', 12),
      column('expectedVnd', 16, { numeric: true }),
      column('collectedVnd', 16, { numeric: true }),
      column('keptVnd', 18, { numeric: true }),
      column('remittedVnd', 18, { numeric: true }),
    ],
    rows: [
      ...dues.months.map((row) => ({ cells: [text(formatViMonth(row.month)), ...amounts(row)] })),
      { cells: [text(doc('value.total')), ...amounts(dues.totals)], total: true },
    ],
  };
}

export function reportSections(report: PeriodReport): Section[] {
  const section = (key: Section['key'], tables: Table[], notes: Note[] = []): Section => ({
    key,
    name: doc(`sheet.${key}`),
    tables,
    notes,
  });
  const { composition } = report;
  return [
    section(
      'summary',
      [indicatorsTable(report), ...(hasUnits(report) ? [unitBalanceTable(report)] : []), identityTable(report.identity)],
      [...identityNotes(report), ...sourceNotes(report)],
    ),
    section('members', [membersTable(report)]),
    section('form1', [unitFiguresTable(report, doc('table.form1'), FORM_1_KEYS), unitFiguresTable(report, doc('table.form1Ages'), FORM_1_AGE_KEYS),
      unitFiguresTable(report, doc('table.form1Changes'), FORM_1_CHANGE_KEYS),
    ]),
    section('form2', [admissionsTable(report)]),
    section('form3', [unitFiguresTable(report, doc('table.form3'), FORM_3_KEYS)]),
    section('form4', [
      countTable(
        doc('table.form4Ethnicity'),
        'ethnicity',
        composition.ethnicities.map((row) => ({ name: ethnicityName(row.code), count: row.count })),
      ),
      countTable(
        doc('table.form4Religion'),
        'religion',
        composition.religions.map((row) => ({ name: religionName(row.code), count: row.count })),
      ),
    ]),
    section('rating', [ratingTable(report)]),
    section('ktgs', ktgsTables(report)),
    section('dues', [duesTable(report)]),
  ];
}
