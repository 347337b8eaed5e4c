import type { BuildOptions } from 'esbuild';

export declare const bundles: {
  main: BuildOptions & { outfile: string };
  preload: BuildOptions & { outfile: string };
};

/** Writes both bundles; `outdir` (absolute) replaces out/electron, for tests. */
export declare function bundleElectron(options?: { outdir?: string }): Promise<void>;
