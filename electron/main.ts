/**
 * Electron's main process, kept thin: one instance, one window, the database opened from the user's data
 * folder, and the contract's handler table registered on one IPC channel. The page is served from
 * app://plan-editor/ (not file://); calls from any frame other than our window's page are refused.
 * A plan file opened from outside (double-click, Dock, a second launch) is queued from the first moment,
 * before 'ready', and handed to the window when its page asks (desktop/open-from-outside.ts).
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { IPC_CHANNEL } from '../shared/api/contract';
import { AppDatabase } from './app-database';
import { makeDispatch } from './api/dispatch';
import { makeHandlers } from './api/handlers';
import { createMainWindow, hardenSession, hardenWebContents } from './window';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponseHeaders, isTrustedIpcSender, resolveAppRequest, SECURITY_HEADERS } from './security';
import { installMenu } from './menu';
import { electronPdf } from './print-to-pdf';
import { useUtilityProcessParser } from './utility-parser';
import { chooseSqliteBinding, missingBindingMessage } from './native-binding';
import { useSqliteBinding } from './db/sqlite-binding';
import { SettingsFile } from './desktop/settings';
import { installShell } from './desktop/shell';
import { openedFiles } from './desktop/opened-files';
import { checkPlanFile } from './desktop/plan-file-path';
import { announceOpenedFiles, launchPlanFile, listenForOpenedFiles } from './desktop/open-from-outside';

let win: BrowserWindow | null = null;
let db: AppDatabase | null = null;
const opened = openedFiles();
const openPlanFile = (file: string) => void opened.push(checkPlanFile(file));

// Must happen before 'ready': app:// becomes a standard, secure origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

// A second launch sends its plan file (resolved against its own folder) to the running app, then quits.
const launchFile = launchPlanFile();
if (!app.requestSingleInstanceLock({ planFile: launchFile })) app.quit();
else {
  if (launchFile) openPlanFile(launchFile);
  listenForOpenedFiles(opened, () => win);
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents));
  app.whenReady().then(start).catch(fail);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => db?.close());
}

async function start(): Promise<void> {
  // Workbooks are parsed in Electron's utility process: the RunAsNode fuse is off, so child_process.fork cannot be used.
  useUtilityProcessParser();
  // Before anything can open a window: the session's rules and the app:// protocol.
  hardenSession(session.defaultSession);
  serveApp(path.join(__dirname, '..', 'renderer'));
  const file = process.env.PLAN_EDITOR_DB ?? path.join(app.getPath('userData'), 'plans.db');
  try {
    useElectronSqlite();
    // Locks the file, checks it (a damaged one is moved aside and the window offers a backup), backs up.
    db = await AppDatabase.open(file);
  } catch (e) {
    fail(e);
    return;
  }
  db.startBackupTimer();
  const dispatch = makeDispatch(makeHandlers(db, { renderPdf: electronPdf }));
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, arg: unknown) =>
    fromOurPage(event) ? dispatch(name, arg) : { ok: false, error: { code: 'UNAUTHORIZED', message: 'Calls are accepted only from the Plan Editor window.' } },
  );
  // The File menu, native dialogs and printing: their own narrow channel (shared/api/desktop.ts, SECURITY.md).
  const settings = new SettingsFile(path.join(app.getPath('userData'), 'desktop.json'));
  const rebuildMenu = installMenu(
    () => win,
    () => settings.get().recent,
    openPlanFile,
  );
  const planHtml = async (planId: number, sectionIds?: number[]) => {
    const r = await dispatch('printPreview', { planId, sectionIds, numbered: true });
    if (!r.ok) throw new Error(r.error.message);
    return (r.result as { html: string }).html;
  };
  installShell({ settings, window: () => win, trusted: fromOurPage, planHtml, recentChanged: rebuildMenu, openedFiles: opened });
  win = createMainWindow(path.join(__dirname, 'preload.cjs'), settings);
  announceOpenedFiles(opened, () => win);
}

/** A call from the main window's own top frame at app://plan-editor, and from nothing else. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  const fromWindow = !!win && event.sender === win.webContents && frame === win.webContents.mainFrame;
  return fromWindow && isTrustedIpcSender(frame?.url, frame?.parent === null);
}

/** Every connection in this process uses the Electron build of better-sqlite3, not the Node build in node_modules. */
function useElectronSqlite(): void {
  const host = {
    runtime: 'electron',
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    platform: process.platform,
    arch: process.arch,
  } as const;
  const binding = chooseSqliteBinding(host);
  if (binding && !existsSync(binding)) throw new Error(missingBindingMessage(binding, app.isPackaged));
  useSqliteBinding(binding);
}

/** app://plan-editor/<path>: files of the built renderer only, each with the CSP and security headers. */
function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const r = resolveAppRequest(request.url, rendererDir);
    if (!r.ok) return new Response('Not found', { status: r.status, headers: { 'Content-Type': 'text/plain', ...SECURITY_HEADERS } });
    try {
      return new Response(await fs.readFile(r.file), { headers: appResponseHeaders(r.mimeType) });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain', ...SECURITY_HEADERS } });
    }
  });
}

function fail(e: unknown): void {
  dialog.showErrorBox('Plan Editor could not start', (e as Error)?.message ?? String(e));
  app.quit();
}
