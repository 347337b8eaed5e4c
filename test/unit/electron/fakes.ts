import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** Just enough of Node's EventEmitter to register Electron listeners and fire them from a test. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  readonly on = vi.fn((name: string, listener: Listener) => {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  });

  readonly once = vi.fn((name: string, listener: Listener) => this.on(name, listener));

  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (...args: unknown[]) => unknown)(...args);
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }

  removeAllListeners(): void {
    this.listeners.clear();
  }
}

/** An Electron event carrying a URL, as will-navigate and will-redirect send it. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

export class FakeWebContents extends FakeEmitter {
  readonly setWindowOpenHandler = vi.fn();
  readonly session = fakeSession();
}
