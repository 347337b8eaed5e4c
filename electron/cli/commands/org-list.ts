import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import { formatViDate } from '../../../shared/dates/calendar';
import type { OrgUnit } from '../../../shared/members/views';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

const INDENT = '  ';

/** How deep each unit sits: the list comes in reading order, so a unit's parent is always met before it. */
function depths(units: readonly OrgUnit[]): number[] {
  const depthOf = new Map<string, number>();
  return units.map((unit) => {
    const parentDepth = unit.parentCode === null ? undefined : depthOf.get(unit.parentCode);
    const depth = parentDepth === undefined ? 0 : parentDepth + 1;
    depthOf.set(unit.code, depth);
    return depth;
  });
}

function describe(unit: OrgUnit, t: i18n['t']): string {
  const text = t('cli.orgListUnit', { name: unit.name, code: unit.code, kind: t(`org.kind.${unit.kind}.label`) });
  if (unit.closedOn !== null) return t('cli.orgListClosed', { unit: text, date: formatViDate(unit.closedOn) });
  return unit.isHome ? t('cli.orgListHome', { unit: text }) : text;
}

/**
 * `sochibo org list`: the register's units as a tree is read, the home unit first and each unit indented under the
 * unit it belongs to. `--format json` gives the list as the API does, in the same order, with each unit's parent code.
 */
export async function orgListCommand(store: Store, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'org.list', {});
  if (!result.ok) return printRefusal(io, t, result.error, (path) => path, format);
  const units = result.data as OrgUnit[];
  if (units.length === 0) {
    return printRefusal(io, t, { type: 'not_found', message: 'cli.noHome', params: { file: store.file } }, (path) => path, format);
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify(units, null, 2)}\n`);
    return EXIT_OK;
  }
  const levels = depths(units);
  io.stdout(units.map((unit, index) => `${INDENT.repeat(levels[index] ?? 0)}${describe(unit, t)}\n`).join(''));
  return EXIT_OK;
}
