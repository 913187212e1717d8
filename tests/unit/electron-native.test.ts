/**
 * The database engine's native addon in each process: which build is chosen (Electron or Node, packaged or
 * a checkout), that the choice reaches better-sqlite3 for every connection, that `npm start`'s fetch puts
 * the Electron build in its own folder (through the real prebuild-install, served by a local stand-in for
 * GitHub's release host), and that the packaged file list carries that build and the parser worker but
 * not Node's build. What needs Electron's binary itself is listed in README.md ("What only a machine with Electron's binary can confirm").
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { chooseSqliteBinding, missingBindingMessage } from '../../electron/native-binding';
import { devBindingPath, PACKAGED_BINDING, SQLITE_BINDING_FILE } from '../../electron/native-layout.mjs';
import { useSqliteBinding } from '../../electron/db/sqlite-binding';
import { openDatabase, DatabaseOpenError } from '../../electron/db/open';
import { checkDatabaseFile } from '../../electron/db/health';
import { ensureElectronBinding, hasElectronBinding, wantedVersions } from '../../scripts/electron-native.mjs';

const ROOT = path.resolve(__dirname, '../..');
const req = createRequire(__filename);
const NODE_ADDON = path.join(path.dirname(req.resolve('better-sqlite3/package.json')), 'build', 'Release', SQLITE_BINDING_FILE);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-native-'));

describe('choosing the addon', () => {
  const base = { appPath: '/home/u/plan-editor', platform: 'linux', arch: 'x64', resourcesPath: '/opt/Plan Editor/resources' };

  it('leaves Node (CLI, web host, tests) on better-sqlite3’s own build', () => {
    expect(chooseSqliteBinding({ ...base, runtime: 'node', packaged: false })).toBeUndefined();
    expect(chooseSqliteBinding({ ...base, runtime: 'node', packaged: true })).toBeUndefined();
  });

  it('gives Electron in a checkout the build npm start fetched for this platform', () => {
    expect(chooseSqliteBinding({ ...base, runtime: 'electron', packaged: false })).toBe(
      path.join('/home/u/plan-editor', 'native', 'electron', 'linux-x64', 'better_sqlite3.node'),
    );
    expect(chooseSqliteBinding({ ...base, runtime: 'electron', packaged: false, platform: 'win32', arch: 'arm64' })).toBe(
      path.join('/home/u/plan-editor', 'native', 'electron', 'win32-arm64', 'better_sqlite3.node'),
    );
  });

  it('gives a packaged app the build beside its asar, in resources/native', () => {
    expect(chooseSqliteBinding({ ...base, runtime: 'electron', packaged: true })).toBe(
      path.join('/opt/Plan Editor/resources', 'native', 'better_sqlite3.node'),
    );
    expect(() => chooseSqliteBinding({ ...base, resourcesPath: undefined, runtime: 'electron', packaged: true })).toThrow(/resources path/);
  });

  it('says what to do when the build is missing, in one sentence each', () => {
    expect(missingBindingMessage('/x/b.node', false)).toBe(
      'The Electron build of the database engine is missing (/x/b.node). Start the app with npm start, which fetches it.',
    );
    expect(missingBindingMessage('/x/b.node', true)).toMatch(
      /^Plan Editor's database engine is missing from this installation \(\/x\/b\.node\)\. Reinstall Plan Editor\.$/,
    );
  });
});

describe('the chosen addon reaches every connection', () => {
  afterEach(() => useSqliteBinding(undefined));

  it('opens the database and the start-up check with the addon file it was given', () => {
    const dir = tmp();
    const copy = path.join(dir, 'engine', SQLITE_BINDING_FILE);
    fs.mkdirSync(path.dirname(copy));
    fs.copyFileSync(NODE_ADDON, copy); // Node's build under another name: loadable here, and traceable
    useSqliteBinding(copy);
    const db = openDatabase(path.join(dir, 'plans.db'));
    db.close();
    expect(Object.keys(req.cache)).toContain(copy);
    expect(checkDatabaseFile(path.join(dir, 'plans.db'))).toMatchObject({ ok: true });
  });

  it('refuses plainly, changing nothing, when the addon file is not there', () => {
    const dir = tmp();
    useSqliteBinding(path.join(dir, 'missing', SQLITE_BINDING_FILE));
    expect(() => openDatabase(path.join(dir, 'plans.db'))).toThrow(DatabaseOpenError);
    expect(checkDatabaseFile(NODE_ADDON)).toMatchObject({ ok: false });
    expect(fs.existsSync(path.join(dir, 'plans.db'))).toBe(false);
  });
});

describe('fetching the Electron build (scripts/electron-native.mjs, run by npm start)', () => {
  /** A stand-in for GitHub's release host: serves one prebuilt tarball and records what was asked for. */
  async function releaseHost(): Promise<{ url: string; asked: string[]; close: () => Promise<void> }> {
    const asked: string[] = [];
    const tarball = zlib.gzipSync(tarOf('build/Release/better_sqlite3.node', fs.readFileSync(NODE_ADDON)));
    const server = http.createServer((rq, rs) => {
      asked.push(rq.url!);
      if (/^\/v[^/]+\/[^/]+-electron-v\d+-[^/]+\.tar\.gz$/.test(rq.url!)) rs.end(tarball);
      else rs.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}`, asked, close: () => new Promise((r) => server.close(() => r())) };
  }
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  });

  it('downloads the prebuilt binary for the installed Electron into native/electron/<platform>-<arch>, and only once', async () => {
    const root = tmp();
    const host = await releaseHost();
    process.env.npm_config_better_sqlite3_binary_host = host.url;
    process.env.npm_config_cache = path.join(root, 'npm-cache');
    try {
      const versions = wantedVersions();
      const nodeBuildBefore = fs.statSync(NODE_ADDON).mtimeMs;
      expect(hasElectronBinding(root, 'linux', 'x64', versions)).toBe(false);
      expect(await ensureElectronBinding({ root, platform: 'linux', arch: 'x64', versions })).toEqual({ ok: true, fetched: true });
      // Electron 45's ABI is 150; Node 20's is 115: the request names the Electron runtime and its ABI.
      expect(host.asked).toEqual([`/v${versions.betterSqlite3}/better-sqlite3-v${versions.betterSqlite3}-electron-v150-linux-x64.tar.gz`]);
      const file = path.join(root, devBindingPath('linux', 'x64'));
      expect(fs.readFileSync(file).equals(fs.readFileSync(NODE_ADDON))).toBe(true);
      expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['better_sqlite3.node', 'versions.json']);
      expect(fs.readdirSync(path.join(root, 'native', 'electron'))).toEqual(['linux-x64']); // no staging left
      expect(hasElectronBinding(root, 'linux', 'x64', versions)).toBe(true);
      expect(await ensureElectronBinding({ root, platform: 'linux', arch: 'x64', versions })).toEqual({ ok: true, fetched: false });
      expect(host.asked).toHaveLength(1);
      // A newer Electron needs a new build.
      expect(hasElectronBinding(root, 'linux', 'x64', { ...versions, electron: '99.0.0' })).toBe(false);
      expect(fs.statSync(NODE_ADDON).mtimeMs).toBe(nodeBuildBefore); // Node's build untouched
    } finally {
      await host.close();
    }
  });

  it('reports a failed download in words and leaves nothing half-fetched', async () => {
    const root = tmp();
    const host = await releaseHost();
    process.env.npm_config_better_sqlite3_binary_host = `${host.url}/nothing-here`;
    process.env.npm_config_cache = path.join(root, 'npm-cache');
    try {
      const r = await ensureElectronBinding({ root, platform: 'win32', arch: 'x64', versions: wantedVersions() });
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.reason).toMatch(/No prebuilt binaries found/);
      expect(fs.readdirSync(path.join(root, 'native', 'electron'))).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

describe('the packaged file list (electron-builder.yml)', () => {
  type FileSet = string | { from: string; to: string };
  const yaml = req('js-yaml') as { load: (text: string) => unknown };
  const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
    files: string[];
    asarUnpack: string[];
    npmRebuild: boolean;
    win: { extraResources: FileSet[] };
    linux: { extraResources: FileSet[] };
    mac: { extraResources: FileSet[] };
  };
  const { minimatch } = req('minimatch') as { minimatch: (p: string, g: string, o?: object) => boolean };
  const dependencies = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: object }).dependencies);
  /**
   * electron-builder's rule: the production dependencies' node_modules are copied, then a file is packaged
   * when the last pattern of `files` that matches it is not a negation.
   */
  const packaged = (file: string) =>
    config.files.reduce(
      (inc, pattern) =>
        pattern.startsWith('!') ? (minimatch(file, pattern.slice(1), { dot: true }) ? false : inc) : minimatch(file, pattern, { dot: true }) || inc,
      dependencies.some((d) => file.startsWith(`node_modules/${d}/`)),
    );

  it('carries the Electron build for each target into resources/native, where the app looks for it', () => {
    for (const [target, platform] of [
      ['win', 'win32'],
      ['linux', 'linux'],
      ['mac', 'darwin'],
    ] as const) {
      const sets = config[target].extraResources.filter((s): s is { from: string; to: string } => typeof s === 'object');
      // ${arch} is electron-builder's macro for the target architecture.
      expect(sets, target).toContainEqual({
        from: devBindingPath(platform, '${arch}').split(path.sep).join('/'),
        to: PACKAGED_BINDING.split(path.sep).join('/'),
      });
    }
    expect(chooseSqliteBinding({ runtime: 'electron', packaged: true, resourcesPath: '/r', appPath: '/a', platform: 'linux', arch: 'x64' })).toBe(
      path.join('/r', PACKAGED_BINDING),
    );
  });

  it('gives every target the app icon, a 512 x 512 PNG made from assets/icon.svg', () => {
    for (const target of ['win', 'linux', 'mac'] as const) expect((config[target] as { icon?: string }).icon, target).toBe('assets/icon.png');
    const png = fs.readFileSync(path.join(ROOT, 'assets/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(fs.readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 512 512"/);
  });

  it('carries only that build: no rebuild in place, no Node build of better-sqlite3 in the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(packaged('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(false);
    expect(packaged('node_modules/better-sqlite3/lib/database.js')).toBe(true);
  });

  it('carries the main process, the preload, the renderer and the parser worker, unpacked from the asar', () => {
    for (const f of [
      'dist/node/electron-main.cjs',
      'dist/node/preload.cjs',
      'dist/node/import-worker.cjs',
      'dist/renderer/index.html',
      'assets/sample-plan.json',
      'assets/icon.png',
      'package.json',
    ]) {
      expect(packaged(f), f).toBe(true);
    }
    expect(packaged('dist/node/electron-main.cjs.map')).toBe(false);
    // electron/excel/parse-isolated.ts starts the worker from app.asar.unpacked.
    expect(config.asarUnpack.some((g) => minimatch('dist/node/import-worker.cjs', g))).toBe(true);
    expect(config.asarUnpack.some((g) => minimatch('dist/node/docx-worker.cjs', g))).toBe(true);
  });

  it('needs no other native module in the main process or the parser’s process', () => {
    const requiredBy = (bundle: string) =>
      [...fs.readFileSync(path.join(ROOT, 'dist/node', bundle), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    const isNative = (pkg: string) => {
      // By folder, not require.resolve: some packages (docx) do not export their package.json.
      const dir = path.join(ROOT, 'node_modules', pkg);
      return fs.existsSync(path.join(dir, 'binding.gyp')) || fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.node'));
    };
    const packages = (bundle: string) => [
      ...new Set(
        requiredBy(bundle)
          .filter((id) => !id.startsWith('node:') && !isBuiltin(id) && id !== 'electron')
          .map((id) => id.split('/')[0]!),
      ),
    ];
    expect(packages('electron-main.cjs').filter(isNative)).toEqual(['better-sqlite3']);
    expect(packages('import-worker.cjs')).toEqual([]); // self-contained: nothing loaded from node_modules
    expect(packages('docx-worker.cjs')).toEqual([]); // the Word reader's process, the same way
  });
});

const isBuiltin = (id: string) => (req('node:module') as { isBuiltin: (s: string) => boolean }).isBuiltin(id);

/** One file in a ustar archive (what prebuild-install unpacks). */
function tarOf(name: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const put = (s: string, at: number, len: number) => header.write(s.padEnd(len, '\0').slice(0, len), at, 'latin1');
  put(name, 0, 100);
  put('0000644', 100, 8);
  put('0000000', 108, 8);
  put('0000000', 116, 8);
  put(data.length.toString(8).padStart(11, '0'), 124, 12);
  put(
    Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0'),
    136,
    12,
  );
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\u000000', 257, 8);
  let sum = 0;
  for (const b of header) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, pad, Buffer.alloc(1024)]);
}
