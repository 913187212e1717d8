/**
 * Electron's main process, kept thin: one instance, one window, the database opened from the user's data
 * folder, and the contract's handler table registered on one IPC channel. Calls from any frame other than
 * our window's are refused.
 */
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import path from 'node:path';
import { IPC_CHANNEL } from '../shared/api/contract';
import { openAppDatabase } from './app-database';
import { makeDispatch } from './api/dispatch';
import { makeHandlers } from './api/handlers';
import { createMainWindow } from './window';
import { installMenu } from './menu';
import { electronPdf } from './print-to-pdf';
import type { Db } from './db/open';

let win: BrowserWindow | null = null;
let db: Db | null = null;

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.whenReady().then(start, fail);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => db?.close());
}

function start(): void {
  const file = process.env.PLAN_EDITOR_DB ?? path.join(app.getPath('userData'), 'plans.db');
  try {
    db = openAppDatabase(file);
  } catch (e) {
    fail(e);
    return;
  }
  const dispatch = makeDispatch(makeHandlers(db, { renderPdf: electronPdf }));
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, arg: unknown) => {
    if (!win || event.sender !== win.webContents || event.senderFrame !== win.webContents.mainFrame) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Calls are accepted only from the Plan Editor window.' } };
    }
    return dispatch(name, arg);
  });
  installMenu();
  win = createMainWindow(path.join(__dirname, '..', 'renderer'), path.join(__dirname, 'preload.cjs'));
}

function fail(e: unknown): void {
  dialog.showErrorBox('Plan Editor could not start', (e as Error)?.message ?? String(e));
  app.quit();
}
