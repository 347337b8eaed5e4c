import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { ApiErrorData } from '../../../shared/api/errors';
import { formatViDate } from '../../../shared/dates/calendar';
import type { TransferExported, TransferImportResult, TransferVerdict } from '../../../shared/exchange/transfer-outcome';
import type { FilePayload } from '../../../shared/members/views';
import { writeFileAtomically } from '../../../db/atomic-write';
import type { Store } from '../../../db/store';
import { readCardOption } from './card-option';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, printRefusal, type CliIo, type OutputFormat } from '../io';

export const transferExportOptions = {
  member: { type: 'string' },
  out: { type: 'string' },
  'encrypt-to': { type: 'string' },
} as const;

export const transferImportOptions = {
  'dry-run': { type: 'boolean' },
  unit: { type: 'string' },
  date: { type: 'string' },
} as const;

type Values = Record<string, string | boolean | undefined>;

const OPTION_FOR_FIELD: Record<string, string> = { memberId: '--member', encryptTo: '--encrypt-to', unitCode: '--unit', date: '--date', file: 'TỆP' };
const optionFor = (path: string) => OPTION_FOR_FIELD[path.split('.')[0] ?? ''] ?? path;

const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

function usageError(io: CliIo, t: i18n['t'], detail: string, usage: string): number {
  io.stderr(`${t('cli.usageError', { detail })}\n${t(usage)}\n`);
  return EXIT_USAGE;
}

/** A file the command line names, read whole; the refusal to print when it cannot be. */
function readGiven(path: string): FilePayload | ApiErrorData {
  try {
    return { fileName: basename(path), base64: readFileSync(path).toString('base64') };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? { type: 'not_found', message: 'cli.fileMissing', params: { file: path } }
      : { type: 'validation', message: 'cli.fileUnreadable', params: { file: path, reason: (error as Error).message } };
  }
}

/**
 * `sochibo transfer export --member ID --out FILE|DIR [--encrypt-to KEYCARD]`: the member's transfer file (the member
 * must have an official transfer out recorded), signed with the unit's key, encrypted to the receiving unit's key card
 * when given, written atomically (inside a folder under its standard name). Prints the file, the transfer out and the
 * fingerprint to read to the receiving unit; `--format json` prints the summary.
 */
export async function transferExportCommand(store: Store, values: Values, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const usage = 'exchange.transfer.cli.exportUsage';
  const member = text(values.member);
  const out = text(values.out);
  if (!member) return usageError(io, t, t('exchange.transfer.cli.memberMissing'), usage);
  if (!/^[1-9]\d{0,9}$/.test(member)) return usageError(io, t, t('exchange.transfer.cli.memberInvalid', { value: member }), usage);
  if (!out) return usageError(io, t, t('exchange.transfer.cli.outMissing'), usage);

  const cardOption = text(values['encrypt-to']);
  const card = cardOption ? readCardOption(io.cwd, cardOption, 'exchange.transfer.cli.cardUnreadable') : undefined;
  if (card && 'error' in card) return printRefusal(io, t, card.error, optionFor, format);
  const encryptTo = card?.file;
  const result = await dispatch(store.handlers, 'exchange.transferExport', { memberId: Number(member), ...(encryptTo ? { encryptTo } : {}) });
  if (!result.ok) return printRefusal(io, t, result.error, optionFor, format);
  const { file, summary } = result.data as TransferExported;
  const given = resolve(io.cwd, out);
  const path = existsSync(given) && statSync(given).isDirectory() ? join(given, file.fileName) : given;
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
  io.stdout(
    `${[
      t('exchange.transfer.cli.written', { name: summary.fullName, file: path }),
      t('exchange.transfer.cli.transferOut', { date: formatViDate(summary.transferOut.date), otherUnit: summary.transferOut.otherUnit }),
      t('exchange.transfer.cli.fingerprint', { fingerprint: summary.fingerprint }),
      summary.encryptedTo ? t('exchange.transfer.cli.encryptedTo', summary.encryptedTo) : t('exchange.transfer.cli.notEncrypted'),
    ].join('\n')}\n`,
  );
  return EXIT_OK;
}

