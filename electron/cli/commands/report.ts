import { resolve } from 'node:path';
import type { i18n } from 'i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import { dispatch } from '../../../shared/api/dispatch';
import type { FilePayload } from '../../../shared/members/views';
import type { Indicators } from '../../../shared/reports/indicators';
import type { PeriodReport } from '../../../shared/reports/views';
import { printNumber, printRate } from '../../../db/reports/documents/print-values';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo } from '../io';
import { writeFileAtomically } from '../../../db/atomic-write';

export const reportOptions = {
  period: { type: 'string' },
  org: { type: 'string' },
  out: { type: 'string' },
  number: { type: 'string' },
  place: { type: 'string' },
} as const;

export const REPORT_FORMATS = ['text', 'json', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

type ReportValues = Partial<Record<keyof typeof reportOptions, string>>;

const OPTION_FOR_FIELD: Record<string, string> = { period: '--period', orgCode: '--org', number: '--number', place: '--place' };
const optionFor = (path: string) => OPTION_FOR_FIELD[path] ?? path;

/** What is wrong with the command line itself (exit 2), before the register is opened; undefined when nothing. */
export function reportUsageProblem(values: ReportValues, format: string, t: i18n['t']): string | undefined {
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) return t('cli.badReportFormat', { format });
  if (values.period === undefined) return t('cli.missingOption', { option: '--period' });
  if ((format === 'xlsx' || format === 'pdf') && !values.out) return t('cli.reportNeedsOut', { format });
  return undefined;
}

/**
 * What `--format json` prints: the period, the unit, the day the figures are of, every indicator of the catalogue in
 * total and per unit (each unit's own members; `source` names the unit whose file a row comes from), the membership
 * balance with the units whose own balance fails, and the files a committee's figures were taken from (`sources`).
 * The keys are a contract with other programs: new keys may be added, existing ones keep their meaning.
 */
export function reportJson(report: PeriodReport) {
  return {
    period: report.period,
    org: report.org,
    asOf: report.asOf,
    indicators: report.totals,
    units: report.units.map(({ unit, indicators, source }) => ({
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parentCode: unit.parentCode,
      indicators,
      source,
    })),
    identity: report.identity,
    identityViolations: report.identityViolations.map(({ unit, identity }) => ({ code: unit.code, name: unit.name, identity })),
    sources: report.sources,
  };
}

const figure = (value: number | null) => (value === null ? '—' : printNumber(value));

