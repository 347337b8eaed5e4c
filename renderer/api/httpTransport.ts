import { HTTP_API_PREFIX } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';
import type { Transport } from './transport';

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'data' in value : value.ok === false && 'error' in value;
}

/**
 * Calls the browser preview: `POST /api/<name>` on the page's own origin, where the server's session cookie already
 * authorises us. The server answers every call it understood with an ApiResult (refusals included), so anything else
 * means the host was not reached properly.
 */
export function httpTransport(fetchFn: typeof fetch, baseUrl: string): Transport {
  return async (name, input) => {
    const response = await fetchFn(new URL(HTTP_API_PREFIX + name, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    const body: unknown = await response.json();
    if (!isApiResult(body)) throw new Error(`unexpected answer to ${name} (HTTP ${response.status})`);
    return body;
  };
}
