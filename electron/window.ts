/** The one window factory: fixed, secure web preferences and one place for navigation and permission rules. */
import { BrowserWindow, session, shell } from 'electron';
import path from 'node:path';

export function createMainWindow(rendererDir: string, preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Plan Editor',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  // The app never navigates or opens windows; web links go to the user's browser, only if http(s).
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, done) => done(false));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(path.join(rendererDir, 'index.html'));
  return win;
}
