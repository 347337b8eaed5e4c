import { describe, expect, it, vi } from 'vitest';
import { applySecurityGuards, guardSession, guardWebContents, isAllowedRequest } from '../../../electron/main/security';
import { FakeEmitter, FakeWebContents, fakeSession, navigationEvent } from './fakes';

type Contents = Parameters<typeof guardWebContents>[0];
type GuardedSession = Parameters<typeof guardSession>[0];
type GuardedApp = Parameters<typeof applySecurityGuards>[0];

function guardedContents() {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as Contents);
  return contents;
}

describe('web contents guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s to another site is prevented', (eventName) => {
    const contents = guardedContents();
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/index.html']) {
      const event = navigationEvent(url);
      contents.emit(eventName, event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('lets the app move between its own pages', () => {
    const contents = guardedContents();
    const event = navigationEvent('app://sochibo/index.html#/settings');
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('opens no new window, whatever the URL', () => {
    const contents = guardedContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://sochibo/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const contents = guardedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session guards', () => {
  function guardedSession() {
    const session = fakeSession();
    guardSession(session as unknown as GuardedSession);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = guardedSession();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string) => boolean;
    expect(check({}, 'media')).toBe(false);
  });

  it('cancels every request for remote content and lets our own files through', () => {
    const session = guardedSession();
    const onBeforeRequest = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const cancelled = (url: string) => {
      const callback = vi.fn();
      onBeforeRequest({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('wss://example.com/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://elsewhere/index.html')).toBe(true);
    expect(cancelled('app://sochibo/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/devtools_app.html')).toBe(false);
  });

  it('treats unparsable URLs as remote', () => {
    expect(isAllowedRequest('not a url')).toBe(false);
  });
});

describe('applySecurityGuards', () => {
  it('guards every web contents and its session as soon as it is created', () => {
    const app = new FakeEmitter();
    applySecurityGuards(app as unknown as GuardedApp);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);

    const event = navigationEvent('https://example.com/');
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(contents.session.webRequest.onBeforeRequest).toHaveBeenCalled();
  });
});
