import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../db/store';
import { bindApi, isTrustedSender, type SenderCheck } from '../../../electron/main/ipc';
import { IPC_CHANNEL } from '../../../shared/api/bridge';
import type { Handlers } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';

type Frame = { url: string; parent: Frame | null } | null;
type InvokeListener = (event: { senderFrame: Frame }, name: unknown, input: unknown) => Promise<ApiResult<unknown>>;

const topFrame = (url: string): Frame => ({ url, parent: null });
const appFrame = topFrame('app://sochibo/index.html');

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sochibo-ipc-'));
  store = openStore({ file: join(dir, 'db.sqlite'), appVersion: 'test' });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Binds the handlers as main does and returns what a renderer's invoke reaches. */
function bind(handlers: Handlers = store.handlers, check: SenderCheck = isTrustedSender): InvokeListener {
  const ipcMain = { handle: vi.fn() };
  bindApi(ipcMain, handlers, check);
  expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  expect(ipcMain.handle.mock.calls[0]?.[0]).toBe(IPC_CHANNEL);
  return ipcMain.handle.mock.calls[0]?.[1] as InvokeListener;
}

const setup = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường Hòa Bình' };

describe('isTrustedSender', () => {
  it('trusts the top frame of our own page only', () => {
    expect(isTrustedSender({ senderFrame: appFrame } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: topFrame('app://sochibo/index.html#/settings') } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: topFrame('https://example.com/') } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: topFrame('app://evil/index.html') } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: topFrame('file:///tmp/index.html') } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://sochibo/index.html', parent: appFrame } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
  });
});

describe('bindApi', () => {
  it('answers a valid call with its data', async () => {
    const invoke = bind();
    expect(await invoke({ senderFrame: appFrame }, 'app.info', {})).toEqual({
      ok: true,
      data: { version: 'test', databasePath: join(dir, 'db.sqlite') },
    });
    const created = await invoke({ senderFrame: appFrame }, 'org.setupHome', setup);
    expect(created).toMatchObject({ ok: true, data: { code: 'CB012', parent: { code: 'DU05' } } });
    expect(await invoke({ senderFrame: appFrame }, 'org.home', {})).toEqual(created);
  });

  it('answers an unknown call as an error', async () => {
    const invoke = bind();
    expect(await invoke({ senderFrame: appFrame }, 'db.exec', { sql: 'DROP TABLE settings' })).toEqual({
      ok: false,
      error: { type: 'unknown_call', message: 'errors.unknown_call', params: { name: 'db.exec' } },
    });
    expect(await invoke({ senderFrame: appFrame }, '__proto__', {})).toMatchObject({ ok: false, error: { type: 'unknown_call' } });
  });

  it('answers an invalid payload with the issues, and writes nothing', async () => {
    const invoke = bind();
    const result = await invoke({ senderFrame: appFrame }, 'org.setupHome', { ...setup, code: '', extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { type: 'validation', message: 'errors.validation' } });
    const issues = result.ok ? [] : (result.error.issues ?? []);
    expect(issues.map((issue) => issue.path)).toContain('code');
    expect(await invoke({ senderFrame: appFrame }, 'org.home', {})).toEqual({ ok: true, data: null });
  });

  it.each([
    ['another site', topFrame('https://example.com/')],
    ['a subframe of our page', { url: 'app://sochibo/index.html', parent: appFrame }],
    ['a frame that is gone', null],
  ])('refuses a call from %s without running the handler', async (_label, senderFrame) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setupHome = vi.fn(store.handlers['org.setupHome']);
    const invoke = bind({ ...store.handlers, 'org.setupHome': setupHome });
    expect(await invoke({ senderFrame }, 'org.setupHome', setup)).toEqual({
      ok: false,
      error: { type: 'forbidden', message: 'errors.forbidden' },
    });
    expect(setupHome).not.toHaveBeenCalled();
    expect(store.handlers['org.home']({})).toBeNull();
  });

  it('reports a failing handler as an internal error, logged here and never sent with its stack', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const invoke = bind({
      ...store.handlers,
      'app.info': () => {
        throw new Error('disk on fire at /home/secretary/secret/path');
      },
    });
    const result = await invoke({ senderFrame: appFrame }, 'app.info', {});
    expect(result).toEqual({ ok: false, error: { type: 'internal', message: 'errors.internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveBeenCalled();
  });
});
