import type { IpcRenderer } from 'electron';
import { IPC_CHANNEL, type Bridge } from '../../shared/api/bridge';
import { CALL_NAMES } from '../../shared/api/contract';

/**
 * One named function per contract call, each sending only its name and its one input over the single channel. The
 * page never gets ipcRenderer itself, so it can reach no other channel. Main validates everything again.
 */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke'>): Bridge {
  const calls = CALL_NAMES.map((name) => [name, (input: unknown) => ipc.invoke(IPC_CHANNEL, name, input)] as const);
  // Built from the contract's own list of names, so no call can be missing (a test checks); TypeScript cannot pair
  // each name with its types through a map over the union, hence the cast.
  return Object.freeze(Object.fromEntries(calls)) as Bridge;
}
