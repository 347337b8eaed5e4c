import type { i18n } from 'i18next';
import type { Store } from '../../../db/store';
import { EXIT_USAGE, type CliIo, type OutputFormat } from '../io';

export const completenessOptions = {} as const;

export function completenessCommand(_store: Store, _values: Record<string, string | undefined>, _io: CliIo, _t: i18n['t'], _format: OutputFormat) {
  return EXIT_USAGE;
}