/** The verdict in words: what happens and why, who the member is, who sent the file and with which key. */
function describe(t: i18n['t'], verdict: TransferVerdict): string[] {
  const lines = [
    t('exchange.transfer.cli.outcome', {
      file: verdict.fileName,
      outcome: t(`exchange.transfer.outcome.${verdict.outcome}`),
      reason: t(verdict.reason, verdict.params),
    }),
  ];
  if (verdict.detail) lines.push(`  ${t(verdict.detail.message, verdict.detail.params)}`);
  const transfer = verdict.transfer;
  if (transfer) {
    const { member, sender } = transfer;
    lines.push(
      `  ${t('exchange.transfer.cli.member', {
        name: member.fullName,
        birthDate: formatViDate(member.birthDate),
        card: member.partyCardNumber ?? '—',
        status: t(`member.status.${member.status}`),
      })}`,
      `  ${t('exchange.transfer.cli.sender', {
        name: sender.name,
        code: sender.code,
        date: formatViDate(transfer.transferOut.date),
        otherUnit: transfer.transferOut.otherUnit,
      })}`,
      `  ${t(transfer.keyStatus === 'pinned' ? 'exchange.transfer.cli.fingerprintPinned' : 'exchange.transfer.cli.fingerprintUnknown', {
        fingerprint: transfer.fingerprint,
      })}`,
    );
  }
  return lines;
}

/**
 * `sochibo transfer import FILE [--dry-run] [--unit CODE] [--date DD/MM/YYYY]`: checks the transfer file as the app's
 * page does and (unless a dry run) enters the member after a backup, with a transfer in on the day given (today by
 * default) in the unit given (the home unit by default). Exit 0 when entered or already received, 1 when refused (the
 * reason on stderr), 2 for a usage error.
 */
export async function transferImportCommand(store: Store, values: Values, operands: readonly string[], io: CliIo, t: i18n['t'], format: OutputFormat) {
  const path = resolve(io.cwd, operands[0] ?? '');
  const file = readGiven(path);
  if ('type' in file) return printRefusal(io, t, file, optionFor, format);
  const dryRun = values['dry-run'] === true;
  const unitCode = text(values.unit);
  const date = text(values.date);
  const request = { file, ...(unitCode === undefined ? {} : { unitCode: unitCode.toUpperCase() }), ...(date === undefined ? {} : { date }) };
  const result = dryRun ? await dispatch(store.handlers, 'exchange.transferPreview', request) : await dispatch(store.handlers, 'exchange.transferImport', request);
  if (!result.ok) return printRefusal(io, t, result.error, optionFor, format);
  const verdict = result.data as TransferVerdict & Partial<Pick<TransferImportResult, 'backupFile'>>;
  const refused = verdict.outcome === 'refused';

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ dryRun, ...verdict }, null, 2)}\n`);
    if (refused) io.stderr(`${JSON.stringify({ error: { type: 'conflict', message: verdict.reason, params: verdict.params } })}\n`);
    return refused ? EXIT_REFUSED : EXIT_OK;
  }
  const lines = describe(t, verdict);
  if (refused) {
    // The reason goes where refusals go; what the file holds, when it could be read, follows it there.
    io.stderr(`${t('cli.refused', { message: lines.join('\n') })}\n`);
    return EXIT_REFUSED;
  }
  if (verdict.backupFile) lines.push(t('exchange.transfer.cli.backup', { file: verdict.backupFile }));
  if (dryRun) lines.push(t('exchange.transfer.cli.dryRun'));
  else if (verdict.outcome === 'accept' && verdict.memberId !== null) lines.push(t('exchange.transfer.cli.received', { id: verdict.memberId }));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
