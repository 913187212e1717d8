/**
 * The Electron side of the desktop shell: native save and open dialogs, the file manager and the system
 * print dialog, wired to the validated handlers in shell-calls.ts on their own IPC channel. Calls are
 * accepted only from the main window's own page (the same check as the data contract's channel).
 */
import { BrowserWindow, app, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { SHELL_CHANNEL } from '../../shared/api/desktop';
import { makeShellDispatch, makeShellHandlers } from './shell-calls';
import type { SettingsFile } from './settings';
import type { OpenedFiles } from './opened-files';

export interface ShellWiring {
  settings: SettingsFile;
  window: () => BrowserWindow | null;
  trusted: (event: IpcMainInvokeEvent) => boolean;
  planHtml: (planId: number, sectionIds?: number[]) => Promise<string>;
  recentChanged: () => void;
  openedFiles: OpenedFiles;
}

export function installShell(w: ShellWiring): void {
  const parent = () => w.window() ?? undefined;
  const handlers = makeShellHandlers({
    settings: w.settings,
    documentsFolder: app.getPath('documents'),
    showSaveDialog: (o) => (parent() ? dialog.showSaveDialog(parent()!, o) : dialog.showSaveDialog(o)),
    showOpenDialog: (o) => (parent() ? dialog.showOpenDialog(parent()!, o) : dialog.showOpenDialog(o)),
    showItemInFolder: (file) => shell.showItemInFolder(file),
    planHtml: w.planHtml,
    printHtml,
    recentChanged: w.recentChanged,
    openedFiles: w.openedFiles,
    addToSystemRecent: (file) => app.addRecentDocument(file),
  });
  const dispatch = makeShellDispatch(handlers);
  ipcMain.handle(SHELL_CHANNEL, (event, name: unknown, arg: unknown) =>
    w.trusted(event) ? dispatch(name, arg) : { ok: false, error: { message: 'Calls are accepted only from the Plan Editor window.' } },
  );
}

/**
 * The print HTML in a hidden, script-less window, then the system's print dialog for it (webContents.print):
 * the same pages as the preview and the PDF, with their @page sizes. False when the user cancels.
 */
async function printHtml(html: string): Promise<boolean> {
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await new Promise<boolean>((resolve, reject) =>
      win.webContents.print({ silent: false, printBackground: true }, (ok, reason) =>
        ok || reason === 'cancelled' ? resolve(ok) : reject(new Error(`The plan could not be printed (${reason}).`)),
      ),
    );
  } finally {
    win.destroy();
  }
}
