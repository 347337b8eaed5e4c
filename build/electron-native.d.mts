export declare const BINDING_FILE: string;
export declare const NATIVE_DIR: string;

export interface NativePaths {
  dir: string;
  binding: string;
  stamp: string;
  workDir: string;
  source: string;
}
export declare function nativePaths(root: string): NativePaths;

export interface StampFacts {
  electronVersion: string;
  betterSqliteVersion: string;
  platform: string;
  arch: string;
}
export declare function expectedStamp(facts: StampFacts): string;
export declare function readStamp(file: string): string | null;
export declare function isUpToDate(state: { bindingExists: boolean; stamp: string | null; expected: string }): boolean;
export declare function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function copyPackageWithoutBuild(source: string, target: string): void;

export declare class NativeBuildError extends Error {}

export type RunNodeScript = (script: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => boolean;
export declare function prepareElectronNative(options: {
  root: string;
  platform?: string;
  arch?: string;
  env?: NodeJS.ProcessEnv;
  run?: RunNodeScript;
  log?: (line: string) => void;
}): 'up-to-date' | 'built';
