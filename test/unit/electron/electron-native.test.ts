import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  childEnv,
  copyPackageWithoutBuild,
  expectedStamp,
  isUpToDate,
  NativeBuildError,
  nativePaths,
  prepareElectronNative,
  type RunNodeScript,
} from '../../../build/electron-native.mjs';

const facts = { electronVersion: '45.4.1', betterSqliteVersion: '12.11.1', platform: 'linux', arch: 'x64' };

describe('the version stamp', () => {
  const expected = expectedStamp(facts);

  it('changes with Electron, better-sqlite3, the platform and the architecture', () => {
    const variants = [
      { ...facts, electronVersion: '46.0.0' },
      { ...facts, betterSqliteVersion: '12.12.0' },
      { ...facts, platform: 'win32' },
      { ...facts, arch: 'arm64' },
    ].map(expectedStamp);
    expect(new Set([expected, ...variants]).size).toBe(5);
  });

  it('vouches for the binding only when both exist and match', () => {
    expect(isUpToDate({ bindingExists: true, stamp: expected, expected })).toBe(true);
    expect(isUpToDate({ bindingExists: false, stamp: expected, expected })).toBe(false);
    expect(isUpToDate({ bindingExists: true, stamp: null, expected })).toBe(false);
    expect(isUpToDate({ bindingExists: true, stamp: expectedStamp({ ...facts, electronVersion: '44.0.0' }), expected })).toBe(false);
  });
});

describe('childEnv', () => {
  it('drops nodedir in any spelling, so node-gyp uses Electron’s headers, and keeps the rest', () => {
    const env = childEnv({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin', npm_config_proxy: 'http://proxy' });
    expect(env).toEqual({ PATH: '/bin', npm_config_proxy: 'http://proxy' });
  });
});

/** A checkout in miniature: electron's and better-sqlite3's package.json, Node's build, and prebuild-install. */
function fakeCheckout() {
  const root = mkdtempSync(join(tmpdir(), 'sochibo-native-'));
  const modules = join(root, 'node_modules');
  mkdirSync(join(modules, 'electron'), { recursive: true });
  writeFileSync(join(modules, 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  const sqlite = join(modules, 'better-sqlite3');
  mkdirSync(join(sqlite, 'build', 'Release'), { recursive: true });
  mkdirSync(join(sqlite, 'lib'), { recursive: true });
  mkdirSync(join(sqlite, 'buildtools'), { recursive: true });
  writeFileSync(join(sqlite, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  writeFileSync(join(sqlite, 'lib', 'index.js'), '');
  writeFileSync(join(sqlite, 'buildtools', 'keep.txt'), '');
  writeFileSync(join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'node abi');
  mkdirSync(join(modules, 'prebuild-install'), { recursive: true });
  writeFileSync(join(modules, 'prebuild-install', 'package.json'), JSON.stringify({ name: 'prebuild-install', version: '7.1.3' }));
  writeFileSync(join(modules, 'prebuild-install', 'bin.js'), '');
  return root;
}

/** Pretends to be a tool that leaves the Electron build where better-sqlite3's own install would. */
const producesBinding: RunNodeScript = (_script, _args, { cwd }) => {
  mkdirSync(join(cwd, 'build', 'Release'), { recursive: true });
  writeFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), 'electron abi');
  return true;
};

describe('copyPackageWithoutBuild', () => {
  let root: string;
  beforeEach(() => {
    root = fakeCheckout();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('copies everything but build/', () => {
    const { source } = nativePaths(root);
    const target = join(root, 'copy');
    copyPackageWithoutBuild(source, target);
    expect(existsSync(join(target, 'package.json'))).toBe(true);
    expect(existsSync(join(target, 'lib', 'index.js'))).toBe(true);
    expect(existsSync(join(target, 'buildtools', 'keep.txt'))).toBe(true);
    expect(existsSync(join(target, 'build'))).toBe(false);
  });
});

describe('prepareElectronNative', () => {
  let root: string;
  const log = () => {};
  const env = { npm_config_nodedir: '/usr', npm_config_node_gyp: '/npm/node-gyp.js', PATH: '/bin' };

  beforeEach(() => {
    root = fakeCheckout();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const nodeBuild = () => readFileSync(join(nativePaths(root).source, 'build', 'Release', 'better_sqlite3.node'), 'utf8');

  it('fetches the prebuilt binary into out/native/electron, stamps it, and leaves node_modules alone', () => {
    const run = vi.fn<RunNodeScript>((script, args, options) => {
      expect(existsSync(join(options.cwd, 'build')), 'the copy starts without a build').toBe(false);
      return producesBinding(script, args, options);
    });
    expect(prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run, log })).toBe('built');

    expect(run).toHaveBeenCalledTimes(1);
    const [script, args, options] = run.mock.calls[0] ?? [];
    expect(script).toBe(join(root, 'node_modules', 'prebuild-install', 'bin.js'));
    expect(args).toEqual(['--runtime', 'electron', '--target', '45.4.1', '--arch', 'x64', '--platform', 'linux', '--verbose']);
    expect(options?.cwd).toBe(nativePaths(root).workDir);

    const paths = nativePaths(root);
    expect(readFileSync(paths.binding, 'utf8')).toBe('electron abi');
    expect(readFileSync(paths.stamp, 'utf8')).toBe(expectedStamp(facts));
    expect(nodeBuild()).toBe('node abi');
    expect(existsSync(paths.workDir)).toBe(false);
  });

  it('does nothing the second time', () => {
    prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run: producesBinding, log });
    const run = vi.fn<RunNodeScript>();
    expect(prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run, log })).toBe('up-to-date');
    expect(run).not.toHaveBeenCalled();
  });

  it('builds again when Electron changes', () => {
    prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run: producesBinding, log });
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '46.0.0' }));
    const run = vi.fn(producesBinding);
    expect(prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run, log })).toBe('built');
    expect(run.mock.calls[0]?.[1]).toContain('46.0.0');
  });

  it('compiles against Electron’s headers, without the npmrc’s nodedir, when no prebuilt binary is found', () => {
    const run = vi.fn<RunNodeScript>((script, args, options) => script.endsWith('node-gyp.js') && producesBinding(script, args, options));
    expect(prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run, log })).toBe('built');
    expect(run).toHaveBeenCalledTimes(2);
    const [script, args, options] = run.mock.calls[1] ?? [];
    expect(script).toBe('/npm/node-gyp.js');
    expect(args).toEqual(expect.arrayContaining(['rebuild', '--runtime=electron', '--target=45.4.1', '--dist-url=https://electronjs.org/headers']));
    expect(options?.env).not.toHaveProperty('npm_config_nodedir');
    expect(options?.env).toHaveProperty('PATH', '/bin');
    expect(nodeBuild()).toBe('node abi');
  });

  it('fails with a message for people, and no stamp, when both ways fail (offline)', () => {
    const run = vi.fn<RunNodeScript>(() => false);
    expect(() => prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run, log })).toThrow(NativeBuildError);
    expect(() => prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run, log })).toThrow(/kết nối Internet/);
    const paths = nativePaths(root);
    expect(existsSync(paths.stamp)).toBe(false);
    expect(existsSync(paths.binding)).toBe(false);
    expect(nodeBuild()).toBe('node abi');
  });

  it('does not trust an old stamp once a rebuild has failed', () => {
    prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run: producesBinding, log });
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '46.0.0' }));
    expect(() => prepareElectronNative({ root, platform: 'linux', arch: 'x64', env, run: () => false, log })).toThrow(NativeBuildError);
    expect(existsSync(nativePaths(root).stamp)).toBe(false);
  });
});
