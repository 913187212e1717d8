/**
 * Which URLs are the app, and what happens to every other one. URLs are parsed, never prefix-matched, so
 * `app://plan-editor.evil.com` or `app://plan-editor@evil.com` are not the app.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'plan-editor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for app://plan-editor/... with no user, password or port. The host is compared without case,
 * as Chromium lower-cases a standard scheme's host (Node's URL keeps it for unknown schemes).
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname.toLowerCase() === APP_HOST && u.username === '' && u.password === '' && u.port === '';
}

export type Decision = 'allow' | 'deny';

/**
 * will-navigate / will-redirect: the app is one page and never navigates. Only a same-document move inside
 * the app (a #fragment) may proceed; everything else, in-app or not, is refused.
 */
export function navigationDecision(url: string, isSameDocument = false): Decision {
  return isSameDocument && isAppUrl(url) ? 'allow' : 'deny';
}

/**
 * setWindowOpenHandler: no window ever opens inside the app. An https: or mailto: link may go to the
 * user's own browser or mail program through shell.openExternal; no other scheme (file:, smb:, ms-msdt:,
 * javascript:, http:, ...) is ever passed to the operating system.
 */
export function externalLinkDecision(url: string): 'open-external' | 'deny' {
  const u = parse(url);
  if (!u || u.username || u.password) return 'deny';
  if (u.protocol === 'https:' && u.hostname !== '') return 'open-external';
  if (u.protocol === 'mailto:' && u.pathname.includes('@')) return 'open-external';
  return 'deny';
}

/** Requests the session cancels: the app loads nothing from a network (checklist item 1). */
export const REMOTE_URL_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
