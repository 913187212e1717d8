/**
 * Edits typed in the real renderer (Debian's Chromium) against the loopback host: the time from the
 * edit leaving the grid to the main process's acknowledgement (User Timing 'plan-editor:ack:updateCell'),
 * p50 and p99 against one 60 Hz frame (16.7 ms). Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openDatabase } from '../electron/db/open';
import { importSample } from '../electron/services/sample';
import { makeDispatch } from '../electron/api/dispatch';
import { makeHandlers } from '../electron/api/handlers';
import { startHost } from '../electron/api/http-host';

const N = Number(process.env.BENCH_BROWSER_EDITS ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-bench-browser-'));
const db = openDatabase(path.join(dir, 'plans.db'));
importSample(db);
const host = await startHost({ dispatch: makeDispatch(makeHandlers(db)), staticDir: path.resolve('dist/renderer') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(host.appUrl);
await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: 'Secondary', exact: true }).click();
const cell = page.locator('.ag-row[row-index="0"] [col-id="employee"]').first();
await cell.click();
// One edit at a time, as a person types: the next starts once the previous one is acknowledged.
for (let i = 0; i < N; i++) {
  await page.keyboard.type(String(900 + (i % 90)));
  await page.keyboard.press('Enter'); // saves and moves down
  await page.waitForFunction((n) => performance.getEntriesByName('plan-editor:ack:updateCell').length > n, i);
  await page.keyboard.press('ArrowUp');
}
await page.waitForFunction((n) => performance.getEntriesByName('plan-editor:ack:updateCell').length >= n, N);
const acks = await page.evaluate(() => performance.getEntriesByName('plan-editor:ack:updateCell').map((e) => e.duration));
const sorted = [...acks].sort((a, b) => a - b);
const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log(
  `browser edit acknowledged (n=${acks.length}): p50 ${p(0.5).toFixed(2)} ms, p99 ${p(0.99).toFixed(2)} ms; one frame = 16.7 ms (p99 ${(p(0.99) / 16.7).toFixed(2)} frames)`,
);
await browser.close();
await host.close();
db.close();
fs.rmSync(dir, { recursive: true, force: true });
