import type { i18n } from 'i18next';

/** Node's parseArgs speaks English; say the same thing in the user's language, naming the option at fault. */
export function describeUsageError(error: unknown, t: i18n['t']): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return t('cli.unknownOption', { option: quoted });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return t('cli.missingValue', { option: quoted.split(' ')[0] ?? quoted });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return t('cli.extraArgument', { value: quoted });
    default:
      return message;
  }
}
