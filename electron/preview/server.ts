import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_API_PREFIX } from '../../shared/api/bridge';
import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { contentTypeFor, resolveStaticFile } from '../common/static-files';

export const SESSION_COOKIE = 'sochibo_session';
/**
 * Above the largest call's input (a spreadsheet of a whole committee's members, in base64); a larger body is refused
 * before it is read into memory.
 */
const MAX_BODY_BYTES = 96 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface PreviewServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  token?: string;
  onInternalError?: (error: unknown) => void;
}

export interface PreviewServer {
  origin: string;
  /** The address to open: carries the per-run token once, which the server trades for a session cookie. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

const badPayload: ApiResult<never> = {
  ok: false,
  error: { type: 'validation', message: 'errors.validation', issues: [{ path: '', message: 'validation.invalid_value', params: { detail: 'JSON' } }] },
};

/**
 * The browser preview: the built renderer and the same services over HTTP, on 127.0.0.1 only. Every request needs
 * the per-run token (first as ?token=, then as a SameSite=Strict cookie) and the exact Host, so neither another web
 * page in the user's browser nor a DNS-rebinding name can reach the register.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let origin = '';
  let host = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.onInternalError?.(error);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.host !== host) return send(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', origin);

    if (sameSecret(url.searchParams.get('token') ?? undefined, token)) {
      // Trade the token for a cookie and drop it from the address bar and history.
      return send(res, 303, '', undefined, {
        Location: '/',
        'Set-Cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!sameSecret(cookieValue(req, SESSION_COOKIE), token)) return send(res, 403, 'Forbidden');

    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed', undefined, { Allow: 'POST' });
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && requestOrigin !== origin) return send(res, 403, 'Forbidden');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Unsupported media type');
      let payload: unknown;
      try {
        payload = await readJsonBody(req);
      } catch (error) {
        if (error instanceof RangeError) return send(res, 413, 'Payload too large');
        return send(res, 400, JSON.stringify(badPayload), 'application/json; charset=utf-8');
      }
      const name = decodeURIComponent(url.pathname.slice(HTTP_API_PREFIX.length));
      const result = await dispatch(options.handlers, name, payload, (error) => options.onInternalError?.(error));
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', undefined, { Allow: 'GET, HEAD' });
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  host = `${LOOPBACK}:${port}`;
  origin = `http://${host}`;

  return {
    origin,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
