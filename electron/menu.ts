/**
 * Builds the application menu from electron/menu-template.ts, sending each command to the window, and
 * rebuilds it when the recent files change. A recent plan file opens in this window, as a double-clicked
 * one does (openPlanFile checks it and queues it for the page); workbooks and PDFs open in their own program
 * (Excel, a PDF viewer): only ones this app saved or imported, and only while they still exist.
 */
import { Menu, shell, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/api/desktop';
import { appMenuTemplate } from './menu-template';

export function installMenu(getWindow: () => BrowserWindow | null, recent: () => readonly string[], openPlanFile: (file: string) => void): () => void {
  const send = (command: AppCommand) => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const openRecent = (file: string) => {
    if (/\.plan$/i.test(file)) openPlanFile(file);
    else if (/\.(xlsx|pdf)$/i.test(file) && fs.existsSync(file)) void shell.openPath(file);
  };
  const build = () =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ mac: process.platform === 'darwin', recent: recent(), send, openRecent })));
  build();
  return build;
}
