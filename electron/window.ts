/**
 * The one window and the Electron wiring of the rules in electron/security.ts: web preferences, navigation,
 * new windows, webviews, permissions and remote requests. The rules themselves are pure and unit-tested.
 * The window opens where it was last closed, at that size, maximised if it was (desktop/window-state.ts).
 */
import { BrowserWindow, screen, shell, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { APP_INDEX_URL, REMOTE_URL_PATTERNS, externalLinkDecision, mainWindowWebPreferences, navigationDecision, permissionDecision } from './security';
import { MIN_SIZE, windowPlacement, windowStateOf } from './desktop/window-state';
import type { SettingsFile } from './desktop/settings';

export function createMainWindow(preload: string, settings: SettingsFile): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const { maximized, ...bounds } = windowPlacement(settings.get().window, areas);
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Plan Editor',
    // Windows and macOS take the icon from the installed program; Linux windows need it given.
    icon: path.join(__dirname, '..', '..', 'assets', 'icon.png'),
    show: false,
    webPreferences: mainWindowWebPreferences(preload),
  });
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  win.on('close', () => settings.update((s) => ({ ...s, window: windowStateOf(win.getNormalBounds(), win.isMaximized()) })));
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
