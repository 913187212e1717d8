/**
 * The app:// protocol (checklist item 18): the built renderer served from app://plan-editor/ instead of
 * file://, so the page has an origin of its own and no file: privileges. resolveRendererPath is also the
 * loopback host's static-file rule, so both transports refuse the same traversal tricks.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './urls';
import { SECURITY_HEADERS } from './csp';

/** For protocol.registerSchemesAsPrivileged: a standard, secure origin that fetch() may use; nothing more. */
export const APP_SCHEME_PRIVILEGES = Object.freeze({ standard: true, secure: true, supportFetchAPI: true });

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export type AppResource = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 404 };

/**
 * A URL path (still percent-encoded, as in URL.pathname) to a file under `root`, or null. Refuses `..`
 * in any spelling, backslashes, drive letters and other colons, null bytes and malformed escapes, then
 * checks the resolved path is still inside root. '/' is index.html.
 */
export function resolveRendererPath(pathname: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\\:\0]/.test(decoded)) return null;
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  if (rel.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, rel);
  const inside = path.relative(base, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** An app:// request URL to the file it may read, or the status to answer with. Other hosts are refused. */
export function resolveAppRequest(url: string, rendererRoot: string): AppResource {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname.toLowerCase() !== APP_HOST || u.username || u.password || u.port) {
    return { ok: false, status: 404 };
  }
  const file = resolveRendererPath(u.pathname, rendererRoot);
  return file ? { ok: true, file, mimeType: mimeTypeOf(file) } : { ok: false, status: 404 };
}

/** Headers of an app:// response: its type, no caching surprises, and the security headers with the CSP. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return { 'Content-Type': mimeType, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS };
}
