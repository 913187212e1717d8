/**
 * `npm start` on a machine where Electron's runtime cannot be had (as here, or behind a firewall): one line
 * saying so, then the same app through the loopback host, which answers. The download is pointed at a
 * closed local port so the run is the same on any machine without the runtime; on a machine that has it,
 * `npm start` opens the desktop window instead and this test does not apply. Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const ROOT = path.resolve(__dirname, '../..');

function electronInstalled(): boolean {
  try {
    const dir = path.dirname(createRequire(__filename).resolve('electron/package.json'));
    return fs.existsSync(path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8')));
  } catch {
    return false;
  }
}

/** Runs `node scripts/start.mjs ...args` until its output shows the app's address; returns the output so far. */
function startUntilServing(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let out = '';
  const serving = new Promise<string>((resolve, reject) => {
    const seen = (d: Buffer) => {
      out += d;
      if (/running at http:\/\/127\.0\.0\.1:\d+\/#token=\w+/.test(out)) resolve(out);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before serving:\n${out}`)));
  });
  const stop = () =>
    new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : (child.once('exit', (c) => r(c)), child.kill('SIGTERM'))));
  return { serving, stop };
}

async function hostAnswers(output: string): Promise<{ page: string; plans: number }> {
  const url = new URL(/(http:\/\/127\.0\.0\.1:\d+\/#token=\w+)/.exec(output)![1]!);
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  const page = await (await fetch(new URL('/', url))).text();
  const r = (await (
    await fetch(new URL('/api/listPlans', url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    })
  ).json()) as { ok: boolean; result: unknown[] };
  return { page, plans: r.ok ? r.result.length : -1 };
}

describe('npm start without the Electron runtime', () => {
  it.runIf(!electronInstalled())('says why in one line, then serves the same app from the loopback host', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-start-'));
    const run = startUntilServing(['--no-open'], {
      PLAN_EDITOR_DB: path.join(dir, 'plans.db'),
      ELECTRON_MIRROR: 'http://127.0.0.1:9/', // nothing listens there: the download fails at once
      electron_config_cache: path.join(dir, 'electron-cache'),
    });
    try {
      const out = await run.serving;
      const lines = out
        .trim()
        .split('\n')
        .filter((l) => !/^Plan Editor: building/.test(l));
      expect(lines[0]).toMatch(
        /^Plan Editor: Electron's runtime could not be downloaded \(.+\); opening the same app in your browser instead \(as npm run web does\)\.$/,
      );
      expect(lines[1]).toMatch(/^Plan Editor is running at http:\/\/127\.0\.0\.1:\d+\/#token=\w+$/);
      expect(out).not.toMatch(/^\s+at /m); // no stack trace
      const answer = await hostAnswers(out);
      expect(answer.page).toContain('<div id="root">');
      expect(answer.plans).toBeGreaterThan(0); // the sample plans, in the new database
      expect(fs.existsSync(path.join(dir, 'plans.db'))).toBe(true);
    } finally {
      expect(await run.stop()).toBe(0);
    }
  });
});

describe('npm start with a Node outside package.json’s engines', () => {
  for (const version of ['18.19.0', '20.18.1', '21.7.3', '22.11.0']) {
    it(`says in one line that Node ${version} will not do, and stops`, () => {
      // Node's reported version, changed before start.mjs runs (the checks read process.versions.node).
      const fake = `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'${version}'})`;
      const r = spawnSync(process.execPath, ['--import', fake, 'scripts/start.mjs', '--no-open'], { cwd: ROOT, encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr]).toEqual([
        1,
        `Plan Editor: needs Node 22.12 or later, or 20.19 or later in Node 20 (this is Node ${version}); install a current Node from https://nodejs.org and run npm start again.\n`,
        '',
      ]);
    });
  }
});

describe('npm start -- --web', () => {
  it('opens the browser version without trying Electron, and stops cleanly, releasing the database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-start-'));
    const run = startUntilServing(['--web', '--no-open'], { PLAN_EDITOR_DB: path.join(dir, 'plans.db') });
    try {
      const out = await run.serving;
      expect(out).toMatch(/^Plan Editor: opening the app in your browser \(--web\)\.\nPlan Editor is running at/m);
      expect((await hostAnswers(out)).plans).toBeGreaterThan(0);
    } finally {
      expect(await run.stop()).toBe(0);
    }
    expect(fs.existsSync(path.join(dir, 'plans.db.lock'))).toBe(false);
  });
});
