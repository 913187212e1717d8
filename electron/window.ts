/**
 * The one window and the Electron wiring of the rules in electron/security.ts: web preferences, navigation,
 * new windows, webviews, permissions and remote requests. The rules themselves are pure and unit-tested.
 */
import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import {
  APP_INDEX_URL,
  REMOTE_URL_PATTERNS,
  externalLinkDecision,
  mainWindowWebPreferences,
  navigationDecision,
  permissionDecision,
} from './security';

export function createMainWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({ width: 1400, height: 900, title: 'Plan Editor', show: false, webPreferences: mainWindowWebPreferences(preload) });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Applied to every webContents as it is created (app 'web-contents-created'), windows and PDF helpers alike. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (e) => {
    if (navigationDecision(e.url, e.isSameDocument) === 'deny') e.preventDefault();
  });
  contents.on('will-redirect', (e) => {
    if (navigationDecision(e.url, e.isSameDocument) === 'deny') e.preventDefault();
  });
  // No window opens inside the app; https: and mailto: links go to the user's own programs.
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkDecision(url) === 'open-external') setImmediate(() => void shell.openExternal(url));
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
}

/** Every permission refused, and nothing fetched from a network, in the session the app uses. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, permission, done, details) => done(permissionDecision(permission, details.requestingUrl)));
  ses.setPermissionCheckHandler((_wc, permission, origin) => permissionDecision(permission, origin));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: [...REMOTE_URL_PATTERNS] }, (_details, done) => done({ cancel: true }));
}
