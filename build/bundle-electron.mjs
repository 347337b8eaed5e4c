// Bundles the Electron main process and the preload with esbuild. Run by `npm run build`, after vite has built the
// renderer into out/renderer.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The bundles, as esbuild options relative to the checkout. */
export const bundles = {
  main: {
    entryPoints: ['electron/main/main.ts'],
    outfile: 'out/electron/main.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    // better-sqlite3 loads its addon at run time (the Electron build, through `nativeBinding`), so it stays a package.
    external: ['electron', 'better-sqlite3'],
    sourcemap: true,
  },
  preload: {
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'out/electron/preload.cjs',
    bundle: true,
    // A sandboxed preload can require nothing but 'electron': everything else is in this one file, and the browser
    // platform makes esbuild fail loudly if anything here reaches for a Node module.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    // The call names come from the contract, which brings zod along; the page loads this file on every start.
    minify: true,
    sourcemap: true,
  },
};

export async function bundleElectron({ outdir } = {}) {
  for (const options of Object.values(bundles)) {
    const outfile = outdir ? `${outdir}/${options.outfile.split('/').pop()}` : options.outfile;
    await build({ ...options, outfile, absWorkingDir: root, logLevel: 'warning' });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundleElectron();
  console.log('Đã đóng gói tiến trình chính và preload của Electron vào out/electron/ — Electron main and preload bundled.');
}
