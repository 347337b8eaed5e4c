import type { App, BrowserWindow } from 'electron';

/**
 * One running app per user: two processes writing the same register would only wait on each other's locks. A second
 * launch (a double click on the shortcut while the window is behind others) brings the open window forward instead.
 * Returns false, having asked the app to quit, when another instance holds the lock.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  currentWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
