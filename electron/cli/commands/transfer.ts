import type { i18n } from 'i18next';
import type { Store } from '../../../db/store';
import { EXIT_USAGE, type CliIo, type OutputFormat } from '../io';

export const transferExportOptions = {} as const;
export const transferImportOptions = {} as const;

export function transferExportCommand(_store: Store, _values: Record<string, string | boolean | undefined>, _io: CliIo, _t: i18n['t'], _format: OutputFormat) {
  return EXIT_USAGE;
}

export function transferImportCommand(
  _store: Store,
  _values: Record<string, string | boolean | undefined>,
  _operands: readonly string[],
  _io: CliIo,
  _t: i18n['t'],
  _format: OutputFormat,
) {
  return EXIT_USAGE;
}
