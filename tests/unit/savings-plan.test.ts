/**
 * A table kind declared in the model alone (shared/model/table-kinds.ts: "Savings plan", with a computed
 * total) reaches every output: added as a section, it shows in the grid's rows, the workbook (live
 * formulas), print and search, with the same figures everywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sampleDb } from './sample-db';
import { addSection } from '../../electron/services/sections';
import { insertRow } from '../../electron/services/rows';
import { undo } from '../../electron/services/history';
import { searchPlan } from '../../electron/services/search';
import { planWorkbookBuffer, tableWorkbookFile } from '../../electron/excel';
import { TABLE_HEADING_ROW } from '../../electron/excel/table-sheet';
import { printHtml } from '../../electron/print/print-html';
import { bodyRows, pinnedRows } from '../../renderer/grid/grid-rows';
import type { Block, PlanDocument } from '../../shared/model/plan';

type TableBlock = Extract<Block, { kind: 'table' }>;

const { db, planId, doc } = sampleDb();
let sectionId: number;
let block: TableBlock;
let plan: PlanDocument;

beforeAll(() => {
  const risks = doc().sections.find((s) => s.title === 'Risks')!;
  sectionId = addSection(db, planId, 'Savings Plan', 1, risks.id, 'savings');
  const blockId = () =>
    doc()
      .sections.find((s) => s.id === sectionId)!
      .blocks.find((b) => b.kind === 'table')!.id;
  insertRow(db, blockId(), 0, 'line', { saving: 'Shared office with Primary', thisYear: 12.5, nextYear: 20 });
  insertRow(db, blockId(), 1, 'line', { saving: 'Fewer agency staff', thisYear: 30.1, nextYear: 0.2 });
  plan = doc();
  block = plan.sections.find((s) => s.id === sectionId)!.blocks.find((b): b is TableBlock => b.kind === 'table')!;
});

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('a savings plan, declared in the model alone', () => {
  it('is added as a section holding an empty table of its kind, and undone as one step', () => {
    const { db: db2, planId: p2, doc: doc2 } = sampleDb();
    const id = addSection(db2, p2, 'Savings Plan', 1, undefined, 'savings');
    const s = doc2().sections.find((x) => x.id === id)!;
    expect(s.blocks.map((b) => (b.kind === 'table' ? `table ${b.tableKind} ${b.title} ${b.rows.length}` : b.kind))).toEqual([
      'narrative',
      'table savings Savings Plan 0',
    ]);
    undo(db2, p2);
    expect(doc2().sections.some((x) => x.id === id)).toBe(false);
  });

  it('the grid: lines with the computed total, and the Total Savings row pinned below', () => {
    expect(bodyRows(block).map((r) => [r.cells.saving, r.cells.total])).toEqual([
      ['Shared office with Primary', 32.5],
      ['Fewer agency staff', 30.3],
    ]);
    expect(pinnedRows(block, 'Savings Plan').map((r) => ({ summary: r.summary, ...r.cells }))).toEqual([
      { summary: 'totalSavings', saving: 'Total Savings', thisYear: 42.6, nextYear: 20.2, total: 62.8 },
    ]);
  });

  it('the workbook: its own sheet, the total as a live formula, the summary summing the lines', async () => {
    const wb = await load(await planWorkbookBuffer(plan));
    const ws = wb.getWorksheet('Savings')!;
    expect(ws.getRow(TABLE_HEADING_ROW).values).toEqual([undefined, 'Saving', "This Year £000's", "Next Year £000's", "Total £000's"]);
    const r = TABLE_HEADING_ROW + 1;
    expect(ws.getCell(r, 1).value).toBe('Shared office with Primary');
    expect(ws.getCell(r, 2).value).toBe(12.5);
    expect(ws.getCell(r, 4).value).toEqual({ formula: `SUM(B${r},C${r})`, result: 32.5 });
    expect(ws.getCell(r + 2, 1).value).toBe('Total Savings');
    expect(ws.getCell(r + 2, 4).value).toEqual({ formula: `SUM(D${r}:D${r + 1})`, result: 62.8 });
    expect(ws.getCell(r + 2, 2).numFmt).toBe('#,##0.0;-#,##0.0;0.0');
    const contents = wb.getWorksheet('Contents')!;
    expect(contents.getColumn(3).values).toContainEqual(expect.objectContaining({ text: 'Savings' }));
    const one = await tableWorkbookFile(plan, block.id);
    expect(one.fileName).toBe('Standards and Achievement Division Savings 2008-09.xlsx');
    expect((await load(one.buffer)).getWorksheet('Savings')!.getCell(r + 2, 3).value).toEqual({ formula: `SUM(C${r}:C${r + 1})`, result: 20.2 });
  });

  it('print: the table with its figures, computed total and summary row', () => {
    const html = printHtml(plan, { sectionIds: [sectionId] });
    const table = html.slice(html.indexOf('<div class="table-block kind-savings">'));
    expect(table).toContain('<th class="t-money">Total £000&#39;s</th>');
    expect(table).toContain(
      '<tr class="row-line"><td class="t-longText">Shared office with Primary</td><td class="t-money">12.5</td><td class="t-money">20.0</td><td class="t-money computed">32.5</td></tr>',
    );
    expect(table).toContain(
      '<tr class="row-total row-totalSavings"><td class="label">Total Savings</td><td class="t-money">42.6</td><td class="t-money">20.2</td><td class="t-money computed">62.8</td></tr>',
    );
  });

  it('search: the saving by its text and the computed total as shown', () => {
    const hits = searchPlan(db, planId, 'agency staff').filter((h) => h.blockId === block.id);
    expect(hits.map((h) => ({ section: h.section, column: h.column, excerpt: h.excerpt }))).toEqual([
      { section: 'Savings Plan', column: 'saving', excerpt: 'Fewer agency staff' },
    ]);
    expect(
      searchPlan(db, planId, '30.3')
        .filter((h) => h.blockId === block.id)
        .map((h) => h.column),
    ).toEqual(['total']);
  });
});
