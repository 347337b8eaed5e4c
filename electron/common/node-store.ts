import { homedir } from 'node:os';
import { resolveDatabasePath } from '../../db/paths';
import { openStore, type Store } from '../../db/store';
import { packageVersion } from './app-version';

export interface HostContext {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Opens the register a plain-Node host (command line, preview) was pointed at with --db, SOCHIBO_DB or the default. */
export function openNodeStore({ argv, env, cwd }: HostContext): Store {
  const file = resolveDatabasePath({ argv, env, cwd, platform: process.platform, homedir: homedir() });
  return openStore({ file, appVersion: packageVersion() });
}
