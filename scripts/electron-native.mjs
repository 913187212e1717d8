// The Electron build of better-sqlite3 (the only native module the main process loads; the parser's
// utility process loads none), kept apart from the Node build `npm install` made for the CLI, the web host
// and the tests. Fetched with prebuild-install (better-sqlite3's own prebuilt binaries for Electron) into
// native/electron/<platform>-<arch>/ beside a stamp of the versions it was built for. `npm start` calls
// `ensureElectronBinding` for this machine; `npm run dist` runs this file (`--platform win32 --arch x64` for
// another target) so electron-builder.yml can copy it into the package.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { devNativeDir, SQLITE_BINDING_FILE, STAMP_FILE } from '../electron/native-layout.mjs';

const require = createRequire(import.meta.url);
export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const versionOf = (pkg) => JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;

/** The versions a binding must match: the installed Electron and better-sqlite3. */
export function wantedVersions() {
  return { electron: versionOf('electron'), betterSqlite3: versionOf('better-sqlite3') };
}

/** True when the folder holds a binding built for exactly these versions. */
export function hasElectronBinding(root, platform, arch, versions) {
  const dir = path.join(root, devNativeDir(platform, arch));
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP_FILE), 'utf8'));
    return stamp.electron === versions.electron && stamp.betterSqlite3 === versions.betterSqlite3 && fs.statSync(path.join(dir, SQLITE_BINDING_FILE)).size > 0;
  } catch {
    return false;
  }
}

/**
 * Fetches the binding unless it is there already; never touches node_modules/better-sqlite3/build (Node's).
 * Returns { ok: true } or { ok: false, reason } with prebuild-install's last words.
 */
export async function ensureElectronBinding({
  root = ROOT,
  platform = process.platform,
  arch = process.arch,
  versions = wantedVersions(),
  timeoutMs = 120_000,
} = {}) {
  if (hasElectronBinding(root, platform, arch, versions)) return { ok: true, fetched: false };
  const dir = path.join(root, devNativeDir(platform, arch));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // prebuild-install unpacks into <cwd>/build/Release and reads <cwd>/package.json: give it a staging folder.
  const staging = fs.mkdtempSync(path.join(path.dirname(dir), '.staging-'));
  try {
    fs.copyFileSync(require.resolve('better-sqlite3/package.json'), path.join(staging, 'package.json'));
    // prebuild-install comes with better-sqlite3 (its install script): resolved from there, not hoisted.
    const bin = createRequire(require.resolve('better-sqlite3/package.json')).resolve('prebuild-install/bin.js');
    const args = [bin, '--runtime', 'electron', '--target', versions.electron, '--platform', platform, '--arch', arch];
    const r = await run(process.execPath, args, { cwd: staging, timeout: timeoutMs });
    const built = path.join(staging, 'build', 'Release', SQLITE_BINDING_FILE);
    if (r.status !== 0 || !fs.existsSync(built)) {
      const said = `${r.stderr ?? ''}${r.error?.message ?? ''}`.trim().split('\n').filter(Boolean).pop() ?? 'no answer';
      return { ok: false, reason: said.replace(/^prebuild-install\s+(warn|WARN|info)\s+/, '') };
    }
    fs.writeFileSync(path.join(staging, STAMP_FILE), JSON.stringify({ ...versions, platform, arch }, null, 2));
    fs.renameSync(built, path.join(staging, SQLITE_BINDING_FILE));
    fs.rmSync(path.join(staging, 'build'), { recursive: true, force: true });
    fs.rmSync(path.join(staging, 'package.json'));
    // The finished folder replaces any older one in one rename, so a half-fetched binding is never used.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
    return { ok: true, fetched: true };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** A child process's exit status and stderr, without blocking this process (a test serves the download). */
function run(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => resolve({ status: null, stderr, error }));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

// `node scripts/electron-native.mjs [--platform P] [--arch A]`: fetch for packaging.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opt = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const platform = opt('--platform', process.platform);
  const arch = opt('--arch', process.arch);
  const versions = wantedVersions();
  const r = await ensureElectronBinding({ platform, arch, versions });
  if (!r.ok) {
    console.error(`The Electron ${versions.electron} build of better-sqlite3 for ${platform}-${arch} could not be downloaded (${r.reason}).`);
    process.exit(1);
  }
  console.log(
    `${devNativeDir(platform, arch)}: better-sqlite3 ${versions.betterSqlite3} for Electron ${versions.electron}${r.fetched ? ' (downloaded)' : ''}.`,
  );
}
