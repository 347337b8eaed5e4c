import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { contentTypeFor, resolveStaticFile } from '../common/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins and relative URLs, `secure` lets the
 * page use what Chromium keeps for secure contexts, `supportFetchAPI` lets the page fetch its own files.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

const refuse = (status: number) =>
  new Response(null, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Answers `app://sochibo/<path>` with the file at `<root>/<path>`; anything outside `root` or missing is a 404. */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return refuse(404);
    const file = resolveStaticFile(root, url.pathname);
    if (file === null) return refuse(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404);
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Serves the renderer build on the app scheme. Call once the app is ready. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
