import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, dialog, ipcMain, protocol, type BrowserWindow } from 'electron';
import { defaultDataDir, resolveDatabasePath } from '../../db/paths';
import { readSettings } from '../../db/settings/queries';
import type { Store } from '../../db/store';
import { createTranslator } from '../../shared/i18n/translator';
import { appLayout } from './app-layout';
import { bindApi, isTrustedSender } from './ipc';
import { installMenu } from './menu';
import { nativeBindingPath } from './native-binding';
import { openRegister } from './open-register';
import { registerAppScheme, serveApp } from './protocol';
import { applySecurityGuards } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// The desktop entry point: wiring only. Each part lives, and is tested, in its own module.

const { t } = createTranslator('vi');
const paths = { env: process.env, platform: process.platform, homedir: homedir() };
let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

// These must happen before the app is ready.
app.enableSandbox();
registerAppScheme(protocol);
applySecurityGuards(app);
// The same folder as the command line's default register. Set before taking the lock, which lives in this folder.
const dataDir = defaultDataDir(paths);
app.setPath('userData', dataDir);
// Chromium's caches and storage go in a subfolder, so the folder a secretary opens shows the register and its backups.
app.setPath('sessionData', join(dataDir, 'electron'));

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Start-up failed', error);
      refuseToStart(`${t('errors.internal')}\n\n${error instanceof Error ? error.message : String(error)}`);
    });
}

function start(): void {
  const appPath = app.getAppPath();
  const opened = openRegister({
    file: resolveDatabasePath({ ...paths, argv: process.argv, cwd: process.cwd() }),
    appVersion: app.getVersion(),
    nativeBinding: nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath }),
    t,
  });
  if (!opened.ok) return refuseToStart(opened.message);
  store = opened.store;

  const layout = appLayout(appPath);
  serveApp(protocol, layout.rendererRoot);
  bindApi(ipcMain, store.handlers, isTrustedSender);
  // The menu speaks the language chosen in settings (it is rebuilt at the next start when that changes).
  const ui = createTranslator(readSettings(store.db).language).t;
  installMenu({ t: ui, isPackaged: app.isPackaged, version: app.getVersion(), file: store.file, window: () => mainWindow });
  mainWindow = createMainWindow({ preload: layout.preload, title: ui('app.name') });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function refuseToStart(message: string): void {
  dialog.showErrorBox(t('dialogs.startFailedTitle'), message);
  app.quit();
}
