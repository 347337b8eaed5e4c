import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_CHANNEL } from '../../../shared/api/bridge';
import { CALL_NAMES } from '../../../shared/api/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, data: 'answer' })),
    send: vi.fn(),
    on: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

await import('../../../electron/preload/preload');

describe('the preload', () => {
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, Record<string, unknown>][];
  const bridge = calls[0]?.[1] ?? {};

  it('exposes one object, under the bridge name', () => {
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(BRIDGE_GLOBAL);
    expect(BRIDGE_GLOBAL).toBe('sochibo');
  });

  it('has exactly one function per contract call', () => {
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof bridge[name]).toBe('function');
  });

  it('sends each call by name over the single channel, with its one input', async () => {
    for (const name of CALL_NAMES) {
      electron.ipcRenderer.invoke.mockClear();
      const call = bridge[name] as (input: unknown, ...rest: unknown[]) => Promise<unknown>;
      await expect(call({ probe: name }, 'smuggled')).resolves.toEqual({ ok: true, data: 'answer' });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, name, { probe: name });
    }
  });

  it('never hands the page ipcRenderer or any of its methods', () => {
    const exposed = Object.values(bridge);
    for (const value of [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]) {
      expect(exposed).not.toContain(value);
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
