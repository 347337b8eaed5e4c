import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { i18n } from 'i18next';
import { createTranslator } from '../../shared/i18n/translator';
import { StoreOpenError } from '../../db/errors';
import type { Store } from '../../db/store';
import { nodeDatabasePath, openNodeStore } from '../common/node-store';
import { infoCommand } from './commands/info';
import { initCommand, initOptions } from './commands/init';
import { EXIT_OK, EXIT_USAGE, printRefusal, type CliIo, type OutputFormat } from './io';
import { describeUsageError } from './usage';

const globalOptions = {
  db: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const commandOptions = {
  init: initOptions,
  info: {},
} as const satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof commandOptions;
const COMMANDS_THAT_CREATE: ReadonlySet<Command> = new Set(['init']);
const isCommand = (name: string | undefined): name is Command => name !== undefined && Object.hasOwn(commandOptions, name);

function usageError(io: CliIo, t: i18n['t'], detail: string): number {
  io.stderr(`${t('cli.usageError', { detail })}\n${t('cli.seeHelp')}\n`);
  return EXIT_USAGE;
}

/** The `sochibo` command. Returns the exit code: 0 done, 1 input refused (nothing changed), 2 usage error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { t } = createTranslator('vi');
  // First pass only finds the command, so that each command's options can then be checked strictly.
  const loose = parseArgs({ args: argv, options: globalOptions, allowPositionals: true, strict: false });
  const name = loose.positionals[0];
  if (loose.values.help === true || name === undefined || name === 'help') {
    io.stdout(`${t('cli.usage')}\n`);
    return EXIT_OK;
  }
  if (!isCommand(name)) return usageError(io, t, t('cli.unknownCommand', { command: name }));

  let values: Record<string, string | boolean | undefined>;
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...globalOptions, ...commandOptions[name] },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.positionals.length > 1) throw Object.assign(new Error(`'${parsed.positionals[1]}'`), { code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' });
    values = parsed.values;
  } catch (error) {
    return usageError(io, t, describeUsageError(error, t));
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(io, t, t('cli.badFormat', { format: String(format) }));

  const context = { argv, env: io.env, cwd: io.cwd };
  // Reading commands must not leave an empty register behind when --db names a file that is not there.
  if (!COMMANDS_THAT_CREATE.has(name) && !existsSync(nodeDatabasePath(context))) {
    return printRefusal(io, t, { type: 'not_found', message: 'cli.noRegister', params: { file: nodeDatabasePath(context) } }, String, format);
  }
  let store: Store;
  try {
    store = openNodeStore(context);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    return printRefusal(io, t, { type: 'internal', message: error.key, params: error.params }, String, format);
  }
  try {
    return await runCommand(name, store, values as Record<string, string | undefined>, io, t, format as OutputFormat);
  } finally {
    store.close();
  }
}

function runCommand(name: Command, store: Store, values: Record<string, string | undefined>, io: CliIo, t: i18n['t'], format: OutputFormat) {
  switch (name) {
    case 'init':
      return initCommand(store, values, io, t, format);
    case 'info':
      return infoCommand(store, io, t, format);
  }
}
