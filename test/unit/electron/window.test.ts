import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { FakeEmitter } from './fakes';

const created = vi.hoisted(() => [] as { options: unknown; window: unknown }[]);

vi.mock('electron', async () => {
  const { FakeEmitter: Emitter } = await import('./fakes');
  class BrowserWindow extends Emitter {
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async () => {});
    constructor(options: unknown) {
      super();
      created.push({ options, window: this });
    }
  }
  return { BrowserWindow };
});

const { createMainWindow, windowOptions } = await import('../../../electron/main/window');

describe('windowOptions', () => {
  const options = windowOptions({ preload: '/app/out/electron/preload.cjs', title: 'Sổ Chi bộ' });
  const web = options.webPreferences ?? {};

  it('isolates the page: sandboxed, context-isolated, no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.preload).toBe('/app/out/electron/preload.cjs');
  });

  it('fits a 1366×768 laptop and waits to be painted before showing', () => {
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    expect(options.minHeight).toBeLessThanOrEqual(768 - 48);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Sổ Chi bộ');
  });
});

describe('createMainWindow', () => {
  it('loads the app page and shows the window once it is ready', () => {
    const window = createMainWindow({ preload: '/p.cjs', title: 'Sổ Chi bộ' }) as unknown as FakeEmitter & {
      show: ReturnType<typeof vi.fn>;
      loadURL: ReturnType<typeof vi.fn>;
    };
    const options = created.at(-1)?.options as BrowserWindowConstructorOptions;
    expect(options.webPreferences?.sandbox).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://sochibo/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
