/**
 * The Electron security rules, tested without Electron's binary: the pure functions electron/window.ts and
 * electron/main.ts wire in, the built page, the preload bundle and the packaging fuses (see SECURITY.md).
 * The built main bundle is also run against a stand-in for 'electron' to check the wiring. `npm test` builds
 * first; run `npm run build` before running this file on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import vm from 'node:vm';
import Module, { createRequire } from 'node:module';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  REMOTE_URL_PATTERNS,
  SECURITY_HEADERS,
  appResponseHeaders,
  externalLinkDecision,
  isAppUrl,
  isTrustedIpcSender,
  mainWindowWebPreferences,
  navigationDecision,
  permissionDecision,
  resolveAppRequest,
} from '../../electron/security';
import { CALL_NAMES, IPC_CHANNEL } from '../../shared/api/contract';
import type { MenuItemConstructorOptions } from 'electron';
import { devBindingPath } from '../../electron/native-layout.mjs';
import { COMMAND_CHANNEL, OPENED_FILE_CHANNEL, SHELL_CALL_NAMES, SHELL_CHANNEL } from '../../shared/api/desktop';

const ROOT = path.resolve(__dirname, '../..');
const RENDERER = path.join(ROOT, 'dist/renderer');

function built(rel: string): string {
  const file = path.join(ROOT, rel);
  if (!fs.existsSync(file)) throw new Error(`${rel} is missing: run npm run build first`);
  return fs.readFileSync(file, 'utf8');
}

describe('the window', () => {
  it('has isolated, sandboxed, Node-free web preferences with every risky feature off', () => {
    expect(mainWindowWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
    expect(mainWindowWebPreferences('x')).not.toHaveProperty('enableBlinkFeatures');
  });

  it('registers app:// as standard and secure with fetch, and no privilege beyond that', () => {
    // No bypassCSP, corsEnabled, allowServiceWorkers or stream: the scheme is an ordinary secure origin.
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_ORIGIN).toBe('app://plan-editor');
    expect(APP_INDEX_URL).toBe('app://plan-editor/index.html');
  });
});

describe('which URLs are the app', () => {
  const app = [
    'app://plan-editor/index.html',
    'app://plan-editor/',
    'app://plan-editor/assets/index.js?v=1#top',
    'APP://PLAN-EDITOR/index.html', // Chromium lower-cases a standard scheme's host
    'app://plan-editor/../index.html', // the URL parser keeps .. inside the origin
  ];
  const notApp = [
    'app://plan-editor.evil.com/index.html',
    'app://plan-editor@evil.com/index.html',
    'app://evil.com@plan-editor/index.html',
    'app://plan-editor\\@evil.com/',
    'app://plan-editor:8080/index.html',
    'app://plan-editor%2eevil.com/',
    'app://plan-editor./',
    'app://evil.com/plan-editor/index.html',
    'app:plan-editor/index.html',
    'app:///plan-editor/index.html',
    'https://plan-editor/index.html',
    'http://127.0.0.1:5173/',
    'file:///opt/Plan Editor/resources/app.asar/dist/renderer/index.html',
    'javascript:location="app://plan-editor/"',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://plan-editor/1234',
    'about:blank',
    '',
    'not a url',
  ];
  it.each(app)('%s is the app', (url) => expect(isAppUrl(url)).toBe(true));
  it.each(notApp)('%s is not the app', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('navigation and new windows', () => {
  it('never navigates away: only a same-document move inside the app proceeds', () => {
    expect(navigationDecision('app://plan-editor/index.html#section-3', true)).toBe('allow');
    expect(navigationDecision('app://plan-editor/index.html', false)).toBe('deny');
    expect(navigationDecision('app://plan-editor/other.html')).toBe('deny');
    for (const url of ['https://app.example.com.evil.com/', 'app://plan-editor.evil.com/#x', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(navigationDecision(url, true), url).toBe('deny');
      expect(navigationDecision(url, false), url).toBe('deny');
    }
  });

  it('sends only https: and mailto: links to the user’s programs, never any other scheme', () => {
    const external = ['https://www.kent.gov.uk/plans', 'https://app.example.com.evil.com/page', 'HTTPS://EXAMPLE.COM/', 'mailto:plans@kent.gov.uk'];
    const refused = [
      'http://example.com/',
      'file:///C:/Windows/System32/calc.exe',
      'file://server/share/run.exe',
      'smb://server/share',
      '\\\\server\\share\\run.exe',
      'ms-msdt:/id PCWDiagnostic /skip force',
      'search-ms:query=x',
      'javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://plan-editor/index.html',
      'https://user:password@example.com/',
      'mailto:',
      'not a url',
    ];
    for (const url of external) expect(externalLinkDecision(url), url).toBe('open-external');
    for (const url of refused) expect(externalLinkDecision(url), url).toBe('deny');
  });
});

describe('permissions and IPC', () => {
  it('refuses every permission, even to the app itself', () => {
    for (const p of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
      'serial',
      'unknown',
    ]) {
      expect(permissionDecision(p, APP_INDEX_URL), p).toBe(false);
    }
  });

  it('trusts IPC only from the app page in a main frame', () => {
    expect(isTrustedIpcSender('app://plan-editor/index.html', true)).toBe(true);
    expect(isTrustedIpcSender('app://plan-editor/index.html', false)).toBe(false); // a subframe
    expect(isTrustedIpcSender('about:srcdoc', false)).toBe(false); // the print preview's frame
    for (const url of ['app://plan-editor.evil.com/', 'file:///tmp/index.html', 'https://evil.com/', 'data:text/html,x', '', null, undefined]) {
      expect(isTrustedIpcSender(url, true), String(url)).toBe(false);
    }
  });

  it('cancels every request to a network', () => {
    expect([...REMOTE_URL_PATTERNS].sort()).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
  });
});

describe('the app:// protocol', () => {
  const root = '/srv/renderer';
  it('maps app://plan-editor/<path> to a file under the renderer folder with its type', () => {
    expect(resolveAppRequest('app://plan-editor/', root)).toEqual({ ok: true, file: '/srv/renderer/index.html', mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://plan-editor/assets/index-1.js?x=1', root)).toEqual({
      ok: true,
      file: '/srv/renderer/assets/index-1.js',
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://plan-editor/assets/a.css', root)).toMatchObject({ ok: true, mimeType: 'text/css; charset=utf-8' });
    expect(resolveAppRequest('app://plan-editor/blob.bin', root)).toMatchObject({ ok: true, mimeType: 'application/octet-stream' });
  });

  const escapes = [
    'app://plan-editor/..%2f..%2fetc%2fpasswd',
    'app://plan-editor/assets%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://plan-editor/..\\..\\etc\\passwd',
    'app://plan-editor/a%5c..%5c..%5cwin.ini',
    'app://plan-editor/C:/Windows/win.ini',
    'app://plan-editor/C%3a%5cWindows%5cwin.ini',
    'app://plan-editor/index.html%00.png',
    'app://plan-editor/%E0%A4%A',
    'app://plan-editor.evil.com/index.html',
    'app://plan-editor@evil.com/index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ];
  it.each(escapes)('refuses %s', (url) => expect(resolveAppRequest(url, root).ok).toBe(false));

  it('keeps dot segments inside the renderer folder, in any spelling', () => {
    // The URL parser resolves these against the origin's root, so they never leave the folder.
    for (const url of [
      'app://plan-editor/../../etc/passwd',
      'app://plan-editor/%2e%2e/%2e%2e/etc/passwd',
      'app://plan-editor/.%2E/x',
      'app://plan-editor//etc/passwd',
    ]) {
      const r = resolveAppRequest(url, root);
      expect(r.ok && r.file.startsWith('/srv/renderer/'), url).toBe(true);
    }
  });

  it('answers with the CSP and the other security headers', () => {
    const h = appResponseHeaders('text/html; charset=utf-8');
    expect(h).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    expect(SECURITY_HEADERS).toMatchObject({ 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Opener-Policy': 'same-origin', 'X-Frame-Options': 'DENY' });
  });
});

describe('the Content-Security-Policy', () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v.join(' ')]),
    );

  it('is strict: nothing by default, scripts only from the app, no eval, no remote sources', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toBe("'none'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*|ws:|wss:/);
    expect(d.get('script-src')).not.toContain('unsafe-inline');
  });

  it('is the same in the meta tag, less what a meta tag ignores', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the built page (dist/renderer/index.html)', () => {
  const html = () => built('dist/renderer/index.html');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

  it('carries the policy in its meta tag', () => {
    const metas = html().match(/<meta[^>]+http-equiv="Content-Security-Policy"[^>]*>/gi) ?? [];
    expect(metas).toHaveLength(1);
    expect(attr(metas[0]!, 'content')).toBe(CONTENT_SECURITY_POLICY_META);
  });

  it('has no inline script or event handler, and nothing remote', () => {
    const page = html();
    const scripts = page.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(attr(s, 'src'), s).toBeTruthy();
      expect(
        s
          .replace(/^<script\b[^>]*>/i, '')
          .replace(/<\/script>$/i, '')
          .trim(),
        s,
      ).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('loads every script and stylesheet from app://plan-editor/ through the protocol rules', () => {
    const refs = [...html().matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+)"/gi)].map((m) => m[1]!).filter((r) => !r.startsWith('data:'));
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const ref of refs) {
      const url = new URL(ref, APP_INDEX_URL).href;
      expect(isAppUrl(url), url).toBe(true);
      const r = resolveAppRequest(url, RENDERER);
      expect(r.ok && fs.existsSync(r.file), url).toBe(true);
      const css = r.ok && r.file.endsWith('.css') ? fs.readFileSync(r.file, 'utf8') : '';
      expect(css).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    }
  });
});

describe('the preload bundle (dist/node/preload.cjs)', () => {
  function runPreload() {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const listeners = new Map<string, ((...a: unknown[]) => void)[]>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true })),
        on: (channel: string, fn: (...a: unknown[]) => void) => void listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
        removeListener: (channel: string, fn: unknown) =>
          void listeners.set(
            channel,
            (listeners.get(channel) ?? []).filter((f) => f !== fn),
          ),
      },
    };
    const sandboxRequire = (id: string) => {
      // A sandboxed preload can require only 'electron'; anything else must be bundled in.
      if (id === 'electron') return electron;
      throw new Error(`preload required ${id}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(built('dist/node/preload.cjs'), { require: sandboxRequire, module, exports: module.exports, console });
    return { exposed, invoked, listeners };
  }

  it('exposes one frozen object, window.planEditor, with exactly the contract’s calls', () => {
    const { exposed } = runPreload();
    expect(Object.keys(exposed)).toEqual(['planEditor', 'planEditorDesktop']);
    const api = exposed.planEditor as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const name of CALL_NAMES) expect(typeof api[name], name).toBe('function');
    for (const leak of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'require', 'process']) expect(api).not.toHaveProperty(leak);
  });

  it('exposes the desktop shell as one frozen object: its calls and menu commands, nothing else', async () => {
    const { exposed, invoked, listeners } = runPreload();
    const desktop = exposed.planEditorDesktop as Record<string, (...a: unknown[]) => unknown>;
    expect(Object.keys(desktop).sort()).toEqual([...SHELL_CALL_NAMES, 'onCommand', 'onOpenedFile'].sort());
    expect(Object.isFrozen(desktop)).toBe(true);
    await desktop.saveFile!({ fileName: 'a.xlsx', dataBase64: '', kind: 'xlsx' });
    expect(invoked).toEqual([[SHELL_CHANNEL, 'saveFile', { fileName: 'a.xlsx', dataBase64: '', kind: 'xlsx' }]]);
    const heard: unknown[] = [];
    const stop = desktop.onCommand!((c: unknown) => heard.push(c)) as () => void;
    const send = (c: unknown) => listeners.get(COMMAND_CHANNEL)!.forEach((fn) => fn({ sender: 'main' }, c));
    send('export-budgets');
    send('rm -rf /'); // not a command: never reaches the page
    send({ toString: () => 'print' });
    stop();
    expect(listeners.get(COMMAND_CHANNEL)).toEqual([]);
    expect(heard).toEqual(['export-budgets']);
    // A waiting plan file: the page hears only that one waits, never what came with the message.
    const notices: unknown[][] = [];
    const stopFiles = desktop.onOpenedFile!((...a: unknown[]) => notices.push(a)) as () => void;
    listeners.get(OPENED_FILE_CHANNEL)!.forEach((fn) => fn({ sender: 'main' }, '/etc/passwd'));
    stopFiles();
    expect([notices, listeners.get(OPENED_FILE_CHANNEL)]).toEqual([[[]], []]);
  });

  it('forwards a call as (channel, name, argument) and nothing else', async () => {
    const { exposed, invoked } = runPreload();
    await (exposed.planEditor as Record<string, (a: unknown) => Promise<unknown>>).getPlan!({ planId: 7 });
    expect(invoked).toEqual([[IPC_CHANNEL, 'getPlan', { planId: 7 }]]);
  });
});

describe('packaging fuses (electron-builder.yml)', () => {
  it('turns off Node entry points and file: privileges, and loads the app only from a checked asar', () => {
    // js-yaml comes with electron-builder; it has no type definitions here.
    const yaml = createRequire(__filename)('js-yaml') as { load: (text: string) => unknown };
    const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });
});

describe('the Electron wiring (source)', () => {
  // A lint for what only a machine with Electron could observe: no risky option anywhere in the shell.
  const sources = fs
    .readdirSync(path.join(ROOT, 'electron'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, fs.readFileSync(path.join(ROOT, 'electron', f), 'utf8')] as const);

  it('never loads file://, never weakens a web preference, calls openExternal in one checked place', () => {
    for (const [file, text] of sources) {
      expect(text, file).not.toMatch(/\.loadFile\(|nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
      expect(text, file).not.toMatch(
        /allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures\s*:|webviewTag:\s*true|enableRemoteModule/,
      );
      expect(text, file).not.toMatch(/bypassCSP|corsEnabled/);
    }
    const openers = sources.filter(([, text]) => text.includes('shell.openExternal(')).map(([f]) => f);
    expect(openers).toEqual(['window.ts']);
    const window = sources.find(([f]) => f === 'window.ts')![1];
    expect(window).toMatch(/externalLinkDecision\(url\) === 'open-external'\)[^\n]*shell\.openExternal\(url\)/);
  });
});

describe('the main process wiring (dist/node/electron-main.cjs with a stand-in for electron)', () => {
  // Runs the real main-process bundle with a recording `electron` module, so the wiring of the rules above
  // is checked without Electron's binary: scheme registration, app://, session handlers, webContents
  // rules and the IPC sender check. Unknown Electron members are harmless no-ops.
  type Fn = (...args: unknown[]) => unknown;
  const rec = {
    order: [] as string[],
    privileged: [] as unknown[],
    protocols: new Map<string, Fn>(),
    appEvents: new Map<string, Fn[]>(),
    ipc: new Map<string, Fn>(),
    session: {} as Record<string, unknown>,
    windows: [] as BrowserWindow[],
    opened: [] as string[],
    errors: [] as string[],
    sqliteOptions: [] as Record<string, unknown>[],
    menus: [] as MenuItemConstructorOptions[][],
    printed: [] as unknown[],
    dialogs: [] as { defaultPath: string }[],
    shown: [] as string[],
  };
  // In a checkout the main process loads the Electron build npm start fetched into <app>/native/electron/...;
  // here that place holds a copy of Node's build, which this process can load.
  const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-app-'));
  const electronBinding = path.join(appPath, devBindingPath(process.platform, process.arch));
  const noop: Fn = new Proxy(() => noop, { get: (_t, k) => (k === 'then' ? undefined : noop) });
  const lenient = <T extends object>(o: T): T =>
    new Proxy(o, { get: (t, k) => (k in t ? (t as Record<string | symbol, unknown>)[k] : k === 'then' ? undefined : noop) });
  const webContents = (url: string) => {
    const handlers = new Map<string, Fn>();
    const mainFrame = { url, parent: null };
    const sent: unknown[][] = [];
    return lenient({
      handlers,
      mainFrame,
      sent,
      on: (ev: string, fn: Fn) => void handlers.set(ev, fn),
      setWindowOpenHandler: (fn: Fn) => void handlers.set('window-open', fn),
      send: (...args: unknown[]) => void sent.push(args),
      print: (options: unknown, done: Fn) => (rec.printed.push(options), done(true, '')),
    });
  };
  class BrowserWindow {
    options: { webPreferences: Record<string, unknown>; width?: number; height?: number };
    url?: string;
    events = new Map<string, Fn>();
    webContents = webContents('app://plan-editor/index.html');
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.options = options;
      rec.windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    once() {}
    on(ev: string, fn: Fn) {
      this.events.set(ev, fn);
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1200, height: 800 };
    }
    isMaximized() {
      return true;
    }
    destroy() {}
  }
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-user-'));
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const electron = lenient({
    app: lenient({
      requestSingleInstanceLock: () => true,
      on: (ev: string, fn: Fn) => void rec.appEvents.set(ev, [...(rec.appEvents.get(ev) ?? []), fn]),
      whenReady: () => (rec.order.push('whenReady'), Promise.resolve()),
      getPath: (name: string) => path.join(userDir, name),
      getAppPath: () => appPath,
      isPackaged: false,
      getVersion: () => '0.0.0-test',
    }),
    protocol: lenient({
      registerSchemesAsPrivileged: (s: unknown[]) => (rec.order.push('registerSchemesAsPrivileged'), rec.privileged.push(...s)),
      handle: (scheme: string, fn: Fn) => void rec.protocols.set(scheme, fn),
    }),
    session: {
      defaultSession: lenient({
        setPermissionRequestHandler: (fn: Fn) => void (rec.session.request = fn),
        setPermissionCheckHandler: (fn: Fn) => void (rec.session.check = fn),
        setDevicePermissionHandler: (fn: Fn) => void (rec.session.device = fn),
        webRequest: { onBeforeRequest: (filter: unknown, fn: Fn) => void (rec.session.beforeRequest = { filter, fn }) },
      }),
    },
    ipcMain: lenient({ handle: (channel: string, fn: Fn) => void rec.ipc.set(channel, fn) }),
    shell: { openExternal: (url: string) => (rec.opened.push(url), Promise.resolve()), showItemInFolder: (f: string) => void rec.shown.push(f) },
    dialog: {
      showErrorBox: (_t: string, m: string) => void rec.errors.push(m),
      // The user accepts the suggested name in the suggested folder.
      showSaveDialog: (_w: unknown, o: { defaultPath: string }) => (rec.dialogs.push(o), Promise.resolve({ canceled: false, filePath: o.defaultPath })),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    Menu: { buildFromTemplate: (t: MenuItemConstructorOptions[]) => (rec.menus.push(t), t), setApplicationMenu: () => {} },
    BrowserWindow,
  });

  /** better-sqlite3's Database, recording the options of every connection the main process opens. */
  function recordingDatabase(Real: new (file: string, options?: Record<string, unknown>) => object) {
    function Database(file: string, options: Record<string, unknown> = {}) {
      rec.sqliteOptions.push(options);
      return new Real(file, options);
    }
    Database.prototype = Real.prototype;
    return Object.setPrototypeOf(Database, Real);
  }

  let win: BrowserWindow;
  beforeAll(async () => {
    const bundle = path.join(ROOT, 'dist/node/electron-main.cjs');
    built('dist/node/electron-main.cjs');
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-wiring-'));
    const saved = process.env.PLAN_EDITOR_DB;
    process.env.PLAN_EDITOR_DB = path.join(dbDir, 'plans.db');
    fs.mkdirSync(path.dirname(electronBinding), { recursive: true });
    fs.copyFileSync(
      path.join(path.dirname(createRequire(__filename).resolve('better-sqlite3/package.json')), 'build/Release/better_sqlite3.node'),
      electronBinding,
    );
    const M = Module as unknown as { _load: (this: unknown, request: string, ...rest: unknown[]) => unknown };
    const load = M._load;
    M._load = function (request: string, ...rest: unknown[]) {
      if (request === 'electron') return electron;
      if (request === 'better-sqlite3') return recordingDatabase(load.call(this, request, ...rest) as Parameters<typeof recordingDatabase>[0]);
      return load.call(this, request, ...rest);
    };
    try {
      createRequire(__filename)(bundle);
      for (let i = 0; i < 200 && rec.windows.length === 0 && rec.errors.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    } finally {
      M._load = load;
      if (saved === undefined) delete process.env.PLAN_EDITOR_DB;
      else process.env.PLAN_EDITOR_DB = saved;
    }
    expect(rec.errors).toEqual([]);
    win = rec.windows[0]!;
  });
  afterAll(() => rec.appEvents.get('will-quit')?.forEach((fn) => fn()));

  it('registers app:// as privileged before ready, and loads the window from it with the secure preferences', () => {
    expect(rec.order.slice(0, 2)).toEqual(['registerSchemesAsPrivileged', 'whenReady']);
    expect(rec.privileged).toEqual([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(win.url).toBe(APP_INDEX_URL);
    expect(win.options.webPreferences).toEqual(mainWindowWebPreferences(path.join(ROOT, 'dist/node/preload.cjs')));
  });

  it('opens every database connection with the Electron build of better-sqlite3, not Node’s', () => {
    expect(rec.sqliteOptions.length).toBeGreaterThan(0);
    for (const options of rec.sqliteOptions) expect(options.nativeBinding).toBe(electronBinding);
    expect(Object.keys(createRequire(__filename).cache)).toContain(electronBinding);
  });

  it('serves the built page over app:// with the CSP header, and refuses traversal and other hosts', async () => {
    const serve = rec.protocols.get('app')!;
    const page = (await serve({ url: 'app://plan-editor/index.html' })) as Response;
    expect([page.status, page.headers.get('content-security-policy'), page.headers.get('content-type')]).toEqual([
      200,
      CONTENT_SECURITY_POLICY,
      'text/html; charset=utf-8',
    ]);
    expect(await page.text()).toContain('<div id="root">');
    for (const url of ['app://plan-editor/..%2f..%2fnode%2felectron-main.cjs', 'app://plan-editor.evil.com/index.html', 'app://plan-editor/missing.js']) {
      const res = (await serve({ url })) as Response;
      expect([res.status, res.headers.get('content-security-policy')], url).toEqual([404, CONTENT_SECURITY_POLICY]);
    }
  });

  it('denies every permission and cancels network requests in the session', () => {
    const answers: boolean[] = [];
    (rec.session.request as Fn)(null, 'media', (ok: boolean) => answers.push(ok), { requestingUrl: APP_INDEX_URL });
    expect(answers).toEqual([false]);
    expect((rec.session.check as Fn)(null, 'clipboard-read', 'app://plan-editor', {})).toBe(false);
    expect((rec.session.device as Fn)({})).toBe(false);
    const cancelled: unknown[] = [];
    const { filter, fn } = rec.session.beforeRequest as { filter: unknown; fn: Fn };
    fn({ url: 'https://example.com/' }, (r: unknown) => cancelled.push(r));
    expect([filter, cancelled]).toEqual([{ urls: [...REMOTE_URL_PATTERNS] }, [{ cancel: true }]]);
  });

  it('applies the navigation, new-window and webview rules to every webContents', async () => {
    const contents = webContents(APP_INDEX_URL);
    rec.appEvents.get('web-contents-created')!.forEach((fn) => fn({}, contents));
    const h = contents.handlers;
    const prevented = (event: string, url: string, isSameDocument = false) => {
      let p = false;
      h.get(event)!({ url, isSameDocument, preventDefault: () => (p = true) });
      return p;
    };
    expect(prevented('will-navigate', 'https://app.example.com.evil.com/')).toBe(true);
    expect(prevented('will-navigate', APP_INDEX_URL)).toBe(true);
    expect(prevented('will-navigate', `${APP_INDEX_URL}#s-1`, true)).toBe(false);
    expect(prevented('will-redirect', 'https://evil.com/')).toBe(true);
    expect(prevented('will-attach-webview', APP_INDEX_URL)).toBe(true);
    for (const url of ['file:///etc/passwd', 'ms-msdt:/id x', 'http://example.com/', 'https://www.kent.gov.uk/']) {
      expect(h.get('window-open')!({ url }), url).toEqual({ action: 'deny' });
    }
    await new Promise((r) => setImmediate(r));
    expect(rec.opened).toEqual(['https://www.kent.gov.uk/']);
  });

  it('answers IPC only from the window’s own main frame at app://plan-editor', async () => {
    const call = rec.ipc.get(IPC_CHANNEL)!;
    const wc = win.webContents as unknown as { mainFrame: { url: string; parent: null } };
    expect(await call({ sender: wc, senderFrame: wc.mainFrame }, 'listPlans', {})).toMatchObject({ ok: true });
    const refused = { ok: false, error: { code: 'UNAUTHORIZED' } };
    expect(await call({ sender: wc, senderFrame: { url: APP_INDEX_URL, parent: wc.mainFrame } }, 'listPlans', {})).toMatchObject(refused);
    expect(await call({ sender: webContents(APP_INDEX_URL), senderFrame: wc.mainFrame }, 'listPlans', {})).toMatchObject(refused);
    expect(await call({ sender: wc, senderFrame: null }, 'listPlans', {})).toMatchObject(refused);
    wc.mainFrame.url = 'https://evil.example/';
    expect(await call({ sender: wc, senderFrame: wc.mainFrame }, 'listPlans', {})).toMatchObject(refused);
    wc.mainFrame.url = APP_INDEX_URL;
  });
  it('opens the window at a size that fits the screen, and remembers its place and maximised state on close', () => {
    expect(win.options).toMatchObject({ width: 1400, height: 900, minWidth: 800, minHeight: 560 });
    expect(win.options).not.toHaveProperty('x');
    expect((win.options as { icon?: string }).icon).toBe(path.join(ROOT, 'assets', 'icon.png')); // the Linux window's icon
    win.events.get('close')!();
    const saved = JSON.parse(fs.readFileSync(path.join(userDir, 'userData', 'desktop.json'), 'utf8'));
    expect(saved.window).toEqual({ x: 40, y: 30, width: 1200, height: 800, maximized: true });
  });

  const menuItem = (items: MenuItemConstructorOptions[], ...labels: string[]): MenuItemConstructorOptions => {
    const found = items.find((i) => i.label === labels[0])!;
    return labels.length === 1 ? found : menuItem(found.submenu as MenuItemConstructorOptions[], ...labels.slice(1));
  };

  it('installs the File menu, whose commands go to the window', () => {
    const menu = rec.menus.at(-1)!;
    (menuItem(menu, 'File', 'Export', 'Budgets to Excel…').click as Fn)();
    (menuItem(menu, 'File', 'Print…').click as Fn)();
    expect((win.webContents as unknown as { sent: unknown[][] }).sent).toEqual([
      [COMMAND_CHANNEL, 'export-budgets'],
      [COMMAND_CHANNEL, 'print'],
    ]);
  });

  it('answers the shell channel only from the window’s page; saves through the save dialog and lists the file under Recent files', async () => {
    const call = rec.ipc.get(SHELL_CHANNEL)!;
    const wc = win.webContents as unknown as { mainFrame: { url: string; parent: null } };
    const arg = { fileName: 'Unit budgets.xlsx', dataBase64: Buffer.from('workbook').toString('base64'), kind: 'xlsx' };
    expect(await call({ sender: webContents(APP_INDEX_URL), senderFrame: wc.mainFrame }, 'saveFile', arg)).toEqual({
      ok: false,
      error: { message: 'Calls are accepted only from the Plan Editor window.' },
    });
    expect(rec.dialogs).toEqual([]);
    const file = path.join(userDir, 'documents', 'Unit budgets.xlsx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    expect(await call({ sender: wc, senderFrame: wc.mainFrame }, 'saveFile', arg)).toEqual({ ok: true, result: { path: file } });
    expect(fs.readFileSync(file, 'utf8')).toBe('workbook');
    expect((menuItem(rec.menus.at(-1)!, 'File', 'Recent files').submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual(['1  Unit budgets.xlsx']);
    expect(await call({ sender: wc, senderFrame: wc.mainFrame }, 'showInFolder', { path: file })).toEqual({ ok: true, result: true });
    expect(rec.shown).toEqual([file]);
  });

  it('prints the plan’s print HTML from a hidden, script-less window through webContents.print', async () => {
    const call = rec.ipc.get(SHELL_CHANNEL)!;
    const wc = win.webContents as unknown as { mainFrame: { url: string; parent: null } };
    const before = rec.windows.length;
    expect(await call({ sender: wc, senderFrame: wc.mainFrame }, 'print', { planId: 1 })).toEqual({ ok: true, result: { printed: true } });
    const printer = rec.windows[before]!;
    expect(printer.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    const html = Buffer.from(printer.url!.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString('utf8');
    expect(html).toContain('<title>Managing Director&#39;s Introduction 2008/9</title>');
    expect(rec.printed).toEqual([{ silent: false, printBackground: true }]);
  });
});