/** The main figures in Vietnamese sentences, then the balance (a violation said plainly) and each unit's đảng số. */
function printSummary(io: CliIo, t: i18n['t'], report: PeriodReport) {
  const x: Indicators = report.totals;
  const d = (key: string, params?: Record<string, unknown>) => t(`reports.document.${key}`, params ?? {});
  const periodName = d(`periodName.${report.period.kind}`, {
    year: report.period.year,
    quarter: ['I', 'II', 'III', 'IV'][(report.period.quarter ?? 1) - 1],
  });
  const lines = [
    t('cli.reportTitle', { period: periodName, name: report.org.name, code: report.org.code, asOf: formatViDate(report.asOf) }),
    t('cli.reportMembers', {
      total: figure(x['members.total']),
      official: figure(x['members.official']),
      probationary: figure(x['members.probationary']),
      female: figure(x['members.female']),
      minority: figure(x['members.ethnic_minority']),
      religious: figure(x['members.religious']),
    }),
    t('cli.reportChanges', {
      opening: figure(x['members.opening']),
      admitted: figure(x['changes.admitted']),
      transferredIn: figure(x['changes.transferred_in']),
      transferredOut: figure(x['changes.transferred_out']),
      died: figure(x['changes.died']),
      removed: figure(x['changes.removed']),
      expelled: figure(x['changes.expelled']),
      withdrew: figure(x['changes.withdrew']),
      madeOfficial: figure(x['changes.made_official']),
    }),
  ];
  const { identity } = report;
  const balance = {
    opening: identity.opening,
    added: identity.added,
    lost: identity.lost,
    expected: identity.expectedClosing,
    closing: identity.closing,
    difference: Math.abs(identity.closing - identity.expectedClosing),
  };
  lines.push(`  ${d(identity.holds ? 'identity.holds' : 'identity.violated', balance)}`);
  if (report.identityViolations.length > 0) {
    lines.push(`  ${d('identity.unitsViolated')}`);
    for (const { unit, identity: own } of report.identityViolations) {
      lines.push(
        `    ${d('identity.unitViolated', { unit: unit.name, code: unit.code, opening: own.opening, added: own.added, lost: own.lost, expected: own.expectedClosing, closing: own.closing })}`,
      );
    }
  }
  const rate = x['meetings.attendance_rate'];
  lines.push(
    t('cli.reportMeetings', {
      regular: figure(x['meetings.regular']),
      thematic: figure(x['meetings.thematic']),
      rate: rate === null ? '—' : printRate(rate),
      visits: figure(x['meetings.upper_level_visits']),
    }),
    t('cli.reportKtgs', {
      received: figure(x['ktgs.received']),
      conducted: figure(x['ktgs.conducted']),
      open: figure(x['ktgs.recommendations_open']),
      overdue: figure(x['ktgs.recommendations_overdue']),
    }),
    t('cli.reportDiscipline', {
      khienTrach: figure(x['discipline.khien_trach']),
      canhCao: figure(x['discipline.canh_cao']),
      cachChuc: figure(x['discipline.cach_chuc']),
      khaiTru: figure(x['discipline.khai_tru']),
    }),
  );
  if (x['rating.htxs'] !== null) {
    lines.push(
      t('cli.reportRating', {
        year: report.ratings.year,
        htxs: figure(x['rating.htxs']),
        htt: figure(x['rating.htt']),
        ht: figure(x['rating.ht']),
        kht: figure(x['rating.kht']),
        notRated: figure(x['rating.not_rated']),
      }),
    );
  }
  lines.push(t('cli.reportDues', { amount: figure(x['dues.collected_vnd']) }));
  if (report.units.length > 1) {
    lines.push(t('cli.reportUnits'));
    for (const { unit, indicators, identity: own, source } of report.units) {
      const params = { name: unit.name, code: unit.code, total: figure(indicators['members.total']), opening: own.opening, added: own.added, lost: own.lost };
      lines.push(`${'  '.repeat(unit.depth)}${t('cli.reportUnit', params)}${source ? t('cli.reportFromFile', { code: source }) : ''}`);
    }
  }
  for (const source of report.sources) {
    lines.push(
      source.status === 'received'
        ? t('cli.reportSource', { code: source.unitCode, name: source.unitName, revision: source.revision, fingerprint: source.fingerprint })
        : t('cli.reportSourceMissing', { code: source.unitCode, name: source.unitName }),
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
}

/** Writes beside the final name, flushes to disk, then renames: a crash never leaves half a file under that name. */
/**
 * `sochibo report --period P [--org CODE] [--format text|json|xlsx|pdf] [--out FILE] [--number N] [--place NAME]`:
 * the period report of the home unit (or of --org), as a summary, as JSON, or written to a workbook or a PDF.
 */
export async function reportCommand(store: Store, values: ReportValues, io: CliIo, t: i18n['t'], format: ReportFormat) {
  const refusalFormat = format === 'json' ? 'json' : 'text';
  const query = { period: values.period, ...(values.org === undefined ? {} : { orgCode: values.org }) };
  if (format === 'xlsx' || format === 'pdf') {
    const result =
      format === 'xlsx'
        ? await dispatch(store.handlers, 'reports.xlsx', query)
        : await dispatch(store.handlers, 'reports.pdf', { ...query, number: values.number ?? '', place: values.place ?? '' });
    if (!result.ok) return printRefusal(io, t, result.error, optionFor, refusalFormat);
    const path = resolve(io.cwd, values.out ?? '');
    try {
      writeFileAtomically(path, Buffer.from((result.data as FilePayload).base64, 'base64'));
    } catch (error) {
      const refusal = { type: 'validation' as const, message: 'cli.fileUnwritable', params: { file: path, reason: (error as Error).message } };
      return printRefusal(io, t, refusal, optionFor, refusalFormat);
    }
    io.stdout(`${t('cli.reportWritten', { file: path })}\n`);
    return EXIT_OK;
  }
  const result = await dispatch(store.handlers, 'reports.period', query);
  if (!result.ok) return printRefusal(io, t, result.error, optionFor, refusalFormat);
  const report = result.data as PeriodReport;
  if (format === 'json') io.stdout(`${JSON.stringify(reportJson(report), null, 2)}\n`);
  else printSummary(io, t, report);
  // A balance that fails is shown, not refused: the report is what it is, and the secretary must see it.
  return EXIT_OK;
}
