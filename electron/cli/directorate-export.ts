/** `plan-editor export DB --directorate NAME --format xlsx|pdf --out FILE`: the consolidated summary or the compendium. */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import { consolidatedSummary, directoratePlans } from '../services/directorate';
import { directorateWorkbookBuffer } from '../excel/directorate-workbook';
import { compendiumHtml } from '../print/compendium-html';
import { renderPdf } from '../print/pdf';
import { getPlan } from '../services/plans';

export async function exportDirectorate(db: Db, name: string, format: string, out: string, usage: (m: string) => Error): Promise<string> {
  const target = path.resolve(out);
  if (format === 'xlsx') fs.writeFileSync(target, await directorateWorkbookBuffer(consolidatedSummary(db, name)));
  else if (format === 'pdf') {
    const plans = directoratePlans(db, name);
    const year = Math.max(...plans.map((p) => p.header.year));
    fs.writeFileSync(target, await renderPdf(compendiumHtml(plans.filter((p) => p.header.year === year).map((p) => getPlan(db, p.id)))));
  } else throw usage(`unknown format ${format} for a directorate; use xlsx (consolidated budget summary) or pdf (compendium)`);
  return target;
}
