import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, registerAppScheme, serveApp } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

describe('the app:// scheme', () => {
  it('is registered as standard and secure, with fetch', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is served by the request handler', () => {
    const protocol = { handle: vi.fn() };
    serveApp(protocol, '/somewhere');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('createAppRequestHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sochibo-protocol-'));
    mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Sổ Chi bộ</title>');
    writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    handle = createAppRequestHandler(join(dir, 'renderer'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page with the CSP, nosniff and its content type', async () => {
    const response = await handle(new Request('app://sochibo/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html><title>Sổ Chi bộ</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://sochibo/assets/app.js'));
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('refuses a path that climbs out of the renderer folder', async () => {
    const response = await handle(new Request('app://sochibo/..%2fsecret.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for missing files and for any other host, with the CSP still set', async () => {
    const missing = await handle(new Request('app://sochibo/nothing.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('accepts only reads', async () => {
    const response = await handle(new Request('app://sochibo/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
