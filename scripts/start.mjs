// `npm start`: the desktop app. Checks Node, builds if the build is missing or older than the sources,
// makes sure Electron's runtime and the Electron build of the database engine are there (downloading them
// once), then starts Electron. Where one of those cannot be had it says which in ONE line and opens the same
// app in the browser instead (what `npm run web` does), so `npm start` always ends with a working app.
//   npm start [-- --web] [-- --no-open]
// Kept to syntax old Node versions can parse, so a too-old Node gets the sentence below, not a SyntaxError.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const say = (line) => console.log(`Plan Editor: ${line}`);

const nodeAtLeast = (major, minor) => {
  const [a, b] = process.versions.node.split('.').map(Number);
  return a > major || (a === major && b >= minor);
};
// package.json's engines: ^20.19.0 || >=22.12.0 (what Vite 8 and Electron's tooling need).
const major = Number(process.versions.node.split('.')[0]);
if (!(nodeAtLeast(22, 12) || (major === 20 && nodeAtLeast(20, 19)))) {
  say(
    `needs Node 22.12 or later, or 20.19 or later in Node 20 (this is Node ${process.versions.node}); install a current Node from https://nodejs.org and run npm start again.`,
  );
  process.exit(1);
}

ensureBuilt();
if (args.includes('--web')) openInBrowser('opening the app in your browser (--web).');
else {
  const missing = await desktopMissing();
  if (missing) openInBrowser(`${missing}; opening the same app in your browser instead (as npm run web does).`);
  else startElectron();
}

/** Why the desktop app cannot start here (one clause), or null when it can. */
async function desktopMissing() {
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return 'the Electron package is not installed (run npm install)';
  }
  if (!electronBinary(electronDir)) {
    const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0 || !electronBinary(electronDir)) {
      // @electron/get, Electron's downloader, declares Node 22.12 or later: say so when that may be the cause.
      const oldNode = nodeAtLeast(22, 12) ? '' : `; its installer needs Node 22.12 or later and this is Node ${process.versions.node}`;
      return `Electron's runtime could not be downloaded (${lastLine(`${r.stderr ?? ''}${r.error?.message ?? ''}`)}${oldNode})`;
    }
  }
  const { ensureElectronBinding, wantedVersions } = await import('./electron-native.mjs');
  const versions = wantedVersions();
  const b = await ensureElectronBinding({ root, versions });
  if (!b.ok)
    return `the Electron ${versions.electron} build of the database engine (better-sqlite3 ${versions.betterSqlite3}) is missing and could not be downloaded (${b.reason})`;
  return null;
}

/** The most telling line of an installer's error output (its message, not its stack). */
function lastLine(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  return (lines.pop() ?? 'no answer').replace(/^(Error|TypeError|RequestError): /, '').slice(0, 200);
}

function electronBinary(electronDir) {
  try {
    const bin = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8'));
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function startElectron() {
  const bin = electronBinary(path.dirname(require.resolve('electron/package.json')));
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(bin, [root, ...args.filter((a) => !a.startsWith('--no-open'))], { stdio: 'inherit', env });
  child.on('error', (e) => openInBrowser(`Electron's runtime would not start (${e.message}); opening the same app in your browser instead.`));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  forwardSignals(child);
}

/** The same app in the browser: the web host, which prints its address and opens it (unless --no-open). */
function openInBrowser(line) {
  say(line);
  const host = spawn(process.execPath, [path.join(root, 'dist', 'node', 'web-host.cjs'), ...(args.includes('--no-open') ? [] : ['--open'])], {
    stdio: 'inherit',
  });
  host.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
  forwardSignals(host);
}

function forwardSignals(child) {
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
}

/** Builds when an output is missing or older than the newest source; build errors are shown, nothing else. */
function ensureBuilt() {
  const outputs = [
    'dist/node/electron-main.cjs',
    'dist/node/preload.cjs',
    'dist/node/web-host.cjs',
    'dist/node/import-worker.cjs',
    'dist/renderer/index.html',
  ].map((f) => path.join(root, f));
  const oldestOutput = Math.min(...outputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const inputs = ['shared', 'electron', 'renderer'].map((d) => newestIn(path.join(root, d)));
  if (oldestOutput > 0 && Math.max(...inputs) <= oldestOutput) return;
  say('building the app (once, or after a change to the sources)…');
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    say('the build failed (above); fix it and run npm start again.');
    process.exit(1);
  }
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}
