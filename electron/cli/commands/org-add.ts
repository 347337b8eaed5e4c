import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { OrgUnit } from '../../../shared/members/views';
import type { HomeOrganisation } from '../../../shared/org/schemas';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

export const orgAddOptions = {
  code: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  parent: { type: 'string' },
} as const;

const OPTION_FOR_FIELD: Record<string, string> = { code: '--code', name: '--name', kind: '--kind', parentCode: '--parent' };

type OrgAddValues = Partial<Record<keyof typeof orgAddOptions, string>>;

/** `sochibo org add`: a unit managed directly by this register; without --parent it goes under the home unit. */
export async function orgAddCommand(store: Store, values: OrgAddValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const optionFor = (path: string) => OPTION_FOR_FIELD[path] ?? path;
  let parentCode = values.parent;
  if (parentCode === undefined) {
    const home = await dispatch(store.handlers, 'org.home', {});
    if (!home.ok) return printRefusal(io, t, home.error, optionFor, format);
    const homeOrganisation = home.data as HomeOrganisation | null;
    if (!homeOrganisation) {
      return printRefusal(io, t, { type: 'not_found', message: 'cli.noHome', params: { file: store.file } }, optionFor, format);
    }
    parentCode = homeOrganisation.code;
  }
  const result = await dispatch(store.handlers, 'org.add', { code: values.code, name: values.name, kind: values.kind, parentCode });
  if (!result.ok) return printRefusal(io, t, result.error, optionFor, format);
  const unit = result.data as OrgUnit;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(unit, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${t('cli.orgAdded', { name: unit.name, code: unit.code, kind: t(`org.kind.${unit.kind}.label`), parent: unit.parentCode ?? '' })}\n`);
  return EXIT_OK;
}
