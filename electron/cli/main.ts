import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { i18n } from 'i18next';
import { createTranslator } from '../../shared/i18n/translator';
import { StoreOpenError } from '../../db/errors';
import type { Store } from '../../db/store';
import { nodeDatabasePath, openNodeStore } from '../common/node-store';
import { completenessCommand, completenessOptions } from './commands/completeness';
import { exportCommand, exportOptions } from './commands/export';
import { importCommand, importOptions } from './commands/import';
import { infoCommand } from './commands/info';
import { initCommand, initOptions } from './commands/init';
import { keysExportCommand, keysExportOptions, keysExportUsageProblem, keysShowCommand } from './commands/keys';
import { membersImportCommand, membersImportOptions } from './commands/members-import';
import { orgAddCommand, orgAddOptions } from './commands/org-add';
import { orgCloseCommand, orgCloseOptions } from './commands/org-close';
import { orgListCommand } from './commands/org-list';
import { orgMoveCommand, orgMoveOptions } from './commands/org-move';
import { orgRenameCommand, orgRenameOptions } from './commands/org-rename';
import { transferExportCommand, transferExportOptions, transferImportCommand, transferImportOptions } from './commands/transfer';
import { reportCommand, reportOptions, reportUsageProblem, type ReportFormat } from './commands/report';
import { EXIT_OK, EXIT_USAGE, printRefusal, type CliIo, type OutputFormat } from './io';
import { describeUsageError } from './usage';

const globalOptions = {
  db: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Each command by its words (`members import`), with its options and the arguments that follow its words, named as
 * the usage names them.
 */
const commands = {
  init: { options: initOptions, operands: [] },
  info: { options: {}, operands: [] },
  'org add': { options: orgAddOptions, operands: [] },
  'org rename': { options: orgRenameOptions, operands: [] },
  'org move': { options: orgMoveOptions, operands: [] },
  'org close': { options: orgCloseOptions, operands: [] },
  'org list': { options: {}, operands: [] },
  'members import': { options: membersImportOptions, operands: ['TỆP.xlsx'] },
  report: { options: reportOptions, operands: [] },
  'keys show': { options: {}, operands: [] },
  'keys export': { options: keysExportOptions, operands: [] },
  export: { options: exportOptions, operands: [] },
  import: { options: importOptions, operands: ['TỆP|THƯ_MỤC…'] },
  completeness: { options: completenessOptions, operands: [] },
  'transfer export': { options: transferExportOptions, operands: [] },
  'transfer import': { options: transferImportOptions, operands: ['TỆP'] },
} as const satisfies Record<string, { options: ParseArgsConfig['options']; operands: readonly string[] }>;

type Command = keyof typeof commands;
const COMMANDS_THAT_CREATE: ReadonlySet<Command> = new Set(['init']);
const isCommand = (name: string): name is Command => Object.hasOwn(commands, name);

/** The command the first words name, or the usage error that says why none does. */
function findCommand(positionals: readonly string[], t: i18n['t']): { name: Command; words: number } | { error: string } {
  const [first = '', second] = positionals;
  if (isCommand(first)) return { name: first, words: 1 };
  const subcommands = Object.keys(commands)
    .filter((name) => name.startsWith(`${first} `))
    .map((name) => name.slice(first.length + 1));
  if (subcommands.length === 0) return { error: t('cli.unknownCommand', { command: first }) };
  const name = `${first} ${second ?? ''}`;
  if (second !== undefined && isCommand(name)) return { name, words: 2 };
  const params = { command: first, subcommand: second ?? '', subcommands: subcommands.join(', ') };
  return { error: t(second === undefined ? 'cli.missingSubcommand' : 'cli.unknownSubcommand', params) };
}

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
  const found = findCommand(loose.positionals, t);
  if ('error' in found) return usageError(io, t, found.error);
  const command = commands[found.name];

  let values: Record<string, string | boolean | undefined>;
  let operands: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    operands = parsed.positionals.slice(found.words);
    // An operand named with a final '…' takes one or more values (`sochibo import A.scb B.scb thư-mục`).
    const extra = command.operands.some((operand) => operand.endsWith('…')) ? undefined : operands[command.operands.length];
    if (extra !== undefined) throw Object.assign(new Error(`'${extra}'`), { code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' });
    // The options are one command's among several, which parseArgs' types cannot follow; they are strings or flags.
    values = parsed.values as Record<string, string | boolean | undefined>;
  } catch (error) {
    return usageError(io, t, describeUsageError(error, t));
  }
  const missing = command.operands[operands.length];
  if (missing !== undefined) return usageError(io, t, t('cli.missingOperand', { operand: missing, command: found.name }));
  const format = String(values.format ?? 'text');
  // The report alone also writes files (xlsx, pdf); every other command prints text or JSON.
  if (found.name === 'report') {
    const problem = reportUsageProblem(values as Record<string, string | undefined>, format, t);
    if (problem !== undefined) return usageError(io, t, problem);
  } else if (format !== 'text' && format !== 'json') return usageError(io, t, t('cli.badFormat', { format }));
  if (found.name === 'keys export') {
    const problem = keysExportUsageProblem(values as Record<string, string | undefined>, t);
    if (problem !== undefined) return usageError(io, t, problem);
  }

  const context = { argv, env: io.env, cwd: io.cwd };
  // Refusals of a command that writes a file are said in words.
  const refusalFormat: OutputFormat = format === 'json' ? 'json' : 'text';
  // Reading commands must not leave an empty register behind when --db names a file that is not there.
  if (!COMMANDS_THAT_CREATE.has(found.name) && !existsSync(nodeDatabasePath(context))) {
    return printRefusal(io, t, { type: 'not_found', message: 'cli.noRegister', params: { file: nodeDatabasePath(context) } }, String, refusalFormat);
  }
  let store: Store;
  try {
    store = openNodeStore(context);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    return printRefusal(io, t, { type: 'internal', message: error.key, params: error.params }, String, refusalFormat);
  }
  try {
    return await runCommand(found.name, store, values, operands, io, t, format);
  } finally {
    store.close();
  }
}

function runCommand(
  name: Command,
  store: Store,
  values: Record<string, string | boolean | undefined>,
  operands: readonly string[],
  io: CliIo,
  t: i18n['t'],
  chosenFormat: string,
) {
  // Checked above: text or json for every command, and xlsx or pdf too for the report.
  const format = chosenFormat as OutputFormat;
  switch (name) {
    case 'init':
      // parseArgs gives strings for the string options init declares.
      return initCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'info':
      return infoCommand(store, io, t, format);
    case 'org add':
      return orgAddCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'org rename':
      return orgRenameCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'org move':
      return orgMoveCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'org close':
      return orgCloseCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'org list':
      return orgListCommand(store, io, t, format);
    case 'members import':
      return membersImportCommand(store, { file: operands[0] ?? '', 'dry-run': values['dry-run'] === true }, io, t, format);
    case 'report':
      return reportCommand(store, values as Record<string, string | undefined>, io, t, chosenFormat as ReportFormat);
    case 'keys show':
      return keysShowCommand(store, io, t, format);
    case 'keys export':
      return keysExportCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'export':
      return exportCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'import':
      return importCommand(store, values, operands, io, t, format);
    case 'completeness':
      return completenessCommand(store, values as Record<string, string | undefined>, io, t, format);
    case 'transfer export':
      return transferExportCommand(store, values, io, t, format);
    case 'transfer import':
      return transferImportCommand(store, values, operands, io, t, format);
  }
}
