import { BRIDGE_GLOBAL, type Bridge } from '../../shared/api/bridge';
import { bridgeTransport } from './bridgeTransport';
import { httpTransport } from './httpTransport';
import type { Transport } from './transport';

/** Inside Electron the preload has put the bridge on `window`; anywhere else we are the browser preview. */
export function chooseTransport(): Transport {
  const bridge = (window as unknown as Partial<Record<typeof BRIDGE_GLOBAL, Bridge>>)[BRIDGE_GLOBAL];
  return bridge ? bridgeTransport(bridge) : httpTransport(window.fetch.bind(window), window.location.href);
}
