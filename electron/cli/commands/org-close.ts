import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import { formatViDate } from '../../../shared/dates/calendar';
import type { OrgUnit } from '../../../shared/members/views';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

export const orgCloseOptions = {
  code: { type: 'string' },
  date: { type: 'string' },
} as const;

const OPTION_FOR_FIELD: Record<string, string> = { code: '--code', closedOn: '--date' };

type OrgCloseValues = Partial<Record<keyof typeof orgCloseOptions, string>>;

/**
 * `sochibo org close`: the unit is recorded as closed from the date given (dd/mm/yyyy, as everywhere). It stays in the
 * register; the service refuses while open units are under it or members take part in it from that day on.
 */
export async function orgCloseCommand(store: Store, values: OrgCloseValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'org.close', { code: values.code, closedOn: values.date });
  if (!result.ok) return printRefusal(io, t, result.error, (path) => OPTION_FOR_FIELD[path] ?? path, format);
  const unit = result.data as OrgUnit;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(unit, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${t('cli.orgClosed', { name: unit.name, code: unit.code, date: unit.closedOn ? formatViDate(unit.closedOn) : '' })}\n`);
  return EXIT_OK;
}
