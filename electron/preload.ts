/**
 * The preload exposes exactly the contract's calls, one function per name, as window.planEditor, and the
 * desktop shell's few calls, menu commands and opened-file notices (shared/api/desktop.ts) as window.planEditorDesktop; nothing
 * else: no ipcRenderer, no channel strings, no Node. Runs sandboxed with context isolation.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, IPC_CHANNEL } from '../shared/api/contract';
import { COMMAND_CHANNEL, OPENED_FILE_CHANNEL, SHELL_CALL_NAMES, SHELL_CHANNEL, isAppCommand, type AppCommand } from '../shared/api/desktop';

const bridge = Object.fromEntries(CALL_NAMES.map((name) => [name, (arg: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, arg)]));

contextBridge.exposeInMainWorld('planEditor', Object.freeze(bridge));

const desktop = {
  ...Object.fromEntries(SHELL_CALL_NAMES.map((name) => [name, (arg: unknown) => ipcRenderer.invoke(SHELL_CHANNEL, name, arg)])),
  /** Only the known commands reach the page's listener. */
  onCommand: (listener: (command: AppCommand) => void) => {
    const heard = (_e: IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, heard);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, heard);
  },
  /** Only that a file waits reaches the page, never anything sent with it; the page takes the file through takeOpenedFile. */
  onOpenedFile: (listener: () => void) => {
    const heard = () => listener();
    ipcRenderer.on(OPENED_FILE_CHANNEL, heard);
    return () => void ipcRenderer.removeListener(OPENED_FILE_CHANNEL, heard);
  },
};

contextBridge.exposeInMainWorld('planEditorDesktop', Object.freeze(desktop));
