import type { i18n } from 'i18next';
import type { ApiErrorData } from '../../shared/api/errors';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export type OutputFormat = 'text' | 'json';

/** Prints a refused call: the reason, then one line per field naming the command-line option at fault. */
export function printRefusal(
  io: CliIo,
  t: i18n['t'],
  error: ApiErrorData,
  optionFor: (path: string) => string,
  format: OutputFormat,
): number {
  if (format === 'json') {
    io.stderr(`${JSON.stringify({ error })}\n`);
    return EXIT_REFUSED;
  }
  // In a terminal there are no highlighted fields: say the input is refused, then name each option below.
  const message = error.type === 'validation' ? t('cli.invalidInput') : t(error.message, error.params);
  io.stderr(`${t('cli.refused', { message })}\n`);
  for (const issue of error.issues ?? []) {
    io.stderr(`  ${t('cli.field', { field: optionFor(issue.path), message: t(issue.message, issue.params) })}\n`);
  }
  return EXIT_REFUSED;
}
