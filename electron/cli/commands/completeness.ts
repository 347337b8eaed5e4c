import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import { formatViDate } from '../../../shared/dates/calendar';
import { localDateTime } from '../../../shared/dates/local-time';
import type { CompletenessBoard, CompletenessEntry } from '../../../shared/exchange/completeness';
import type { Store } from '../../../db/store';
import { EXIT_OK, EXIT_USAGE, printRefusal, type CliIo, type OutputFormat } from '../io';
import { findingText } from '../../../shared/exchange/checks/finding-text';

export const completenessOptions = {
  period: { type: 'string' },
  deadline: { type: 'string' },
} as const;

type CompletenessValues = Partial<Record<keyof typeof completenessOptions, string>>;

/** What `--deadline` asks to clear back to the default. */
const DEFAULT_WORDS = new Set(['mac-dinh', 'mặc-định', 'default']);

const OPTION_FOR_FIELD: Record<string, string> = { period: '--period', dueOn: '--deadline' };
const optionFor = (path: string) => OPTION_FOR_FIELD[path.split('.')[0] ?? ''] ?? path;

function entryLines(entries: readonly CompletenessEntry[], depth: number, t: i18n['t']): string[] {
  return entries.flatMap((entry) => {
    const flags: string[] = [];
    if (entry.status === 'received') flags.push(t('exchange.completenessCli.received', { revision: entry.revision, at: localDateTime(entry.receivedAt ?? '') }));
    else flags.push(t(`exchange.completenessCli.${entry.status}`));
    if (entry.late) flags.push(t(entry.status === 'missing' ? 'exchange.completenessCli.overdue' : 'exchange.completenessCli.late'));
    if (entry.corrected) flags.push(t('exchange.completenessCli.corrected'));
    const line = `${'  '.repeat(depth)}${entry.code}  ${entry.name}: ${flags.join(', ')}`;
    return [line, ...entryLines(entry.units, depth + 1, t)];
  });
}

function boardText(board: CompletenessBoard, t: i18n['t']): string {
  const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);
  const { deadline } = board;
  const lines = [
    t('exchange.completenessCli.heading', { period: board.period, ...board.home }),
    deadline.source === 'set'
      ? t('exchange.completenessCli.deadlineSet', { date: formatViDate(deadline.dueOn) })
      : t('exchange.completenessCli.deadlineDefault', { date: formatViDate(deadline.dueOn), rule: deadline.rule ?? '' }),
    ...board.levels.map((level) => t('exchange.completenessCli.level', { ...level, rate: percent(level.received, level.expected) })),
    ...(board.units.length === 0 ? [t('exchange.completenessCli.noUnits')] : entryLines(board.units, 1, t)),
    ...board.unreadable.map((entry) => t('exchange.completenessCli.unreadable', { code: entry.unitCode, inside: entry.insideUnitCode })),
    board.checks.length === 0 ? t('exchange.completenessCli.checksNone') : t('exchange.completenessCli.checksHeading', { count: board.checks.length }),
    ...board.checks.map((finding) => `  - ${findingText(t, finding)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `sochibo completeness --period P [--deadline DATE|mac-dinh]`: which units have sent the period's file, down every
 * level their files reach, and the cross-unit checks. `--deadline` first sets (or clears) the period's deadline.
 */
export async function completenessCommand(store: Store, values: CompletenessValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  if (!values.period) {
    io.stderr(`${t('cli.usageError', { detail: t('exchange.completenessCli.periodMissing') })}\n${t('exchange.completenessCli.usage')}\n`);
    return EXIT_USAGE;
  }
  if (values.deadline !== undefined) {
    const dueOn = DEFAULT_WORDS.has(values.deadline.trim().toLowerCase()) ? null : values.deadline;
    const set = await dispatch(store.handlers, 'exchange.setDeadline', { period: values.period, dueOn });
    if (!set.ok) return printRefusal(io, t, set.error, optionFor, format);
  }
  const result = await dispatch(store.handlers, 'exchange.completeness', { period: values.period });
  if (!result.ok) return printRefusal(io, t, result.error, optionFor, format);
  const board = result.data as CompletenessBoard;
  io.stdout(format === 'json' ? `${JSON.stringify(board, null, 2)}\n` : boardText(board, t));
  return EXIT_OK;
}
