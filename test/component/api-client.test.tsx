import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';
import { ApiCallError } from '../../renderer/api/ApiCallError';
import { bridgeTransport } from '../../renderer/api/bridgeTransport';
import { createApiClient } from '../../renderer/api/client';
import { httpTransport } from '../../renderer/api/httpTransport';
import { cell, openTestStore } from './harness';

/** A stand-in for the preview server: answers over "HTTP" with the real dispatch behind it. */
function previewFetch(answer: (name: string, body: unknown) => Promise<Response>, seen: Request[] = []): typeof fetch {
  return async (url, init) => {
    const request = new Request(url, init);
    seen.push(request.clone());
    const name = new URL(request.url).pathname.replace('/api/', '');
    return answer(name, await request.json());
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the typed API client', () => {
  it('posts each call as JSON to /api/<name> on the page’s origin and returns the data', async () => {
    const test = openTestStore();
    try {
      await test.store.handlers['org.setupHome'](cell);
      const seen: Request[] = [];
      const fetchFn = previewFetch(async (name, body) => json(await test.transport(name as never, body)), seen);
      const api = createApiClient(httpTransport(fetchFn, 'http://127.0.0.1:4321/index.html#/settings'));

      await expect(api.call('org.home', {})).resolves.toMatchObject({ code: 'CB012', name: cell.name });
      expect(seen[0]?.method).toBe('POST');
      expect(seen[0]?.url).toBe('http://127.0.0.1:4321/api/org.home');
      expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    } finally {
      test.close();
    }
  });

  it('throws the refusal as an ApiCallError carrying the error data', async () => {
    const test = openTestStore();
    try {
      const fetchFn = previewFetch(async (name, body) => json(await test.transport(name as never, body)));
      const api = createApiClient(httpTransport(fetchFn, 'http://127.0.0.1:4321/'));
      const refused = await api.call('org.setupHome', { ...cell, code: 'CB 01' }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ApiCallError);
      expect((refused as ApiCallError).data).toMatchObject({
        type: 'validation',
        message: 'errors.validation',
        issues: [{ path: 'code', message: 'validation.code_format' }],
      });
    } finally {
      test.close();
    }
  });

  it('reports an unreachable host as a network error', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const api = createApiClient(httpTransport(offline, 'http://127.0.0.1:4321/'));
    await expect(api.call('app.info', {})).rejects.toMatchObject({
      data: { type: 'internal', message: 'errors.network' },
    });
  });

  it('reports an answer that is not an API result (a proxy page, a crash) as a network error', async () => {
    const api = createApiClient(httpTransport(async () => json({ hello: 'world' }, 502), 'http://127.0.0.1:4321/'));
    await expect(api.call('app.info', {})).rejects.toMatchObject({ data: { message: 'errors.network' } });
    const html = createApiClient(httpTransport(async () => new Response('<h1>403</h1>', { status: 403 }), 'http://x/'));
    await expect(html.call('app.info', {})).rejects.toMatchObject({ data: { message: 'errors.network' } });
  });

  it('calls the Electron bridge function named after the call', async () => {
    const calls: unknown[] = [];
    const info: ApiResult<{ version: string; databasePath: string }> = {
      ok: true,
      data: { version: '0.1.0', databasePath: '/tmp/db.sqlite' },
    };
    const bridge = {
      'app.info': async (input: unknown) => {
        calls.push(input);
        return info;
      },
    } as Partial<Bridge> as Bridge;
    const api = createApiClient(bridgeTransport(bridge));
    await expect(api.call('app.info', {})).resolves.toEqual(info.data);
    expect(calls).toEqual([{}]);
  });
});
