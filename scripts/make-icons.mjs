// Renders assets/icon.svg to assets/icon.png (512 x 512, transparent corners) with the system Chromium
// through playwright-core. electron-builder makes the Windows .ico and the macOS .icns from that PNG;
// the Linux window uses it directly. Run after changing the SVG: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const assets = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'assets');
const svg = fs.readFileSync(path.join(assets, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(assets, 'icon.png'), omitBackground: true });
  console.log('assets/icon.png written (512 x 512).');
} finally {
  await browser.close();
}
