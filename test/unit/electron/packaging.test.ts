import { builtinModules } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron, bundles } from '../../../build/bundle-electron.mjs';
import { BINDING_FILE, NATIVE_DIR, nativePaths } from '../../../build/electron-native.mjs';
import { appLayout } from '../../../electron/main/app-layout';
import { nativeBindingPath } from '../../../electron/main/native-binding';
import { IPC_CHANNEL } from '../../../shared/api/bridge';
import viteConfig from '../../../vite.config';
import { NODE_BINDING } from './native';

// The build scripts, the packaging config and the main process must agree on where every part of the app is:
// a mismatch only shows once an installer is built and run, far from here.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const builder = readJson('build/electron-builder.json') as {
  files: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
  asar: boolean;
  directories: { output: string };
};
const pkg = readJson('package.json') as { main: string; scripts: Record<string, string> };

describe('build/electron-builder.json', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(validateConfiguration(builder as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('never rebuilds node_modules, which must stay built for Node', () => {
    expect(builder.npmRebuild).toBe(false);
  });

  it('ships the Electron build of the addon where the packaged app looks for it', () => {
    const [resource] = builder.extraResources;
    expect(resource?.from).toBe(`${NATIVE_DIR}/${BINDING_FILE}`);
    const resourcesPath = '/opt/SoChiBo/resources';
    expect(nativeBindingPath({ isPackaged: true, resourcesPath, appPath: `${resourcesPath}/app.asar` })).toBe(
      join(resourcesPath, resource?.to ?? ''),
    );
  });

  it('packs the bundles and the renderer, and not the sources', () => {
    expect(builder.asar).toBe(true);
    expect(builder.files).toEqual(expect.arrayContaining(['out/electron/**', 'out/renderer/**', 'package.json']));
    expect(builder.files.filter((pattern) => /^(electron|db|shared|renderer|test)\//.test(pattern))).toEqual([]);
    expect(builder.directories.output.startsWith('out/')).toBe(true);
  });

  it('is the config `npm run dist` uses, after preparing the addon', () => {
    expect(pkg.scripts.dist).toContain('--config build/electron-builder.json');
    expect(pkg.scripts.dist).toContain('node build/electron-native.mjs');
    expect(pkg.scripts.prestart).toContain('node build/electron-native.mjs');
  });
});

describe('the places the app finds its parts', () => {
  it('starts Electron on the main bundle', () => {
    expect(pkg.main).toBe(bundles.main.outfile);
  });

  it('loads the preload bundle and the renderer build from where they are written', () => {
    const layout = appLayout(root);
    expect(relative(root, layout.preload).split('\\').join('/')).toBe(bundles.preload.outfile);
    expect(layout.rendererRoot).toBe(join(viteConfig.build?.outDir ?? ''));
  });

  it('loads the development addon from where build/electron-native.mjs writes it', () => {
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '', appPath: root })).toBe(nativePaths(root).binding);
  });
});

describe('build/bundle-electron.mjs', () => {
  let outdir: string;
  const requires = (file: string) => [...readFileSync(join(outdir, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'sochibo-bundle-'));
    await bundleElectron({ outdir });
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('leaves the main process only Electron, better-sqlite3 and Node to require', () => {
    // Node's own modules may be asked for bare (exceljs does: "crypto", "zlib"); Electron's main process has them all.
    const allowed = new Set(['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    for (const name of requires('main.cjs')) expect(allowed, name).toContain(name);
    expect(requires('main.cjs')).toContain('better-sqlite3');
  });

  it('makes the preload one file that requires nothing but electron, as a sandbox demands', () => {
    expect(new Set(requires('preload.cjs'))).toEqual(new Set(['electron']));
  });

  function runBundledMain(prepare: (appPath: string) => void) {
    const work = mkdtempSync(join(tmpdir(), 'sochibo-run-'));
    const appPath = join(work, 'app');
    prepare(appPath);
    const dbFile = join(work, 'data', 'sochibo.sqlite');
    const child = spawnSync(process.execPath, [join(root, 'test/unit/electron/fixtures/run-main-bundle.mjs'), join(outdir, 'main.cjs'), appPath], {
      // The bundle lies outside the checkout, so this also proves it finds better-sqlite3 as a package at run time.
      env: { ...process.env, SOCHIBO_DB: dbFile, NODE_PATH: join(root, 'node_modules') },
      encoding: 'utf8',
    });
    rmSync(work, { recursive: true, force: true });
    const events = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as { event: string; [key: string]: unknown });
    return { appPath, dbFile, stderr: child.stderr, events, names: events.map((e) => e.event) };
  }

  it('gives a main process that starts, opens the register and answers the page (Electron stood in for)', () => {
    const run = runBundledMain((appPath) => {
      mkdirSync(join(appPath, 'out', 'native', 'electron'), { recursive: true });
      symlinkSync(NODE_BINDING, join(appPath, 'out', 'native', 'electron', 'better_sqlite3.node'));
    });
    expect(run.stderr).toBe('');
    expect(run.names).toEqual(['setPath', 'setPath', 'protocol', 'menu', 'window', 'load', 'ipc']);
    expect(run.events.find((e) => e.event === 'window')).toEqual({
      event: 'window',
      preload: join(run.appPath, 'out', 'electron', 'preload.cjs'),
      sandbox: true,
    });
    expect(run.events.at(-1)).toEqual({
      event: 'ipc',
      channel: IPC_CHANNEL,
      result: { ok: true, data: { version: '0.0.0-bundle', databasePath: run.dbFile } },
    });
  });

  it('gives a main process that refuses politely without the Electron build of the addon', () => {
    const run = runBundledMain(() => {});
    expect(run.names).toEqual(['setPath', 'setPath', 'errorBox', 'quit']);
    expect(run.events[2]).toMatchObject({ title: 'Không mở được Sổ Chi bộ' });
  });
});
