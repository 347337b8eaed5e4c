import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { IPC_CHANNEL } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';
import { isAppUrl } from './app-url';

export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/**
 * Only the top frame of one of our own pages may call the store. A subframe, or a page that somehow got elsewhere,
 * is refused even though it can reach the same preload.
 */
export const isTrustedSender: SenderCheck = (event) => {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
};

const FORBIDDEN: ApiResult<never> = { ok: false, error: { type: 'forbidden', message: 'errors.forbidden' } };

/**
 * Binds the contract to the single IPC channel. Names and payloads are checked by `dispatch` against the contract;
 * this adds only the sender check. Errors reach the renderer as data, never as stack traces.
 */
export function bindApi(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, isTrusted: SenderCheck): void {
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrusted(event)) {
      console.warn(`Refused a call to ${String(name)} from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return FORBIDDEN;
    }
    return dispatch(handlers, name, input, (error, call) => console.error(`Call ${call} failed`, error));
  });
}
