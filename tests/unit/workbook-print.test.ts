/**
 * The workbooks as finance sees them printed: LibreOffice turns each into a PDF, which is checked for one
 * typeface family (no serif fallback for bold or italic), whole activity names, figures apart from the
 * text beside them, a footer whose parts never share a line, and a whole-plan workbook of sensible length
 * (47 pages before row heights were computed from wrapped text and column widths; 35 after).
 * `node --import tsx scripts/render-workbooks.mts` renders the same pages to PNG to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { planWorkbookBuffer } from '../../electron/excel/plan-workbook';
import { budgetTables } from '../../shared/calc/budget-summary';
import { pdfFonts, pdfPages, pdfText, workbookPdf } from '../support/libreoffice-pdf';

let budgets: Buffer;
let plan: Buffer;
let names: string[];
beforeAll(async () => {
  const { doc } = sampleDb();
  names = budgetTables(doc()).flatMap((t) => t.block.rows.filter((r) => r.role === 'line').map((r) => String(r.cells.activity)));
  [budgets, plan] = await Promise.all([workbookPdf(await budgetWorkbookBuffer(doc())), workbookPdf(await planWorkbookBuffer(doc()))]);
}, 180_000);

/** "DejaVuSans-Bold" -> "DejaVuSans"; "LiberationSans-Italic" -> "LiberationSans". */
const family = (font: string) => font.split('-')[0];

describe('budget and plan workbooks printed by LibreOffice', () => {
  it('use one typeface family throughout, bold and italic included', async () => {
    for (const pdf of [budgets, plan]) {
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThanOrEqual(2); // regular and bold at least
      expect(new Set(fonts.map(family)).size, fonts.join(', ')).toBe(1);
      expect(fonts.join(' ')).not.toMatch(/Serif/);
    }
  });

  it('print every activity name whole, and no figure touches the text beside it', async () => {
    // pdftotext joins a wrapped cell's lines, dropping a hyphen that ends a line: compare without hyphens.
    const plain = (s: string) => s.replace(/-/g, ' ').replace(/\s+/g, ' ');
    const text = plain(await pdfText(budgets, false));
    for (const n of names) expect(text, n).toContain(plain(n));
    // A figure run into a word ("0.0Graduate", "1,045.7CW") would show as digits glued to letters.
    expect(await pdfText(budgets)).not.toMatch(/\d\.\d[A-Za-z]/);
  });

  it('put the plan in the header and the unit with its page number in the footer, on separate sides', async () => {
    const lines = (await pdfText(budgets)).split('\n');
    const footer = lines.find((l) => /Advisory Service Kent - Primary\s{2,}Page 3 of 6/.test(l));
    expect(footer).toBeDefined();
    expect(lines.some((l) => l.trim() === 'Standards and Achievement Division - Annual Business Unit Operational Plan 2008/9')).toBe(true);
  });

  it('print the whole plan in far fewer pages than the 47 of estimated row heights', async () => {
    const pages = await pdfPages(plan);
    expect(pages).toBeLessThanOrEqual(36); // 35 here, with DejaVu Sans standing in for Arial
    const text = await pdfText(plan);
    expect(text).not.toMatch(/Likeliho\s+od/); // a heading never broken mid-word
    expect(text).not.toMatch(/\b\d{1,2}(HIGH|MEDIUM|LOW)\b/); // a score never runs into its rating
    expect(text).not.toMatch(/\[(March|Sept|June|Dec) 20\d\d\]/); // target dates have their own column
  });
});
