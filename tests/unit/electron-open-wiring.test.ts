/**
 * The built main process (dist/node/electron-main.cjs) hands plan files opened from outside the app to its
 * window: run against a recording stand-in for 'electron' (no binary here), with 'ready' held back so macOS's
 * early `open-file` can come first. Checks the launch's own file and the single-instance lock's
 * additionalData, `open-file` before 'ready', `second-instance` restoring the window and telling its page,
 * Recent files, and that only the window's page can take a file. `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import type { MenuItemConstructorOptions } from 'electron';
import { devBindingPath } from '../../electron/native-layout.mjs';
import { OPENED_FILE_CHANNEL, SHELL_CHANNEL } from '../../shared/api/desktop';

type Fn = (...args: unknown[]) => unknown;
const ROOT = path.resolve(__dirname, '../..');
const APP_PAGE = 'app://plan-editor/index.html';
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `plan-editor-${name}-`));

const rec = {
  appEvents: new Map<string, Fn[]>(),
  ipc: new Map<string, Fn>(),
  windows: [] as StandInWindow[],
  lock: [] as unknown[],
  menus: [] as MenuItemConstructorOptions[][],
  errors: [] as string[],
  systemRecent: [] as string[],
};
const noop: Fn = new Proxy(() => noop, { get: (_t, k) => (k === 'then' ? undefined : noop) });
/** Members the test does not name are harmless no-ops (session rules, protocol, and the like). */
const lenient = <T extends object>(o: T): T =>
  new Proxy(o, { get: (t, k) => (k in t ? (t as Record<string | symbol, unknown>)[k] : k === 'then' ? undefined : noop) });

class StandInWindow {
  minimized = false;
  visible = false; // created hidden; shown when its page is drawn

  did: string[] = [];
  webContents = lenient({ mainFrame: { url: APP_PAGE, parent: null }, sent: [] as unknown[][], send: (...a: unknown[]) => void this.webContents.sent.push(a) });
  constructor() {
    rec.windows.push(this);
  }
  isMinimized = () => this.minimized;
  isVisible = () => this.visible;
  restore = () => ((this.minimized = false), this.did.push('restore'));
  focus = () => void this.did.push('focus');
  loadURL = () => Promise.resolve();
  once() {}
  on() {}
}

let letReady: () => void = () => {};
const appPath = tmp('app');
const userDir = tmp('user');
const files = tmp('files');
const electron = lenient({
  app: lenient({
    requestSingleInstanceLock: (data: unknown) => (rec.lock.push(data), true),
    on: (ev: string, fn: Fn) => void rec.appEvents.set(ev, [...(rec.appEvents.get(ev) ?? []), fn]),
    whenReady: () => new Promise<void>((r) => (letReady = r)),
    getPath: (name: string) => path.join(userDir, name),
    getAppPath: () => appPath,
    isPackaged: false,
    addRecentDocument: (file: string) => void rec.systemRecent.push(file),
  }),
  ipcMain: lenient({ handle: (channel: string, fn: Fn) => void rec.ipc.set(channel, fn) }),
  dialog: { showErrorBox: (_t: string, m: string) => void rec.errors.push(m) },
  screen: { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }), getAllDisplays: () => [] },
  Menu: { buildFromTemplate: (t: MenuItemConstructorOptions[]) => (rec.menus.push(t), t), setApplicationMenu: () => {} },
  BrowserWindow: StandInWindow,
});

const emit = (ev: string, ...args: unknown[]) => rec.appEvents.get(ev)!.forEach((fn) => fn(...args));
const planFile = (name: string, text = `plan ${name}`) => (fs.writeFileSync(path.join(files, name), text), path.join(files, name));
const win = () => rec.windows[0]!;
const notices = () => win().webContents.sent.filter(([channel]) => channel === OPENED_FILE_CHANNEL).length;
/** The shell call as the window's own page makes it (or, with `from`, another webContents). */
const take = (from: unknown = win().webContents) =>
  rec.ipc.get(SHELL_CHANNEL)!({ sender: from, senderFrame: win().webContents.mainFrame }, 'takeOpenedFile', {});
const taken = (name: string) => ({ ok: true, result: { fileName: name, dataBase64: Buffer.from(`plan ${name}`).toString('base64') } });

const launched = planFile('launched.plan');
const early = planFile('early.plan');
let macPrevented = false;

