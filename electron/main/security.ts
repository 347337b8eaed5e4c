import type { App, Event, Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';

/**
 * Every guard of the Electron security checklist that is not a window option, in one place. The app shows only its
 * own pages: nothing remote is loaded, nothing navigates away, no window opens, no permission is granted.
 */

/** Schemes a page of ours may load from besides app:. data: and blob: never leave the machine. */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

type Guarded = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: Guarded): void {
  const stayHome = (event: Event<{ url: string }>) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type GuardedSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

/**
 * Guards every web contents the app ever creates, and its session, from the moment it exists. Register before the
 * first window so that no contents escapes.
 */
export function applySecurityGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
    guardSession(contents.session);
  });
}
