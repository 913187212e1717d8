// Renders the icons with the system Chromium through playwright-core. assets/icon.svg becomes
// assets/icon.png (512 x 512, transparent corners): electron-builder makes the app's .ico and .icns from
// it and the Linux window uses it directly. assets/plan-file.svg, the .plan document icon, becomes
// assets/build/plan.ico (256 px) and assets/build/plan.icns (512 and 256 px), which electron-builder.yml's
// fileAssociations name. Run after changing an SVG: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { icnsOf, icoOf } from './icon-containers.mjs';

const assets = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'assets');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  /** One SVG drawn at size x size, transparent where the SVG draws nothing. */
  const render = async (svgFile, size) => {
    const svg = fs.readFileSync(path.join(assets, svgFile), 'utf8').replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    return page.locator('svg').screenshot({ omitBackground: true });
  };
  fs.writeFileSync(path.join(assets, 'icon.png'), await render('icon.svg', 512));
  const [doc256, doc512] = [await render('plan-file.svg', 256), await render('plan-file.svg', 512)];
  fs.mkdirSync(path.join(assets, 'build'), { recursive: true });
  fs.writeFileSync(path.join(assets, 'build', 'plan.ico'), icoOf([{ size: 256, png: doc256 }]));
  fs.writeFileSync(
    path.join(assets, 'build', 'plan.icns'),
    icnsOf([
      { size: 512, png: doc512 },
      { size: 256, png: doc256 },
    ]),
  );
  console.log('assets/icon.png (512 px), assets/build/plan.ico (256 px) and plan.icns (512, 256 px) written.');
} finally {
  await browser.close();
}
