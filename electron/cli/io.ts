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

/** Prints a refused call: the reason, then one line per problem naming the command-line options at fault. */
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
  // One rule may fault two options (a parent needs both its name and its code): say it once, naming both.
  const optionsByMessage = new Map<string, string[]>();
  for (const issue of error.issues ?? []) {
    const text = t(issue.message, issue.params);
    optionsByMessage.set(text, [...(optionsByMessage.get(text) ?? []), optionFor(issue.path)]);
  }
  // A refusal that is itself about one option is said once, naming the option.
  const sameAsMessage = optionsByMessage.get(message);
  optionsByMessage.delete(message);
  io.stderr(
    `${sameAsMessage ? t('cli.refusedAt', { field: sameAsMessage.join(', '), message }) : t('cli.refused', { message })}\n`,
  );
  for (const [text, options] of optionsByMessage) {
    io.stderr(`  ${t('cli.field', { field: options.join(', '), message: text })}\n`);
  }
  return EXIT_REFUSED;
}
