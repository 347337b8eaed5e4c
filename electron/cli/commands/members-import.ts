import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { ApiErrorData, ApiIssue } from '../../../shared/api/errors';
import type { ImportPreview, ImportProblem, ImportResult } from '../../../shared/members/views';
import type { Store } from '../../../db/store';
import { EXIT_OK, EXIT_REFUSED, printRefusal, type CliIo, type OutputFormat } from '../io';

export const membersImportOptions = {
  'dry-run': { type: 'boolean' },
} as const;

interface MembersImportValues {
  file: string;
  'dry-run'?: boolean;
}

/** The refusal's issues carry their cell in their values (see db/spreadsheet/import-file.ts): problems again. */
function problemOfIssue({ message, params = {} }: ApiIssue): ImportProblem {
  const { sheet, row, column, value, ...reasonParams } = params;
  return { sheet: String(sheet ?? ''), row: Number(row ?? 0), column: String(column ?? ''), value: String(value ?? ''), reason: message, params: reasonParams };
}

/** Every problem, sheet by sheet: "Dòng 5, cột Ngày sinh («31/02/1990»): …", as the secretary finds the cell. */
function printProblems(io: CliIo, t: i18n['t'], problems: readonly ImportProblem[], format: OutputFormat): number {
  if (format === 'json') {
    io.stderr(`${JSON.stringify({ error: { type: 'validation', message: 'import.refused', params: { count: problems.length }, problems } })}\n`);
    return EXIT_REFUSED;
  }
  io.stderr(`${t('cli.refused', { message: t('import.refused', { count: problems.length }) })}\n`);
  let sheet: string | undefined;
  for (const problem of problems) {
    const reason = t(problem.reason, problem.params);
    if (problem.row === 0) {
      io.stderr(`  ${reason}\n`);
      continue;
    }
    if (problem.sheet !== sheet) {
      sheet = problem.sheet;
      io.stderr(`${t('cli.importSheet', { sheet })}\n`);
    }
    const where = { row: problem.row, column: problem.column, value: problem.value, reason };
    io.stderr(`  ${t(problem.value === '' ? 'cli.importProblemBlank' : 'cli.importProblem', where)}\n`);
  }
  return EXIT_REFUSED;
}

function printPreview(io: CliIo, t: i18n['t'], fileName: string, preview: ImportPreview) {
  io.stdout(`${t('cli.importPreview', { file: fileName, members: preview.members.length, events: preview.eventCount })}\n`);
  for (const member of preview.members) {
    io.stdout(`  ${t('cli.importPreviewMember', { row: member.row, name: member.fullName, unit: member.unitCode, events: member.events })}\n`);
  }
  io.stdout(`${t('cli.importDryRun')}\n`);
}

/**
 * `sochibo members import FILE.xlsx [--dry-run]`: checks the file as the app's import screen does and, unless it is
 * a dry run, adds it all or nothing. Problems go to stderr, one line per cell, and nothing is written.
 */
export async function membersImportCommand(store: Store, values: MembersImportValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const path = resolve(io.cwd, values.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const refusal: ApiErrorData =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { type: 'not_found', message: 'cli.fileMissing', params: { file: path } }
        : { type: 'validation', message: 'cli.fileUnreadable', params: { file: path, reason: (error as Error).message } };
    return printRefusal(io, t, refusal, String, format);
  }
  const file = { fileName: basename(path), base64: bytes.toString('base64') };

  const preview = await dispatch(store.handlers, 'members.importPreview', file);
  if (!preview.ok) return printRefusal(io, t, preview.error, String, format);
  const previewed = preview.data as ImportPreview;
  if (!previewed.ok) return printProblems(io, t, previewed.problems, format);
  if (values['dry-run']) {
    if (format === 'json') io.stdout(`${JSON.stringify({ dryRun: true, preview: previewed }, null, 2)}\n`);
    else printPreview(io, t, file.fileName, previewed);
    return EXIT_OK;
  }

  const commit = await dispatch(store.handlers, 'members.importCommit', file);
  if (!commit.ok) {
    if (commit.error.message !== 'import.refused') return printRefusal(io, t, commit.error, String, format);
    return printProblems(io, t, (commit.error.issues ?? []).map(problemOfIssue), format);
  }
  const result = commit.data as ImportResult;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${t('cli.importDone', { members: result.added, events: result.events })}\n`);
  if (result.backupPath) io.stdout(`${t('cli.importBackup', { file: result.backupPath })}\n`);
  return EXIT_OK;
}
