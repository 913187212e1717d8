/**
 * The desktop shell itself, for machines that have Electron's binary. Build machines here cannot
 * download it, so this spec skips there and says why; the browser specs cover the renderer and the API.
 */
import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CALL_NAMES } from '../../shared/api/contract';

function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(__filename).resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8');
    const bin = path.join(dir, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();

test('the desktop app opens the sample plan in a secure window served from app://plan-editor/', async () => {
  test.skip(
    !bin,
    'The Electron binary is not installed on this machine (it cannot be downloaded here); run on a machine with network access after `npx install-electron`.',
  );
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.'], env: { ...process.env, PLAN_EDITOR_DB: path.join(dbDir, 'plans.db') } });
  const win = await app.firstWindow();
  await expect(win.getByLabel('Unit Business Plan Contact')).toHaveValue('Carrie Beech');
  // Served from the app's own origin, not file://.
  expect(win.url()).toMatch(/^app:\/\/plan-editor\//);
  // Context isolation, sandbox and no Node integration, seen from the page: no Node globals, only the bridge.
  const seen = await win.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
    bridge: Object.keys((window as unknown as { planEditor: object }).planEditor).sort(),
    frozen: Object.isFrozen((window as unknown as { planEditor: object }).planEditor),
    origin: location.origin,
  }));
  expect(seen).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    bridge: [...CALL_NAMES].sort(),
    frozen: true,
    origin: 'app://plan-editor',
  });
  // No remote content, no new windows, no navigation away, no permissions.
  const refused = await win.evaluate(async () => ({
    remote: await fetch('https://example.com/').then(
      () => 'fetched',
      () => 'refused',
    ),
    // http: is never handed to the operating system, so this opens nothing anywhere.
    popup: window.open('http://example.com/') === null,
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
  }));
  expect(refused).toEqual({ remote: 'refused', popup: true, geolocation: 'denied' });
  // Navigating away: wait until the main process has been asked (will-navigate) and nothing is loading, rather
  // than for a fixed time; a navigation let through would still be loading, or would have left the app's origin.
  await app.evaluate(({ BrowserWindow }) => {
    const asked: string[] = [];
    (globalThis as { navigationsAsked?: string[] }).navigationsAsked = asked;
    BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (e) => void asked.push(e.url));
  });
  await win.evaluate(() => void (location.href = 'https://example.com/'));
  await expect
    .poll(() =>
      app.evaluate(({ BrowserWindow }) => ({
        asked: (globalThis as { navigationsAsked?: string[] }).navigationsAsked,
        loading: BrowserWindow.getAllWindows()[0]!.webContents.isLoading(),
      })),
    )
    .toEqual({ asked: ['https://example.com/'], loading: false });
  expect(win.url()).toMatch(/^app:\/\/plan-editor\//);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});

test('the desktop app loads the Electron build of the database engine, and its File menu drives the window', async () => {
  test.skip(
    !bin,
    'The Electron binary is not installed on this machine (it cannot be downloaded here); run on a machine with network access after `npm start` has fetched it.',
  );
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.'], env: { ...process.env, PLAN_EDITOR_DB: path.join(dbDir, 'plans.db') } });
  const win = await app.firstWindow();
  await expect(win.getByLabel('Unit Business Plan Contact')).toHaveValue('Carrie Beech');
  // The plans opened at all, so an addon of Electron's ABI loaded; on Linux, check it is the one from native/electron/.
  if (process.platform === 'linux') {
    const maps = await app.evaluate(() =>
      (process as unknown as { getBuiltinModule: (m: string) => typeof fs }).getBuiltinModule('node:fs').readFileSync('/proc/self/maps', 'utf8'),
    );
    const addons = [
      ...new Set(
        maps
          .split('\n')
          .map((l) => l.split(/\s+/).pop()!)
          .filter((f) => f.endsWith('better_sqlite3.node')),
      ),
    ];
    expect(addons).toEqual([path.resolve('native', 'electron', `${process.platform}-${process.arch}`, 'better_sqlite3.node')]);
  }
  expect(await win.evaluate(() => Object.keys((window as unknown as { planEditorDesktop: object }).planEditorDesktop).sort())).toEqual([
    'onCommand',
    'onOpenedFile',
    'openFile',
    'print',
    'saveFile',
    'showInFolder',
    'takeOpenedFile',
  ]);
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('print')!.click());
  await expect(win.getByRole('heading', { name: 'Print', exact: true })).toBeVisible();
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('keyboard-shortcuts')!.click());
  await expect(win.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  // Where the window was and how big: remembered across a restart.
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 60, y: 50, width: 1000, height: 700 }));
  await app.close();
  const again = await electron.launch({ executablePath: bin!, args: ['.'], env: { ...process.env, PLAN_EDITOR_DB: path.join(dbDir, 'plans.db') } });
  await again.firstWindow();
  expect(await again.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())).toMatchObject({ width: 1000, height: 700 });
  await again.close();
});

test('a .plan file given at launch, and one from a second launch, open in the window as File > Open plan file… does', async () => {
  test.skip(
    !bin,
    'The Electron binary is not installed on this machine (it cannot be downloaded here); run on a machine with network access after `npm start` has fetched it.',
  );
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-electron-'));
  const env = { ...process.env, PLAN_EDITOR_DB: path.join(dbDir, 'plans.db') };
  // A plan file of the sample plan, saved by the app itself.
  const first = await electron.launch({ executablePath: bin!, args: ['.'], env });
  const page = await first.firstWindow();
  await expect(page.getByLabel('Unit Business Plan Contact')).toHaveValue('Carrie Beech');
  const saved = await page.evaluate(async () => {
    const api = (window as unknown as { planEditor: Record<string, (a: unknown) => Promise<{ ok: boolean; result: { dataBase64: string } }>> }).planEditor;
    const plans = (await api.listPlans!({})).result as unknown as { id: number }[];
    return (await api.savePlanFile!({ planId: plans[0]!.id })).result.dataBase64;
  });
  await first.close();
  const file = path.join(dbDir, 'sent back.plan');
  fs.writeFileSync(file, Buffer.from(saved, 'base64'));
  // Launched with the file (a double-click): the plan is in this database, so its merge review opens.
  const app = await electron.launch({ executablePath: bin!, args: ['.', file], env });
  const win = await app.firstWindow();
  const review = win.getByRole('dialog', { name: 'Merge sent back.plan' });
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
  // A second launch with the file hands it to this window and quits.
  const { spawnSync } = await import('node:child_process');
  const second = spawnSync(bin!, ['.', file], { env, timeout: 30_000 });
  expect(second.status).toBe(0);
  await expect(review).toBeVisible();
  await app.close();
});
