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
  test.skip(!bin, 'The Electron binary is not installed on this machine (it cannot be downloaded here); run on a machine with network access after `npx install-electron`.');
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
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: [...CALL_NAMES].sort(), frozen: true, origin: 'app://plan-editor' });
  // No remote content, no new windows, no navigation away, no permissions.
  const refused = await win.evaluate(async () => ({
    remote: await fetch('https://example.com/').then(() => 'fetched', () => 'refused'),
    // http: is never handed to the operating system, so this opens nothing anywhere.
    popup: window.open('http://example.com/') === null,
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
  }));
  expect(refused).toEqual({ remote: 'refused', popup: true, geolocation: 'denied' });
  await win.evaluate(() => void (location.href = 'https://example.com/'));
  await win.waitForTimeout(500);
  expect(win.url()).toMatch(/^app:\/\/plan-editor\//);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});
