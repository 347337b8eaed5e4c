import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/store';
import { SESSION_COOKIE, startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the test controls the Host and Origin headers and sends paths unnormalised. */
function raw(origin: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ hostname, port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('browser preview server', () => {
  let store: Store;
  let server: PreviewServer;
  let cookie: string;
  const token = 'per-run-token-for-this-test';

  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scb-preview-'));
    const rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sổ Chi bộ</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
    store = openStore({ file: join(dir, 'db.sqlite'), appVersion: 'test' });
    server = await startPreviewServer({ handlers: store.handlers, rendererDir, token });
    cookie = `${SESSION_COOKIE}=${token}`;
  });

  afterEach(async () => {
    await server.close();
    store.close();
  });

  const host = () => new URL(server.origin).host;
  const callApi = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(server.origin, `/api/${name}`, {
      method: 'POST',
      headers: { host: host(), cookie, 'content-type': 'application/json', origin: server.origin, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 only and hands out a URL carrying the token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/?token=${token}`);
  });

  it('refuses everything without the token, page and API alike', async () => {
    expect((await raw(server.origin, '/', { headers: { host: host() } })).status).toBe(403);
    expect((await raw(server.origin, '/?token=wrong', { headers: { host: host() } })).status).toBe(403);
    const api = await callApi('org.home', {}, { cookie: `${SESSION_COOKIE}=wrong` });
    expect(api.status).toBe(403);
  });

  it('trades the token for an HttpOnly SameSite cookie and strips it from the address', async () => {
    const reply = await raw(server.origin, `/?token=${token}`, { headers: { host: host() } });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toContain(`${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict`);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const reply = await raw(server.origin, '/', { headers: { host: `evil.example:${new URL(server.origin).port}`, cookie } });
    expect(reply.status).toBe(421);
  });

  it('serves the renderer with the strict Content-Security-Policy', async () => {
    const page = await raw(server.origin, '/', { headers: { host: host(), cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Sổ Chi bộ');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await raw(server.origin, '/assets/app.js', { headers: { host: host(), cookie } });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/missing.js']) {
      const reply = await raw(server.origin, path, { headers: { host: host(), cookie } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('runs contract calls against the store and returns refusals as data', async () => {
    const before = await callApi('org.home', {});
    expect(JSON.parse(before.body)).toEqual({ ok: true, data: null });

    const saved = await callApi('org.setupHome', { code: 'cb012', name: 'Chi bộ Khu phố 3', kind: 'cap_tren' });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, data: { code: 'CB012', name: 'Chi bộ Khu phố 3' } });

    const refused = JSON.parse((await callApi('org.setupHome', { code: 'X 1', name: '', kind: 'chi_bo' })).body);
    expect(refused.ok).toBe(false);
    expect(refused.error.type).toBe('validation');
    expect(refused.error.issues).toContainEqual({ path: 'code', message: 'validation.code_format' });

    const unknown = JSON.parse((await callApi('members.delete_all', {})).body);
    expect(unknown.error).toMatchObject({ type: 'unknown_call', params: { name: 'members.delete_all' } });
  });

  it('refuses API calls from another origin, with another body type, or by GET', async () => {
    expect((await callApi('org.home', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await callApi('org.home', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const get = await raw(server.origin, '/api/org.home', { headers: { host: host(), cookie } });
    expect(get.status).toBe(405);
    const broken = await raw(server.origin, '/api/org.home', {
      method: 'POST',
      headers: { host: host(), cookie, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.type).toBe('validation');
  });
});
