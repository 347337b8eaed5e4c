import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultDataDir } from '../../../db/paths';
import { IPC_CHANNEL } from '../../../shared/api/bridge';
import type { ApiResult } from '../../../shared/api/errors';
import type { FakeEmitter } from './fakes';
import { NODE_BINDING } from './native';

// The whole start-up of the desktop app, with Electron faked and the real store underneath.
vi.mock('electron', async () => {
  const { FakeEmitter: Emitter } = await import('./fakes');
  class App extends Emitter {
    lock = true;
    appPath = '';
    readonly isPackaged = false;
    readonly enableSandbox = vi.fn();
    readonly setPath = vi.fn();
    readonly getAppPath = vi.fn(() => this.appPath);
    readonly getVersion = vi.fn(() => '9.9.9');
    readonly requestSingleInstanceLock = vi.fn(() => this.lock);
    readonly quit = vi.fn();
    readonly whenReady = vi.fn(async () => {});
  }
  class BrowserWindow extends Emitter {
    static readonly created: BrowserWindow[] = [];
    readonly loadURL = vi.fn(async () => {});
    readonly show = vi.fn();
    constructor(readonly options: { webPreferences: { preload: string } }) {
      super();
      BrowserWindow.created.push(this);
    }
  }
  return {
    app: new App(),
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
  };
});

interface FakeElectron {
  app: FakeEmitter & {
    lock: boolean;
    appPath: string;
    enableSandbox: ReturnType<typeof vi.fn>;
    setPath: ReturnType<typeof vi.fn>;
    requestSingleInstanceLock: ReturnType<typeof vi.fn>;
    quit: ReturnType<typeof vi.fn>;
    whenReady: ReturnType<typeof vi.fn>;
  };
  BrowserWindow: { created: (FakeEmitter & { options: { webPreferences: { preload: string } }; loadURL: ReturnType<typeof vi.fn> })[] };
  dialog: { showErrorBox: ReturnType<typeof vi.fn> };
  ipcMain: { handle: ReturnType<typeof vi.fn> };
  protocol: { registerSchemesAsPrivileged: ReturnType<typeof vi.fn>; handle: ReturnType<typeof vi.fn> };
  Menu: { setApplicationMenu: ReturnType<typeof vi.fn> };
}

let electron: FakeElectron;
let dir: string;
let dbFile: string;
const savedDb = process.env.SOCHIBO_DB;

beforeEach(async () => {
  vi.resetModules();
  electron = (await import('electron')) as unknown as FakeElectron;
  dir = mkdtempSync(join(tmpdir(), 'sochibo-main-'));
  dbFile = join(dir, 'data', 'sochibo.sqlite');
  process.env.SOCHIBO_DB = dbFile;
  electron.app.appPath = join(dir, 'app');
  electron.app.lock = true;
});

afterEach(() => {
  if (savedDb === undefined) delete process.env.SOCHIBO_DB;
  else process.env.SOCHIBO_DB = savedDb;
  // Closes the store main opened, if any, before its folder goes. The fake outlives the module reset, so its
  // listeners are cleared for the next start.
  electron.app.emit('will-quit');
  electron.app.removeAllListeners();
  rmSync(dir, { recursive: true, force: true });
  vi.clearAllMocks();
  electron.BrowserWindow.created.length = 0;
  vi.restoreAllMocks();
});

/** Lays out what `npm start` leaves in the checkout: the renderer build and the Electron copy of the addon. */
function prepareBuiltApp() {
  const appPath = electron.app.appPath;
  mkdirSync(join(appPath, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html>');
  mkdirSync(join(appPath, 'out', 'native', 'electron'), { recursive: true });
  symlinkSync(NODE_BINDING, join(appPath, 'out', 'native', 'electron', 'better_sqlite3.node'));
}

const startMain = () => import('../../../electron/main/main');

describe('the desktop entry point', () => {
  it('quits at once when another instance is running, without opening the register', async () => {
    electron.app.lock = false;
    await startMain();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('uses the command line’s data folder, set before the lock that lives in it', async () => {
    await startMain();
    const expected = defaultDataDir({ platform: process.platform, env: process.env, homedir: homedir() });
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', expected);
    expect(electron.app.setPath).toHaveBeenCalledWith('sessionData', join(expected, 'electron'));
    const [setPathOrder] = electron.app.setPath.mock.invocationCallOrder;
    const [lockOrder] = electron.app.requestSingleInstanceLock.mock.invocationCallOrder;
    expect(setPathOrder).toBeLessThan(lockOrder ?? 0);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('tells the user in Vietnamese and quits when the Electron build of the database is missing', async () => {
    await startMain();
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Không mở được Sổ Chi bộ');
    expect(message).toContain('Thiếu thành phần cơ sở dữ liệu dành cho Electron');
    expect(message).toContain(join(electron.app.appPath, 'out', 'native', 'electron', 'better_sqlite3.node'));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('opens the register, serves the page, binds the API and shows the window', async () => {
    prepareBuiltApp();
    await startMain();
    await vi.waitFor(() => expect(electron.BrowserWindow.created).toHaveLength(1));
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();

    const window = electron.BrowserWindow.created[0];
    expect(window?.options.webPreferences.preload).toBe(join(electron.app.appPath, 'out', 'electron', 'preload.cjs'));
    expect(window?.loadURL).toHaveBeenCalledWith('app://sochibo/index.html');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    const [scheme, serve] = electron.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await serve(new Request('app://sochibo/index.html'))).status).toBe(200);

    const [channel, invoke] = electron.ipcMain.handle.mock.calls[0] as [
      string,
      (event: unknown, name: string, input: unknown) => Promise<ApiResult<unknown>>,
    ];
    expect(channel).toBe(IPC_CHANNEL);
    const fromPage = { senderFrame: { url: 'app://sochibo/index.html', parent: null } };
    expect(await invoke(fromPage, 'app.info', {})).toEqual({ ok: true, data: { version: '9.9.9', databasePath: dbFile } });
    expect(await invoke(fromPage, 'org.home', {})).toEqual({ ok: true, data: null });

    vi.spyOn(console, 'error').mockImplementation(() => {});
    electron.app.emit('will-quit');
    expect(await invoke(fromPage, 'org.home', {})).toMatchObject({ ok: false, error: { type: 'internal' } });
  });
});
