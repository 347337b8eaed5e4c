// Prepares better-sqlite3's addon for Electron's ABI in out/native/electron/, for `npm start` and `npm run dist`.
//
// node_modules/better-sqlite3/build stays built for Node: the tests and the command line need it, and rebuilding it
// back and forth breaks one runtime or the other (offline, @electron/rebuild even deletes it). So this script works
// on a copy of the package without its build/ folder and keeps only the resulting .node file, which the desktop app
// loads through better-sqlite3's `nativeBinding` option (electron/main/native-binding.ts). A stamp records what the
// file was made for, so the work is redone only when Electron, better-sqlite3 or the machine changes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BINDING_FILE = 'better_sqlite3.node';
/** Where the Electron build goes, relative to the checkout; native-binding.ts and electron-builder.json read it here. */
export const NATIVE_DIR = 'out/native/electron';
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function nativePaths(root) {
  const dir = join(root, ...NATIVE_DIR.split('/'));
  return {
    dir,
    binding: join(dir, BINDING_FILE),
    stamp: join(dir, 'electron-version.txt'),
    workDir: join(root, 'out', 'native', 'electron-build'),
    source: join(root, 'node_modules', 'better-sqlite3'),
  };
}

/** What the binding must have been made for: a change in any part means another ABI or another machine. */
export function expectedStamp({ electronVersion, betterSqliteVersion, platform, arch }) {
  return `electron ${electronVersion}\nbetter-sqlite3 ${betterSqliteVersion}\n${platform}-${arch}\n`;
}

export function readStamp(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function isUpToDate({ bindingExists, stamp, expected }) {
  return bindingExists && stamp === expected;
}

/**
 * The child's environment without `nodedir`: an npmrc's `nodedir` (this project's machines set `/usr`) reaches
 * node-gyp as npm_config_nodedir and would make it compile against Node's headers instead of Electron's.
 */
export function childEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

/** Copies the better-sqlite3 package (sources, lib, deps) without its build/ folder, which must stay Node's. */
export function copyPackageWithoutBuild(source, target) {
  rmSync(target, { recursive: true, force: true });
  const build = resolve(source, 'build');
  cpSync(source, target, {
    recursive: true,
    filter: (path) => relative(build, resolve(path)).startsWith('..'),
  });
}

function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/** Runs a Node script and says whether it succeeded; its output goes straight to the terminal. */
function runNodeScript(script, args, { cwd, env }) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, env, stdio: 'inherit' });
  return result.status === 0;
}

/** node-gyp from node_modules, else the one npm ships (npm tells its scripts where it is). */
function findNodeGyp(root, env) {
  try {
    return createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return env.npm_config_node_gyp ?? null;
  }
}

export class NativeBuildError extends Error {}

/**
 * Makes sure out/native/electron/better_sqlite3.node fits the installed Electron. Returns 'up-to-date' or 'built';
 * throws NativeBuildError with a message for people when neither a prebuilt binary nor a compile worked.
 */
export function prepareElectronNative({
  root,
  platform = process.platform,
  arch = process.arch,
  env = process.env,
  run = runNodeScript,
  log = console.log,
}) {
  const paths = nativePaths(root);
  const electronVersion = packageVersion(join(root, 'node_modules', 'electron'));
  const expected = expectedStamp({ electronVersion, betterSqliteVersion: packageVersion(paths.source), platform, arch });
  if (isUpToDate({ bindingExists: existsSync(paths.binding), stamp: readStamp(paths.stamp), expected })) {
    log(`better-sqlite3 cho Electron ${electronVersion} đã sẵn sàng — already prepared (${relative(root, paths.binding)}).`);
    return 'up-to-date';
  }

  log(`Đang chuẩn bị better-sqlite3 cho Electron ${electronVersion} (${platform}-${arch}) — preparing it for Electron…`);
  // An interrupted run must not leave a stamp that vouches for an old binding.
  rmSync(paths.stamp, { force: true });
  copyPackageWithoutBuild(paths.source, paths.workDir);
  const options = { cwd: paths.workDir, env: childEnv(env) };

  log('Tải bản dựng sẵn — downloading a prebuilt binary (prebuild-install)…');
  const prebuildInstall = createRequire(join(paths.source, 'package.json')).resolve('prebuild-install/bin.js');
  let built = run(prebuildInstall, ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform, '--verbose'], options);

  if (!built) {
    const nodeGyp = findNodeGyp(root, env);
    if (nodeGyp) {
      log('Không có bản dựng sẵn; biên dịch từ mã nguồn — no prebuilt binary; compiling from source (node-gyp, a few minutes)…');
      built = run(nodeGyp, ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`], options);
    }
  }

  const produced = join(paths.workDir, 'build', 'Release', BINDING_FILE);
  if (!built || !existsSync(produced)) {
    throw new NativeBuildError(
      [
        `Không chuẩn bị được better-sqlite3 cho Electron ${electronVersion}: không tải được bản dựng sẵn, cũng không biên dịch được.`,
        'Việc này cần kết nối Internet (lần đầu và mỗi khi đổi phiên bản Electron); biên dịch còn cần Python và trình biên dịch C++.',
        `Could not prepare better-sqlite3 for Electron ${electronVersion}: no prebuilt binary could be downloaded and compiling failed.`,
        'This needs an internet connection (the first time and after each Electron upgrade); compiling also needs Python and a C++ compiler.',
        'node_modules không bị thay đổi; các lệnh kiểm thử vẫn chạy — node_modules was not changed; the tests still run.',
      ].join('\n'),
    );
  }

  mkdirSync(paths.dir, { recursive: true });
  // Written beside and renamed into place, so the app never loads a half-copied file.
  copyFileSync(produced, `${paths.binding}.tmp`);
  renameSync(`${paths.binding}.tmp`, paths.binding);
  writeFileSync(paths.stamp, expected);
  rmSync(paths.workDir, { recursive: true, force: true });
  log(`Xong — done: ${relative(root, paths.binding)}`);
  return 'built';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    prepareElectronNative({ root: fileURLToPath(new URL('..', import.meta.url)) });
  } catch (error) {
    if (!(error instanceof NativeBuildError)) throw error;
    console.error(`\n${error.message}`);
    process.exitCode = 1;
  }
}
