import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-url';

export interface WindowSettings {
  preload: string;
  title: string;
}

/** The colour the window shows before the first paint; the same as the page background, so it does not flash. */
export const WINDOW_BACKGROUND = '#ffffff';

/**
 * The main window's options. 1280×800 by default; the minimum still fits a 1366×768 laptop with its taskbar.
 * The webPreferences are the security checklist's: the page gets no Node, runs sandboxed in its own JavaScript
 * world, and reaches the store only through the preload's named functions.
 */
export function windowOptions({ preload, title }: WindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown once painted, so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The spellchecker fetches its dictionaries from the internet, and would underline every personal name.
      spellcheck: false,
    },
  };
}

export function createMainWindow(settings: WindowSettings): BrowserWindow {
  const window = new BrowserWindow(windowOptions(settings));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app page', error));
  return window;
}
