import { homedir } from 'node:os';
import { resolveDatabasePath } from '../../db/paths';
import { openStore, type Store } from '../../db/store';
import { packageVersion } from './app-version';

export interface HostContext {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The register a plain-Node host (command line, preview) is pointed at: --db, SOCHIBO_DB or the default. */
export function nodeDatabasePath({ argv, env, cwd }: HostContext): string {
  return resolveDatabasePath({ argv, env, cwd, platform: process.platform, homedir: homedir() });
}

export function openNodeStore(context: HostContext): Store {
  return openStore({ file: nodeDatabasePath(context), appVersion: packageVersion() });
}
