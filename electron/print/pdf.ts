/**
 * HTML (from print-html.ts) to PDF with headless Chromium. Paper sizes, orientation and the page
 * header/footer all come from the document's CSS @page rules (preferCSSPageSize, no Chromium header).
 */
import fs from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface PdfOptions {
  /** playwright-core's chromium, when the caller has it loaded already (scripts run under tsx). */
  chromium?: typeof import('playwright-core').chromium;
  /** The Chromium binary; default CHROMIUM_PATH from the environment, else /usr/bin/chromium. */
  executablePath?: string;
}

export async function renderPdf(html: string, opts: PdfOptions = {}): Promise<Buffer> {
  const executablePath = opts.executablePath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Cannot print to PDF: Chromium was not found at ${executablePath}. Install Chromium or set CHROMIUM_PATH to its executable.`);
  }
  // Loaded on first use: the desktop app prints through Electron and never needs it.
  const chromium = opts.chromium ?? (await import('playwright-core')).chromium;
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  } catch (e) {
    throw new Error(`Cannot print to PDF: Chromium at ${executablePath} failed to start: ${(e as Error).message}`);
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // outline: PDF bookmarks from the headings (sections, then their tables and narrative headings).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, outline: true, tagged: true });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
