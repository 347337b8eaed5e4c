import type { Bridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';
import type { Transport } from './transport';

/** Calls through the functions the Electron preload put on `window`. */
export function bridgeTransport(bridge: Bridge): Transport {
  return (name, input) => {
    // Indexing the bridge by a union of names loses the pairing of each function with its input type; the client
    // above restores it per call.
    const send = bridge[name] as (input: unknown) => Promise<ApiResult<unknown>>;
    return send(input);
  };
}
