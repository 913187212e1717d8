/**
 * Cells as Excel writes them, which our own export never does: inline strings instead of shared ones,
 * rich-text names, numbers stored as text, figures formatted as dates (stored as serials), formulas with
 * text results (t="str"). Each is read as the value finance sees.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sampleDb } from './sample-db';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { previewBudgetImport } from '../../electron/excel/budget-import';
import { previewSummary } from '../../shared/model/budget-import';

const SECONDARY = 'xl/worksheets/sheet4.xml';

/** Replaces one cell element of the Secondary sheet with raw XML, as Excel might have written it. */
async function withCells(buf: Buffer, cells: Record<string, string>, styles?: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  let xml = await zip.file(SECONDARY)!.async('string');
  for (const [ref, el] of Object.entries(cells)) {
    const re = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
    expect(re.test(xml), ref).toBe(true);
    xml = xml.replace(re, el);
  }
  zip.file(SECONDARY, xml);
  if (styles) zip.file('xl/styles.xml', styles(await zip.file('xl/styles.xml')!.async('string')));
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A date style (built-in format 14, d/m/yyyy) appended to the workbook's cell formats; returns its index. */
function addDateStyle(xml: string): string {
  return xml.replace(
    /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
    (_, n: string, body: string) =>
      `<cellXfs count="${Number(n) + 1}">${body}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`,
  );
}

describe('budget cells as Excel writes them', () => {
  it('inline and rich-text strings and text formula results of unchanged values: no changes', async () => {
    const { doc } = sampleDb();
    const buf = await withCells(await budgetWorkbookBuffer(doc()), {
      C8: '<c r="C8" t="inlineStr"><is><t>Curriculum support and widening opportunities- base</t></is></c>',
      C9: '<c r="C9" t="inlineStr"><is><r><t>Senior </t></r><r><rPr><b/></rPr><t>secondary advisers</t></r></is></c>',
      L8: '<c r="L8" t="str"><f>"C"&amp;"W"</f><v>CW</v></c>',
      E9: '<c r="E9" t="inlineStr"><is><t>409.5</t></is></c>',
    });
    expect(previewSummary(await previewBudgetImport(doc(), 'excel.xlsx', buf))).toBe('no changes');
  });

  it('numbers stored as text, a figure formatted as a date, a text formula result: read as finance sees them', async () => {
    const { doc } = sampleDb();
    const base = await budgetWorkbookBuffer(doc());
    const zip = await JSZip.loadAsync(base);
    const xfs = Number(/<cellXfs count="(\d+)">/.exec(await zip.file('xl/styles.xml')!.async('string'))![1]);
    const buf = await withCells(
      base,
      {
        E9: '<c r="E9" t="inlineStr"><is><t>1,047.0</t></is></c>',
        I9: '<c r="I9" t="inlineStr"><is><t>(25.0)</t></is></c>',
        F9: `<c r="F9" s="${xfs}"><v>45</v></c>`,
        L9: '<c r="L9" t="str"><f>"M"&amp;"D"</f><v>MD</v></c>',
      },
      addDateStyle,
    );
    const u = (await previewBudgetImport(doc(), 'excel.xlsx', buf)).units.find((x) => x.unit === 'Secondary')!;
    expect(u.changes.map((c) => [c.activity, c.column, c.old, c.new])).toEqual([
      ['Senior secondary advisers', 'employee', 409.5, 1047],
      ['Senior secondary advisers', 'running', 47, 45],
      ['Senior secondary advisers', 'externalIncome', 0, -25],
      ['Senior secondary advisers', 'cabinetMember', 'CW', 'MD'],
    ]);
  });

  it('refuses a figure that is not a number with one sentence naming the sheet, row and column', async () => {
    const { doc } = sampleDb();
    const buf = await withCells(await budgetWorkbookBuffer(doc()), { F9: '<c r="F9" t="inlineStr"><is><t>about 50</t></is></c>' });
    await expect(previewBudgetImport(doc(), 'excel.xlsx', buf)).rejects.toThrow(
      /^excel\.xlsx: Sheet "Secondary", row 9, Running Costs £000's: "about 50" is not a number\. Nothing was changed\.$/,
    );
  });

  it('counts rows that are written, not row numbers, and names the sheet when there are too many', async () => {
    const { doc } = sampleDb();
    const base = await budgetWorkbookBuffer(doc());
    const zip = await JSZip.loadAsync(base);
    const xml = await zip.file(SECONDARY)!.async('string');
    // An empty last row of Excel's grid, as LibreOffice writes after Delete Rows: fine.
    zip.file(SECONDARY, xml.replace('</sheetData>', '<row r="1048576" customFormat="false" ht="12.8"></row></sheetData>'));
    const trailing = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(previewSummary(await previewBudgetImport(doc(), 'trailing.xlsx', trailing))).toBe('no changes');
    // 20,001 rows written: refused, naming the sheet.
    const rows = Array.from({ length: 20_001 }, (_, i) => `<row r="${100 + i}"/>`).join('');
    zip.file(SECONDARY, xml.replace('</sheetData>', `${rows}</sheetData>`));
    const many = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    await expect(previewBudgetImport(doc(), 'many.xlsx', many)).rejects.toThrow(
      /^many\.xlsx could not be read: sheet "Secondary" has more than 20,000 rows\. Nothing was changed\.$/,
    );
  });
});
