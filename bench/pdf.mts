/**
 * PDF of the whole sample plan and of a synthetic 25-unit plan through the print layout and headless
 * Chromium: time and page count (goal: the sample in 5 s or less). Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openDatabase } from '../electron/db/open';
import { importSample } from '../electron/services/sample';
import { importPlan } from '../electron/services/plan-import';
import { getPlan } from '../electron/services/plans';
import { syntheticPlan } from '../electron/services/synthetic';
import { printHtml } from '../electron/print/print-html';
import { renderPdf } from '../electron/print/pdf';
import { chromium } from 'playwright-core';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-bench-pdf-'));
const db = openDatabase(path.join(dir, 'plans.db'));
const [, sampleId] = importSample(db);
const syntheticId = importPlan(db, syntheticPlan(Number(process.env.BENCH_UNITS ?? 25)));

for (const [name, id] of [
  ['sample plan', sampleId],
  ['synthetic 25-unit plan', syntheticId],
] as const) {
  const t0 = performance.now();
  const html = printHtml(getPlan(db, id));
  const t1 = performance.now();
  const pdf = await renderPdf(html, { chromium });
  const t2 = performance.now();
  const file = path.join(dir, `${id}.pdf`);
  fs.writeFileSync(file, pdf);
  let pages = '?';
  try {
    pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1];
  } catch {
    /* poppler not installed: page count unknown */
  }
  console.log(
    `PDF of the ${name}: ${((t2 - t0) / 1000).toFixed(2)} s (HTML ${(t1 - t0).toFixed(0)} ms, Chromium ${((t2 - t1) / 1000).toFixed(2)} s), ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB`,
  );
}
db.close();
fs.rmSync(dir, { recursive: true, force: true });
