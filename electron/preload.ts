/**
 * The preload exposes exactly the contract's calls, one function per name, and nothing else: no
 * ipcRenderer, no channel strings, no Node. Runs sandboxed with context isolation.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, IPC_CHANNEL } from '../shared/api/contract';

const bridge = Object.fromEntries(CALL_NAMES.map((name) => [name, (arg: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, arg)]));

contextBridge.exposeInMainWorld('planEditor', Object.freeze(bridge));
