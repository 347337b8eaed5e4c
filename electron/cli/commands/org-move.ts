import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { OrgUnit } from '../../../shared/members/views';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

export const orgMoveOptions = {
  code: { type: 'string' },
  parent: { type: 'string' },
} as const;

const OPTION_FOR_FIELD: Record<string, string> = { code: '--code', parentCode: '--parent' };

type OrgMoveValues = Partial<Record<keyof typeof orgMoveOptions, string>>;

/**
 * `sochibo org move`: the unit, with the units under it and its members, goes under another open unit. The home unit
 * stays where its parent committee put it, and no unit goes under itself or one of its own units.
 */
export async function orgMoveCommand(store: Store, values: OrgMoveValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'org.move', { code: values.code, parentCode: values.parent });
  if (!result.ok) return printRefusal(io, t, result.error, (path) => OPTION_FOR_FIELD[path] ?? path, format);
  const unit = result.data as OrgUnit;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(unit, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${t('cli.orgMoved', { name: unit.name, code: unit.code, parent: unit.parentCode ?? '' })}\n`);
  return EXIT_OK;
}
