import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { ApiErrorData } from '../../../shared/api/errors';
import { IMPORT_BATCH_MAX } from '../../../shared/exchange/import-calls';
import { isImportSuccess, type ImportCommitResult, type ImportPreviewResult, type ImportVerdict } from '../../../shared/exchange/import-outcome';
import { EXCHANGE_FILE_EXTENSION } from '../../../shared/exchange/manifest';
import type { FilePayload } from '../../../shared/members/views';
import type { Store } from '../../../db/store';
import { EXIT_OK, EXIT_REFUSED, printRefusal, type CliIo, type OutputFormat } from '../io';

export const importOptions = {
  'dry-run': { type: 'boolean' },
  trust: { type: 'boolean' },
  repin: { type: 'string' },
} as const;

export interface ImportValues {
  'dry-run'?: boolean;
  trust?: boolean;
  repin?: string;
}

/** The files a path names: the file itself, or every *.scb directly in a folder, by name. */
function filesAt(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith(EXCHANGE_FILE_EXTENSION))
    .sort()
    .map((name) => join(path, name));
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += IMPORT_BATCH_MAX) out.push(items.slice(i, i + IMPORT_BATCH_MAX));
  return out;
}

function printVerdict(io: CliIo, t: i18n['t'], verdict: ImportVerdict) {
  const outcome = t(`exchange.import.outcome.${verdict.outcome}`);
  io.stdout(`${t('exchange.import.cli.line', { file: verdict.fileName, outcome, reason: t(verdict.reason, verdict.params) })}\n`);
  if (verdict.keyAction) io.stdout(`    ${t(`exchange.import.keyAction.${verdict.keyAction}`)}\n`);
  for (const change of verdict.changes?.indicators ?? []) {
    io.stdout(`${t('exchange.import.cli.indicator', { key: change.key, before: change.before ?? '—', after: change.after ?? '—' })}\n`);
  }
  for (const member of verdict.changes?.members ?? []) {
    io.stdout(`${t('exchange.import.cli.member', { change: t(`exchange.import.page.member.${member.change}`, { name: member.name, id: member.id }) })}\n`);
  }
}

/**
 * `sochibo import FILE|DIR [--dry-run] [--trust] [--repin CODE]`: checks every file as the app's import page does,
 * then (unless a dry run) imports them after a backup. Each file is judged on its own: refused files are logged and
 * skipped, the others import; the exit code is 1 when any file was refused. `--trust` trusts every unknown sender
 * shown (their fingerprints are printed, to compare by phone); `--repin CODE` accepts the changed key of unit CODE.
 */
export async function importCommand(store: Store, values: ImportValues, paths: readonly string[], io: CliIo, t: i18n['t'], format: OutputFormat) {
  const files: FilePayload[] = [];
  for (const given of paths) {
    const path = resolve(io.cwd, given);
    try {
      const found = filesAt(path);
      if (found.length === 0) {
        return printRefusal(io, t, { type: 'not_found', message: 'exchange.import.cli.noFiles', params: { path } }, String, format);
      }
      for (const file of found) files.push({ fileName: basename(file), base64: readFileSync(file).toString('base64') });
    } catch (error) {
      const refusal: ApiErrorData =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? { type: 'not_found', message: 'cli.fileMissing', params: { file: path } }
          : { type: 'validation', message: 'cli.fileUnreadable', params: { file: path, reason: (error as Error).message } };
      return printRefusal(io, t, refusal, String, format);
    }
  }

  const previewed: ImportVerdict[] = [];
  for (const batch of chunks(files)) {
    const result = await dispatch(store.handlers, 'exchange.importPreview', { files: batch });
    if (!result.ok) return printRefusal(io, t, result.error, String, format);
    previewed.push(...(result.data as ImportPreviewResult).files);
  }
  const trust = values.trust ? [...new Set(previewed.filter((v) => v.outcome === 'untrusted').map((v) => v.fingerprint ?? ''))] : [];
  const repin = previewed
    .filter((v) => v.outcome === 'key_changed' && v.unit?.code === values.repin?.toUpperCase())
    .map((v) => ({ unitCode: v.unit?.code ?? '', fingerprint: v.fingerprint ?? '' }));

  const finish = (verdicts: ImportVerdict[], backupFile: string | null, dryRun: boolean) => {
    const refused = verdicts.filter((v) => !isImportSuccess(v.outcome)).length;
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ dryRun, backupFile, files: verdicts }, null, 2)}\n`);
    } else {
      for (const verdict of verdicts) printVerdict(io, t, verdict);
      if (backupFile) io.stdout(`${t('exchange.import.cli.backup', { file: backupFile })}\n`);
      io.stdout(`${t(dryRun ? 'exchange.import.cli.dryRun' : 'exchange.import.cli.summary', { ok: verdicts.length - refused, refused })}\n`);
    }
    return refused === 0 ? EXIT_OK : EXIT_REFUSED;
  };

  if (values['dry-run']) return finish(previewed, null, true);

  if (format === 'text') {
    for (const v of previewed.filter((entry) => entry.outcome === 'untrusted' && trust.includes(entry.fingerprint ?? ''))) {
      io.stdout(`${t('exchange.import.cli.trusting', { code: v.unit?.code ?? '', fingerprint: v.fingerprint ?? '' })}\n`);
    }
    for (const entry of repin) io.stdout(`${t('exchange.import.cli.repinning', { code: entry.unitCode, fingerprint: entry.fingerprint })}\n`);
  }
  const committed: ImportVerdict[] = [];
  let backupFile: string | null = null;
  for (const [index, batch] of chunks(files).entries()) {
    const result = await dispatch(store.handlers, 'exchange.importCommit', { files: batch, trust, repin, backup: index === 0 });
    if (!result.ok) return printRefusal(io, t, result.error, String, format);
    const data = result.data as ImportCommitResult;
    backupFile ??= data.backupFile;
    committed.push(...data.files);
  }
  return finish(committed, backupFile, false);
}
