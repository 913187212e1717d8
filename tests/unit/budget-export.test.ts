import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sampleDb } from './sample-db';
import { budgetWorkbookBuffer, SUMMARY_SHEET } from '../../electron/excel/budget-workbook';
import { HEADING_ROW, LINE_ID_HEADING } from '../../electron/excel/budget-layout';
import { budgetSummary } from '../../shared/calc/budget-summary';
import { updateCell } from '../../electron/services/rows';
import { planWorkbookBuffer } from '../../electron/excel/plan-workbook';

async function readBack(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Finds a row by its label in the activity column (C). */
const rowOf = (ws: ExcelJS.Worksheet, label: string) => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`C${r}`).value === label) return r;
  throw new Error(`no row ${label}`);
};

describe('budget workbook', () => {
  it('has a summary sheet and one sheet per unit, in the seed layout', async () => {
    const { doc } = sampleDb();
    const wb = await readBack(await budgetWorkbookBuffer(doc()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SUMMARY_SHEET,
      'Early Years & Childcare',
      'Primary',
      'Secondary',
      'Professional Development',
      'Improvement Partnerships',
    ]);
    const ws = wb.getWorksheet('Secondary')!;
    expect([1, 2, 3, 4].map((r) => ws.getCell(r, 1).value)).toEqual([
      'CHILDREN, FAMILIES, HEALTH AND EDUCATION DIRECTORATE 2008/09 BUDGET',
      'Standards and Achievement Division',
      'Advisory Service Kent - Secondary',
      '£000s',
    ]);
    // As in the seed: "2007-08" over last year's columns and the activity, "2008-09" from this year's FTE.
    expect(ws.getCell(HEADING_ROW - 1, 1).value).toBe('2007-08');
    expect(ws.getCell(HEADING_ROW - 1, 3).value).toBe('2007-08');
    expect(ws.getCell(HEADING_ROW - 1, 4).value).toBe('2008-09');
    expect(ws.getCell(HEADING_ROW - 1, 12).value).toBe('2008-09'); // merged across the year's columns
    expect(ws.getRow(HEADING_ROW).values).toEqual([
      undefined,
      "Controllable Expenditure £000's",
      'FTE',
      'Activity',
      'FTE',
      "Employee Costs £000's",
      "Running Costs £000's",
      "Contracts & Projects £000's",
      "Gross Expenditure £000's",
      "External Income £000's",
      "Internal Income £000's",
      "Controllable Expenditure £000's",
      'Cabinet Member',
      LINE_ID_HEADING,
    ]);
    expect(ws.getColumn(13).hidden).toBe(true);
  });

  it('writes live formulas with the app results cached, and totals equal the app', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const wb = await readBack(await budgetWorkbookBuffer(d));
    const ws = wb.getWorksheet('Secondary')!;
    const first = ws.getCell(`H${HEADING_ROW + 1}`).value as ExcelJS.CellFormulaValue;
    expect(first).toEqual({ formula: `SUM(E${HEADING_ROW + 1},F${HEADING_ROW + 1},G${HEADING_ROW + 1})`, result: 1286.2 });
    expect((ws.getCell(`K${HEADING_ROW + 1}`).value as ExcelJS.CellFormulaValue).formula).toBe(`SUM(H8,I8,J8)`);
    const totals = rowOf(ws, 'Controllable Totals');
    expect(ws.getCell(`K${totals}`).value).toEqual({ formula: `SUM(K8:K${totals - 1})`, result: 3189.6 });
    const total = rowOf(ws, 'Total Cost of Unit');
    expect(ws.getCell(`K${total}`).value).toEqual({ formula: `SUM(K${totals},K${totals + 2}:K${total - 1})`, result: 3279.8 });
    expect(ws.getCell(`A${total}`).value).toMatchObject({ result: 3490.9 });
    expect(ws.getCell(`K${total}`).numFmt).toBe('#,##0.0;-#,##0.0;0.0');
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    const grand = budgetSummary(d).grand;
    const last = summary.getRow(summary.rowCount);
    expect(last.getCell(1).value).toBe('Total');
    expect((last.getCell(8).value as ExcelJS.CellFormulaValue).result).toBe(grand.totalCost);
    expect(grand.totalCost).toBe(20601.7);
    expect((summary.getCell('H8').value as ExcelJS.CellFormulaValue).formula).toBe(`'Secondary'!K${total}`);
  });

  it('asks for a full recalculation when the workbook is opened', async () => {
    const { doc } = sampleDb();
    const zip = await JSZip.loadAsync(await budgetWorkbookBuffer(doc()));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('names the typeface and size of every font, so bold and italic never fall back to a serif', async () => {
    const { doc } = sampleDb();
    for (const buf of [await budgetWorkbookBuffer(doc()), await planWorkbookBuffer(doc())]) {
      const styles = await (await JSZip.loadAsync(buf)).file('xl/styles.xml')!.async('string');
      const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
      expect(fonts.length).toBeGreaterThan(2);
      for (const f of fonts) expect(f).toMatch(/<sz val="\d+"\/>[\s\S]*<name val="[^"]+"\/>/);
      // Everything we write is Arial; Calibri is only exceljs's default for cells we never write.
      expect(new Set(fonts.map((f) => /<name val="([^"]+)"/.exec(f)![1]))).toEqual(new Set(['Arial', 'Calibri']));
    }
  });

  it('sets up printing and freezing as finance expects', async () => {
    const { doc } = sampleDb();
    const ws = (await readBack(await budgetWorkbookBuffer(doc()))).getWorksheet('Primary')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADING_ROW, xSplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADING_ROW - 1}:${HEADING_ROW}`,
    });
    // The plan in the header, the unit and page in the footer: nothing shares a line to overprint.
    expect(ws.headerFooter).toMatchObject({
      oddHeader: '&LStandards and Achievement Division - Annual Business Unit Operational Plan 2008/9',
      oddFooter: '&LAdvisory Service Kent - Primary&RPage &P of &N',
    });
  });

  it('cuts a footer naming a very long unit to what Excel accepts, as on every other sheet', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const block = d.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.tableKind === 'budget' && b.meta.unitName === 'Advisory Service Kent - Primary')!;
    if (block.kind === 'table') block.meta.unitName = 'Primary & Early Years '.repeat(20);
    const ws = (await readBack(await budgetWorkbookBuffer(d))).getWorksheet('Primary')!;
    const footer = ws.headerFooter.oddFooter!;
    expect(footer.length).toBeLessThanOrEqual(255);
    expect(footer).toMatch(/^&LPrimary && Early Years Primary && Early Years /);
    expect(footer.endsWith('&RPage &P of &N')).toBe(true);
    expect(ws.getCell(3, 1).value).toBe('Primary & Early Years '.repeat(20)); // the title block keeps it whole
  });

  it('writes text that looks like a formula as text', async () => {
    const { db, doc } = sampleDb();
    const line = budgetSummary(doc()).units.find((u) => u.unit === 'Secondary')!.block.rows[0];
    updateCell(db, line.id, 'activity', '=HYPERLINK("http://evil.example","click")');
    updateCell(db, line.id, 'cabinetMember', '@SUM(1,1)');
    const ws = (await readBack(await budgetWorkbookBuffer(doc(), { unit: 'secondary' }))).getWorksheet('Secondary')!;
    expect(ws.getCell(`C${HEADING_ROW + 1}`).value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(ws.getCell(`C${HEADING_ROW + 1}`).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(`L${HEADING_ROW + 1}`).value).toBe('@SUM(1,1)');
  });

  it('exports one unit alone, and refuses an unknown unit', async () => {
    const { doc } = sampleDb();
    const wb = await readBack(await budgetWorkbookBuffer(doc(), { unit: 'Advisory Service Kent - Primary' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Primary']);
    await expect(budgetWorkbookBuffer(doc(), { unit: 'Finance' })).rejects.toThrow(/No budget for a unit called "Finance"/);
  });
});
