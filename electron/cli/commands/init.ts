import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { HomeOrganisation } from '../../../shared/org/schemas';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

export const initOptions = {
  code: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  'parent-code': { type: 'string' },
  'parent-name': { type: 'string' },
} as const;

const OPTION_FOR_FIELD: Record<string, string> = {
  code: '--code',
  name: '--name',
  kind: '--kind',
  parentCode: '--parent-code',
  parentName: '--parent-name',
};

type InitValues = Partial<Record<keyof typeof initOptions, string>>;

export async function initCommand(store: Store, values: InitValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'org.setupHome', {
    code: values.code,
    name: values.name,
    kind: values.kind,
    parentCode: values['parent-code'],
    parentName: values['parent-name'],
  });
  if (!result.ok) return printRefusal(io, t, result.error, (path) => OPTION_FOR_FIELD[path] ?? path, format);
  const home = result.data as HomeOrganisation;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(home, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${t('cli.initDone', { name: home.name, code: home.code, kind: t(`org.kind.${home.kind}.label`) })}\n`);
  if (home.parent) io.stdout(`${t('cli.initParent', home.parent)}\n`);
  return EXIT_OK;
}
