import { join, resolve } from 'node:path';

/** Folder name under the OS's per-user application data folder; the desktop app sets its userData to the same. */
export const DATA_FOLDER_NAME = 'SoChiBo';
export const DATABASE_FILE_NAME = 'sochibo.sqlite';

export interface PathContext {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
}

/** The per-user folder where the desktop app and the command line keep the register by default. */
export function defaultDataDir({ platform, env, homedir }: PathContext): string {
  if (platform === 'win32') return join(env.APPDATA || join(homedir, 'AppData', 'Roaming'), DATA_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir, 'Library', 'Application Support', DATA_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir, '.config'), DATA_FOLDER_NAME);
}

/** `--db FILE` / `--db=FILE` on the command line. */
export function dbArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--db') return argv[i + 1];
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

/** Which database file to open: `--db`, else SOCHIBO_DB, else the per-user default. */
export function resolveDatabasePath(context: PathContext & { argv: readonly string[]; cwd: string }): string {
  const chosen = dbArgument(context.argv) ?? context.env.SOCHIBO_DB;
  if (chosen) return resolve(context.cwd, chosen);
  return join(defaultDataDir(context), DATABASE_FILE_NAME);
}
