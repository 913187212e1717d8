/**
 * `npm run web`: Plan Editor in a browser. Opens (or creates, with the sample plan) the same database the
 * desktop app uses, serves the built renderer and the API on 127.0.0.1, prints the address and opens it.
 *   node dist/node/web-host.cjs [--db FILE] [--port N] [--open]
 */
import path from 'node:path';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { AppDatabase } from './app-database';
import { DatabaseLockedError } from './db/lock';
import { defaultDatabasePath } from './db/paths';
import { DatabaseOpenError } from './db/open';
import { makeDispatch } from './api/dispatch';
import { makeHandlers } from './api/handlers';
import { startHost } from './api/http-host';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dbPath = path.resolve(arg('--db') ?? defaultDatabasePath());
  const staticDir = path.resolve(__dirname, '..', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error(`The app is not built (${staticDir}): run npm run build.`);
  // On a first run the user data folder does not exist yet (Electron creates it for the desktop app).
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = await AppDatabase.open(dbPath, { program: 'Plan Editor (web host)' });
  db.startBackupTimer();
  const recovery = db.status().recovery;
  if (recovery) console.log(`${recovery.reason}\nIt was moved, unchanged, to ${recovery.movedTo[0]}. Open the app to restore a backup.`);
  const host = await startHost({ dispatch: makeDispatch(makeHandlers(db)), staticDir, port: Number(arg('--port') ?? 0) });
  console.log(`Plan Editor is running at ${host.appUrl}`);
  console.log(`Database: ${dbPath}. Press Ctrl+C to stop.`);
  if (process.argv.includes('--open')) openBrowser(host.appUrl);
  const stop = () => host.close().then(() => (db.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Open that address in your browser.'));
  child.unref();
}

main().catch((e) => {
  console.error(e instanceof DatabaseOpenError || e instanceof DatabaseLockedError ? e.message : `Plan Editor could not start: ${(e as Error).message}`);
  process.exit(1);
});
