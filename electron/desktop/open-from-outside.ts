/**
 * The Electron side of opening a plan file from outside the app: a double-click on a .plan file launches
 * the app with the path in its argv (Windows, Linux) or sends `open-file` (macOS, possibly before 'ready');
 * a second launch while the app runs hands its file to this instance (`second-instance`) and quits. Each
 * path is checked here (plan-file-path.ts), queued (opened-files.ts), and the window, restored and brought
 * to the front, is told a file waits; the page then opens it as File > Open plan file… does.
 */
import { app, type BrowserWindow } from 'electron';
import { OPENED_FILE_CHANNEL } from '../../shared/api/desktop';
import { checkPlanFile, planFileFromArgv, planFileFromSecondInstance } from './plan-file-path';
import type { OpenedFiles } from './opened-files';

/** The plan file this launch was asked to open, as an absolute path, or null. */
export function launchPlanFile(): string | null {
  return planFileFromArgv(process.argv, { packaged: app.isPackaged, cwd: process.cwd() });
}

/** Call before 'ready' (macOS sends the file that launched the app as early as 'will-finish-launching'). */
export function listenForOpenedFiles(queue: OpenedFiles, window: () => BrowserWindow | null): void {
  app.on('open-file', (event, file) => {
    event.preventDefault(); // we handle it: macOS should not report that the app could not open it
    queue.push(checkPlanFile(file));
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const file = planFileFromSecondInstance(argv, workingDirectory, additionalData, app.isPackaged);
    if (file) queue.push(checkPlanFile(file));
    bringToFront(window());
  });
}

/** Once the window exists: each waiting file brings it to the front and tells its page. */
export function announceOpenedFiles(queue: OpenedFiles, window: () => BrowserWindow | null): void {
  queue.ready(() => {
    const win = window();
    bringToFront(win);
    win?.webContents.send(OPENED_FILE_CHANNEL);
  });
}

/** Restored if minimised and focused; a window not shown yet is left to show itself when its page is drawn. */
function bringToFront(win: BrowserWindow | null): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  if (win.isVisible()) win.focus();
}
