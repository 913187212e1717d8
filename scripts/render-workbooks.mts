/**
 * Renders the sample plan's budget workbook and whole-plan workbook as LibreOffice prints them, to PNGs
 * for a person to look at: `node --import tsx scripts/render-workbooks.mts [out-dir]` (default
 * /tmp/plan-editor-workbooks). Prints each workbook's page count and fonts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openDatabase } from '../electron/db/open';
import { importSample } from '../electron/services/sample';
import { getPlan } from '../electron/services/plans';
import { budgetWorkbookBuffer } from '../electron/excel/budget-workbook';
import { planWorkbookBuffer } from '../electron/excel/plan-workbook';
import { pdfFonts, pdfPages, renderPages, workbookPdf } from '../tests/support/libreoffice-pdf';

const out = process.argv[2] ?? '/tmp/plan-editor-workbooks';
rmSync(out, { recursive: true, force: true });
const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'render-')), 'plans.db'));
const [, planId] = importSample(db);
const doc = getPlan(db, planId);
for (const [name, buf] of [
  ['budgets', await budgetWorkbookBuffer(doc)],
  ['plan', await planWorkbookBuffer(doc)],
] as const) {
  const pdf = await workbookPdf(buf);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${name}.xlsx`), buf);
  writeFileSync(join(out, `${name}.pdf`), pdf);
  const pngs = await renderPages(pdf, join(out, name), Number(process.env.DPI ?? 60));
  console.log(`${name}: ${await pdfPages(pdf)} pages, fonts ${(await pdfFonts(pdf)).join(', ')}; ${pngs.length} PNGs in ${join(out, name)}`);
}
