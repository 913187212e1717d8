/**
 * The loopback host: the built renderer and the same handler table over HTTP, for `npm run web`, the
 * browser tests and the CLI's printing. It is a transport, not a mock: POST /api/<name> goes through the
 * same dispatch as IPC. Bound to 127.0.0.1 on a random port; API calls need the per-run token (passed to
 * the page in the URL fragment, which never reaches a server log) and a loopback Host header, which stops
 * other web pages and DNS-rebinding from reaching it.
 */
import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';
import type { Dispatch } from './dispatch';
import { SECURITY_HEADERS, mimeTypeOf, resolveRendererPath } from '../security';

export interface HostOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  appUrl: string;
  token: string;
  port: number;
  close: () => Promise<void>;
}

const MAX_BODY = 32 * 1024 * 1024;

const CLOSE_GRACE_MS = 500;

export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  let port = 0;
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url, token, opts.dispatch);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    serveStatic(res, opts.staticDir, url.pathname);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        appUrl: `${url}/#token=${token}`,
        token,
        port,
        // A page still open keeps keep-alive connections, and one busy now goes idle later and would hold
        // close() for minutes: end idle ones now and every one after a short grace for replies in flight.
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
          }),
      });
    });
  });
}

function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, token: string, dispatch: Dispatch): void {
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
  // Exactly "Bearer <token>", compared in constant time.
  const given = Buffer.from(req.headers.authorization ?? '');
  const want = Buffer.from(`Bearer ${token}`);
  if (given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return json(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token: open the address the host printed.' } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_BODY) {
      json(res, 413, { ok: false, error: { code: 'BAD_REQUEST', message: 'Request too large.' } });
      req.destroy();
    } else chunks.push(c);
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    let arg: unknown;
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      arg = text ? JSON.parse(text) : {};
    } catch {
      return json(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: 'The request body is not JSON.' } });
    }
    const name = decodeURIComponent(url.pathname.slice('/api/'.length));
    void dispatch(name, arg).then((r) => json(res, 200, r));
  });
}

/** The built renderer's files, by the same traversal rule as the app:// protocol (electron/security). */
function serveStatic(res: http.ServerResponse, root: string, pathname: string): void {
  const file = resolveRendererPath(pathname, root);
  if (!file) return send(res, 404, 'text/plain', 'Not found');
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, 'text/plain', 'Not found');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' });
    res.end(data);
  });
}

/** Every response, refusals included, carries the CSP and the other security headers. */
function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
