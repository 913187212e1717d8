/**
 * Which build of better-sqlite3's native addon a process loads. Node (the CLI, the web host, the tests) uses
 * the one `npm install` built into node_modules; Electron's main process has another ABI and loads the
 * Electron build instead, through better-sqlite3's `nativeBinding` option: in a checkout the one `npm start`
 * fetched into native/electron/<platform>-<arch>/, in a packaged app the one electron-builder copied into
 * resources/native/. Pure: the caller says where it runs.
 */
import path from 'node:path';
import { devBindingPath, PACKAGED_BINDING } from './native-layout.mjs';

export interface BindingHost {
  runtime: 'node' | 'electron';
  /** Electron's app.isPackaged. */
  packaged: boolean;
  /** Electron's process.resourcesPath (packaged apps). */
  resourcesPath?: string;
  /** Electron's app.getAppPath(): the project root in a checkout. */
  appPath: string;
  platform: string;
  arch: string;
}

/** The addon file to pass as `nativeBinding`, or undefined for better-sqlite3's own (Node's) build. */
export function chooseSqliteBinding(host: BindingHost): string | undefined {
  if (host.runtime === 'node') return undefined;
  if (host.packaged) {
    if (!host.resourcesPath) throw new Error('A packaged app needs its resources path to find the database engine.');
    return path.join(host.resourcesPath, PACKAGED_BINDING);
  }
  return path.join(host.appPath, devBindingPath(host.platform, host.arch));
}

/** One sentence for a missing Electron build, saying what to do about it. */
export function missingBindingMessage(file: string, packaged: boolean): string {
  return packaged
    ? `Plan Editor's database engine is missing from this installation (${file}). Reinstall Plan Editor.`
    : `The Electron build of the database engine is missing (${file}). Start the app with npm start, which fetches it.`;
}
