import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { OrgUnit } from '../../../shared/members/views';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

export const orgRenameOptions = {
  code: { type: 'string' },
  name: { type: 'string' },
} as const;

const OPTION_FOR_FIELD: Record<string, string> = { code: '--code', name: '--name' };

type OrgRenameValues = Partial<Record<keyof typeof orgRenameOptions, string>>;

/** `sochibo org rename`: any unit of the register, the home unit included, takes a new name; its code stays. */
export async function orgRenameCommand(store: Store, values: OrgRenameValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'org.rename', { code: values.code, name: values.name });
  if (!result.ok) return printRefusal(io, t, result.error, (path) => OPTION_FOR_FIELD[path] ?? path, format);
  const unit = result.data as OrgUnit;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(unit, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${t('cli.orgRenamed', { code: unit.code, name: unit.name })}\n`);
  return EXIT_OK;
}
