import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { ExportedFile } from '../../../shared/exchange/export-calls';
import { writeFileAtomically } from '../../../db/atomic-write';
import type { Store } from '../../../db/store';
import { readCardOption } from './card-option';
import { EXIT_OK, EXIT_USAGE, printRefusal, type CliIo, type OutputFormat } from '../io';

export const exportOptions = {
  period: { type: 'string' },
  out: { type: 'string' },
  'encrypt-to': { type: 'string' },
} as const;

type ExportValues = Partial<Record<keyof typeof exportOptions, string>>;

const OPTION_FOR_FIELD: Record<string, string> = { period: '--period', encryptTo: '--encrypt-to' };
const optionFor = (path: string) => OPTION_FOR_FIELD[path.split('.')[0] ?? ''] ?? path;

/** What is wrong with the command line itself (exit 2); undefined when nothing. */
function usageProblem(values: ExportValues, t: i18n['t']): string | undefined {
  if (!values.period) return t('exchange.export.cli.periodMissing');
  if (!values.out) return t('exchange.export.cli.outMissing');
  return undefined;
}

/** Where the file goes: `--out` itself, or the standard file name inside it when it names a folder. */
function targetPath(out: string, cwd: string, fileName: string): string {
  const path = resolve(cwd, out);
  return existsSync(path) && statSync(path).isDirectory() ? join(path, fileName) : path;
}

/**
 * `sochibo export --period P --out FILE [--encrypt-to KEYCARD]`: makes the period's exchange file (the next revision),
 * signed, encrypted to the parent's key card when given, and writes it atomically. Prints the file, the revision and
 * the signing fingerprint; `--format json` prints the manifest summary.
 */
export async function exportCommand(store: Store, values: ExportValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const problem = usageProblem(values, t);
  if (problem !== undefined) {
    io.stderr(`${t('cli.usageError', { detail: problem })}\n${t('exchange.export.cli.usage')}\n`);
    return EXIT_USAGE;
  }
  const card = values['encrypt-to'] ? readCardOption(io.cwd, values['encrypt-to'], 'exchange.export.cli.cardUnreadable') : undefined;
  if (card && 'error' in card) return printRefusal(io, t, card.error, optionFor, format);
  const encryptTo = card?.file;
  const result = await dispatch(store.handlers, 'exchange.export', { period: values.period, ...(encryptTo ? { encryptTo } : {}) });
  if (!result.ok) return printRefusal(io, t, result.error, optionFor, format);
  const { file, summary } = result.data as ExportedFile;
  const path = targetPath(values.out ?? '', io.cwd, file.fileName);
  try {
    writeFileAtomically(path, Buffer.from(file.base64, 'base64'));
  } catch (error) {
    const refusal = { type: 'validation' as const, message: 'cli.fileUnwritable', params: { file: path, reason: (error as Error).message } };
    return printRefusal(io, t, refusal, () => '--out', format);
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file: path, ...summary }, null, 2)}\n`);
    return EXIT_OK;
  }
  const supersedes = summary.supersedes ? t('exchange.export.cli.supersedes', { bundleId: summary.supersedes }) : '';
  io.stdout(
    `${[
      t('exchange.export.cli.written', { file: path }),
      t('exchange.export.cli.revision', { revision: summary.revision, supersedes }),
      t('exchange.export.cli.fingerprint', { fingerprint: summary.fingerprint }),
      summary.encryptedTo ? t('exchange.export.cli.encryptedTo', summary.encryptedTo) : t('exchange.export.cli.notEncrypted'),
    ].join('\n')}\n`,
  );
  return EXIT_OK;
}
