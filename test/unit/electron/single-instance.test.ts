import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { FakeEmitter } from './fakes';

type GuardedApp = Parameters<typeof claimSingleInstance>[0];

function fakeApp(lock: boolean) {
  const app = new FakeEmitter() as FakeEmitter & { requestSingleInstanceLock: () => boolean; quit: () => void };
  app.requestSingleInstanceLock = vi.fn(() => lock);
  app.quit = vi.fn();
  return app;
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: vi.fn(() => minimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('claimSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as unknown as GuardedApp, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps running with the lock, and brings its window forward on a second launch', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as unknown as GuardedApp, () => window as never)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['sochibo'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('ignores a second launch before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as unknown as GuardedApp, () => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
