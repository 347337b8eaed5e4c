import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { HomeOrganisation } from '../../../shared/org/schemas';
import type { Store } from '../../../db/store';
import { EXIT_OK, EXIT_REFUSED, printRefusal, type CliIo, type OutputFormat } from '../io';

export async function infoCommand(store: Store, io: CliIo, t: i18n['t'], format: OutputFormat): Promise<number> {
  const result = await dispatch(store.handlers, 'org.home', {});
  if (!result.ok) return printRefusal(io, t, result.error, (path) => path, format);
  const home = result.data as HomeOrganisation | null;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ databasePath: store.file, home }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (!home) {
    io.stderr(`${t('cli.noHome', { file: store.file })}\n`);
    return EXIT_REFUSED;
  }
  const kind = t(`org.kind.${home.kind}.label`);
  io.stdout(`${t('cli.home', { name: home.name, code: home.code, kind, file: store.file })}\n`);
  return EXIT_OK;
}