beforeAll(async () => {
  const bundle = path.join(ROOT, 'dist/node/electron-main.cjs');
  if (!fs.existsSync(bundle)) throw new Error('dist/node/electron-main.cjs is missing: run npm run build first');
  const binding = path.join(appPath, devBindingPath(process.platform, process.arch));
  fs.mkdirSync(path.dirname(binding), { recursive: true });
  fs.copyFileSync(path.join(path.dirname(createRequire(__filename).resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node'), binding);
  const saved = { argv: process.argv, db: process.env.PLAN_EDITOR_DB };
  // `electron <app> <file>`, with a Chromium switch, as a double-click in a checkout would start it.
  process.argv = ['/x/node_modules/electron/dist/electron', appPath, '--allow-file-access-from-files', launched];
  process.env.PLAN_EDITOR_DB = path.join(tmp('db'), 'plans.db');
  const M = Module as unknown as { _load: (this: unknown, request: string, ...rest: unknown[]) => unknown };
  const load = M._load;
  M._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electron : load.call(this, request, ...rest);
  };
  try {
    createRequire(__filename)(bundle);
    // macOS: the file that launched the app, before 'ready'.
    emit('open-file', { preventDefault: () => (macPrevented = true) }, early);
    letReady();
    for (let i = 0; i < 200 && rec.windows.length === 0 && rec.errors.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  } finally {
    M._load = load;
    process.argv = saved.argv;
    if (saved.db === undefined) delete process.env.PLAN_EDITOR_DB;
    else process.env.PLAN_EDITOR_DB = saved.db;
  }
  expect(rec.errors).toEqual([]);
});
afterAll(() => emit('will-quit'));

describe('plan files opened from outside the running app', () => {
  it('sends its own plan file with the single-instance lock, and queues it and macOS’s early open-file for the window', async () => {
    expect(rec.lock).toEqual([{ planFile: launched }]);
    expect(macPrevented).toBe(true);
    // The window was told once (both were waiting when it opened); its page takes them in order.
    expect(notices()).toBe(1);
    expect(win().did).toEqual([]); // not shown yet: left to show itself, not shown blank
    expect(await take()).toEqual(taken('launched.plan'));
    expect(await take()).toEqual(taken('early.plan'));
    expect(await take()).toEqual({ ok: true, result: null });
  });

  it('a second launch: its file is queued, the minimised window restored and focused, and its page told', async () => {
    const sent = planFile('sent.plan');
    Object.assign(win(), { visible: true, minimized: true });
    emit('second-instance', {}, ['/x/electron', appPath, '--original-process-start-time=1', 'ignored.plan'], '/somewhere', { planFile: sent });
    expect(win().did).toEqual(['restore', 'focus', 'focus']);
    expect(notices()).toBe(2);
    expect(await take()).toEqual(taken('sent.plan'));
    // No additionalData (an older build launched it): the file from its argv, against its own folder.
    planFile('relative.plan');
    emit('second-instance', {}, ['/x/electron', appPath, '--allow-file-access-from-files', 'relative.plan'], files, undefined);
    expect(await take()).toEqual(taken('relative.plan'));
    // No file at all: the window only comes to the front.
    win().did.length = 0;
    emit('second-instance', {}, ['/x/electron', appPath], files, {});
    expect([win().did, notices()]).toEqual([['focus'], 3]);
  });

  it('says why a file cannot be opened, and hands files only to the window’s own page', async () => {
    emit('open-file', { preventDefault: () => {} }, planFile('notes.txt'));
    expect(await take()).toEqual({ ok: false, error: { message: 'notes.txt is not a plan file: Plan Editor opens files ending in .plan.' } });
    emit('open-file', { preventDefault: () => {} }, planFile('kept.plan'));
    expect(await take(lenient({}))).toEqual({ ok: false, error: { message: 'Calls are accepted only from the Plan Editor window.' } });
    expect(await take()).toEqual(taken('kept.plan'));
  });

  it('lists opened plan files under Recent files, and a recent plan file opens in the window the same way', async () => {
    const find = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label)!.submenu as MenuItemConstructorOptions[];
    const recent = find(find(rec.menus.at(-1)!, 'File'), 'Recent files');
    expect(recent.map((i) => i.label)).toEqual(['1  kept.plan', '2  relative.plan', '3  sent.plan', '4  early.plan', '5  launched.plan']);
    // And the system's own list (jump list, Dock), whose entries come back through the association.
    expect(rec.systemRecent.map((f) => path.basename(f))).toEqual(['launched.plan', 'early.plan', 'sent.plan', 'relative.plan', 'kept.plan']);
    const before = notices();
    (recent[3]!.click as Fn)();
    expect(notices()).toBe(before + 1);
    expect(await take()).toEqual(taken('early.plan'));
  });
});
