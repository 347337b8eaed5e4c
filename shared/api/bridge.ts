import type { CallInput, CallName, CallOutput } from './contract';
import type { ApiResult } from './errors';

/** Name of the object the Electron preload puts on `window`. */
export const BRIDGE_GLOBAL = 'sochibo';
/** The single IPC channel; the call name travels as the first argument and is checked against the contract. */
export const IPC_CHANNEL = 'sochibo:api';
/** The browser preview answers `POST /api/<call name>` with an ApiResult as JSON. */
export const HTTP_API_PREFIX = '/api/';

/** What the preload exposes: one function per contract call, each resolving to a result (errors as data). */
export type Bridge = { [N in CallName]: (input: CallInput<N>) => Promise<ApiResult<CallOutput<N>>> };
