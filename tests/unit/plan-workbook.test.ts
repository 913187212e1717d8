import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sampleDb } from './sample-db';
import { tempDir } from '../support/fixtures';
import {
  CONTENTS_HEADING_ROW,
  CONTENTS_SHEET,
  planFileName,
  planTables,
  planWorkbookBuffer,
  shorten,
  type PlanTable,
} from '../../electron/excel/plan-workbook';
import { TABLE_HEADING_ROW } from '../../electron/excel/table-sheet';
import { HEADING_ROW as BUDGET_HEADING_ROW, MEMO_HEADING } from '../../electron/excel/budget-layout';
import { headingGroups } from '../../shared/model/headings';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { rowsWithComputed, summaryRows } from '../../shared/calc/summaries';
import { budgetSummary } from '../../shared/calc/budget-summary';
import { cellRaw } from '../../electron/excel/read-workbook';
import { updateCell } from '../../electron/services/rows';
import { recalculatedSheets } from '../support/libreoffice';
import type { PlanDocument } from '../../shared/model/plan';
import { deliverableColumns } from '../../electron/excel/deliverable-columns';

async function exported(doc: PlanDocument) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planWorkbookBuffer(doc)) as unknown as ArrayBuffer);
  return wb;
}

/** 1-based sheet column of a kind's column: headings in declaration order, after the Ref column on action sheets. */
const colNo = (kind: TableKind, id: string) =>
  deliverableColumns(headingGroups(kind, 2008))
    .flatMap((g) => g.columns)
    .findIndex((c) => c.id === id) +
  1 +
  (kind === 'actions' ? 1 : 0);

/** Sheet rows holding a table row: below the headings, skipping summary rows (and the budget's memo caption). */
function dataRows(ws: ExcelJS.Worksheet, t: PlanTable): number[] {
  const kind = t.block.tableKind;
  const budget = kind === 'budget';
  const labelCol = budget ? colNo('budget', 'activity') : colNo(kind, kindDef(kind).labelColumn);
  const notData = new Set([...kindDef(kind).summaries.map((s) => s.label), ...(budget ? [MEMO_HEADING] : [])]);
  const out: number[] = [];
  for (let r = (budget ? BUDGET_HEADING_ROW : TABLE_HEADING_ROW) + 1; r <= ws.rowCount; r++) {
    const values = (ws.getRow(r).values as ExcelJS.CellValue[]).filter((v) => v !== null && v !== undefined && v !== '');
    if (values.length && !notData.has(String(cellRaw(ws.getCell(r, labelCol).value)))) out.push(r);
  }
  return out;
}

const tables = (d: PlanDocument) => d.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');

describe('whole-plan workbook', () => {
  it('has a contents sheet, then one sheet per table in document order, each holding every row of its table', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const wb = await exported(d);
    const pts = planTables(d);
    expect(pts.map((t) => t.block.id)).toEqual(tables(d).map((b) => b.id));
    expect(wb.worksheets.map((w) => w.name)).toEqual([CONTENTS_SHEET, ...pts.map((t) => t.sheet)]);
    expect(pts.length).toBe(18);
    expect(pts.filter((t) => t.block.tableKind === 'budget').map((t) => t.sheet)).toHaveLength(5);
    expect(wb.worksheets.map((w) => w.name)).toContain('Secondary budget');
    expect(wb.worksheets.map((w) => w.name)).toContain('Professional Dev. actions'); // shortened to fit 31 characters
    for (const t of pts) {
      const ws = wb.getWorksheet(t.sheet)!;
      expect(dataRows(ws, t).length, t.sheet).toBe(t.block.rows.length);
    }
    const kpi = pts.find((t) => t.block.tableKind === 'kpi')!;
    expect(dataRows(wb.getWorksheet(kpi.sheet)!, kpi)).toHaveLength(11);
    expect(wb.getWorksheet(kpi.sheet)!.getRow(TABLE_HEADING_ROW).values).toEqual([
      undefined,
      'Category / ref',
      'Indicator',
      'Actual performance 2006/07',
      'Estimated performance 2007/08',
      'Target 2008/09',
    ]);
    expect(planFileName(d)).toBe('Standards and Achievement Division plan 2008-09.xlsx');
  });

  it('numbers actions across every action table of the plan, and marks units and objectives', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const wb = await exported(d);
    const actionTables = planTables(d).filter((t) => t.block.tableKind === 'actions');
    expect(actionTables).toHaveLength(5);
    const refs = actionTables.map((t) => dataRows(wb.getWorksheet(t.sheet)!, t).map((r) => wb.getWorksheet(t.sheet)!.getCell(r, 1).value as string));
    expect(refs[0].slice(0, 5)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.1.3']);
    expect(refs[1][0]).toBe('2');
    const actionRefs = refs.flat().filter((r) => /^\d+\.\d+\.\d+$/.test(r));
    const actions = tables(d)
      .flatMap((b) => (b.kind === 'table' ? b.rows : []))
      .filter((r) => r.role === 'action');
    expect(actionRefs.length).toBe(actions.length);
    expect(actionRefs.length).toBe(128);
    const ws = wb.getWorksheet(actionTables[0].sheet)!;
    expect(ws.getCell(TABLE_HEADING_ROW, 1).value).toBe('Ref');
    const [unitRow, objectiveRow, actionRow, secondAction] = dataRows(ws, actionTables[0]);
    expect(ws.getCell(unitRow, 2).font?.bold).toBe(true);
    expect(ws.getCell(objectiveRow, 2).font?.bold).toBe(true);
    expect(ws.getCell(objectiveRow, 2).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getCell(actionRow, 2).font?.bold).toBeFalsy();
    const managers = ws.getCell(actionRow, colNo('actions', 'links')).value as string;
    expect(managers).toContain('\n'); // a list: one cell, an item per line
    expect(managers.split('\n')).toEqual(actionTables[0].block.rows[2].cells.links);
    // Each deliverable's target date in its own column, on the line its deliverable starts, as in the seed.
    const deliverables = ws.getCell(secondAction, colNo('actions', 'deliverables')).value as string;
    const targets = (ws.getCell(secondAction, colNo('actions', 'deliverables') + 1).value as string).split('\n');
    const at = deliverables
      .split('\n')
      .indexOf('A handbook is published that incorporates key self-evaluative tools e.g. ECERS and exemplars of effective practice');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(ws.getCell(TABLE_HEADING_ROW, colNo('actions', 'deliverables') + 1).value).toBe('Target date');
    expect(targets.filter(Boolean)[at]).toBe('Sept 2008');
    expect(ws.getCell(secondAction, colNo('actions', 'deliverables')).alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(colNo('actions', 'deliverables')).width).toBe(50);
  });

  it('writes computed columns and summary rows as live formulas with the app values cached', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const wb = await exported(d);
    const pts = planTables(d);
    const risks = pts.find((t) => t.block.tableKind === 'risks')!;
    const ws = wb.getWorksheet(risks.sheet)!;
    const r = dataRows(ws, risks)[0];
    expect(ws.getCell(r, colNo('risks', 'score')).value).toEqual({ formula: `IF(AND(ISNUMBER(F${r}),ISNUMBER(G${r})),F${r}*G${r},"")`, result: 16 });
    expect((ws.getCell(r, colNo('risks', 'band')).value as ExcelJS.CellFormulaValue).result).toBe('HIGH');
    expect((ws.getCell(r, colNo('risks', 'band')).value as ExcelJS.CellFormulaValue).formula).toMatch(/^IF\(ISNUMBER\(H\d+\),IF\(H\d+>=15,"HIGH"/);
    expect(ws.getCell(r, colNo('risks', 'existingControls')).value).toContain('\n');

    const staffing = pts.find((t) => t.block.tableKind === 'staffing')!;
    const st = wb.getWorksheet(staffing.sheet)!;
    expect(st.getCell(TABLE_HEADING_ROW - 1, 2).value).toBe('2007-08'); // the year row above, as on the budget sheets
    expect(st.getCell(TABLE_HEADING_ROW - 1, 3).value).toBe('2008-09');
    expect(st.getCell(TABLE_HEADING_ROW, 2).value).toBe('FTE');
    const totalRow = TABLE_HEADING_ROW + 3;
    expect(st.getCell(totalRow, 1).value).toBe('TOTAL');
    const total = summaryRows('staffing', staffing.block.rows)[0];
    expect(st.getCell(totalRow, 2).value).toEqual({ formula: `SUM(B${TABLE_HEADING_ROW + 1}:B${TABLE_HEADING_ROW + 2})`, result: total.cells.lastYear });
    expect((st.getCell(totalRow, 3).value as ExcelJS.CellFormulaValue).result).toBe(305.3);
    expect(st.getCell(totalRow, 3).numFmt).toBe('#,##0.0;-#,##0.0;0.0');
    expect(st.getCell(totalRow + 1, 1).value).toBe('Of the above total, the estimated FTE which are externally funded'); // memo under the total, as printed
  });

  it('links every contents row to its sheet', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const wb = await exported(d);
    const ws = wb.getWorksheet(CONTENTS_SHEET)!;
    expect(wb.worksheets[0].name).toBe(CONTENTS_SHEET);
    expect([1, 2, 3, 4].map((r) => ws.getCell(r, 1).value)).toEqual([
      'Children, Families, Health and Education Directorate',
      'Standards and Achievement Division',
      'Annual Business Unit Operational Plan 2008/9',
      'Financial year 2008/09',
    ]);
    const pts = planTables(d);
    pts.forEach((t, i) => {
      const row = ws.getRow(CONTENTS_HEADING_ROW + 1 + i);
      const link = row.getCell(3).value as ExcelJS.CellHyperlinkValue;
      const target = /^#'(.+)'!\$A\$1$/.exec(link.hyperlink)![1].replace(/''/g, "'");
      expect(link.text).toBe(target);
      expect(wb.getWorksheet(target), target).toBeDefined();
      expect(row.getCell(4).value).toBe(t.block.rows.length);
    });
    const secondary = ws.getRow(CONTENTS_HEADING_ROW + 1 + pts.findIndex((t) => t.sheet === 'Secondary budget'));
    expect(secondary.getCell(1).value).toBe('Secondary');
    expect(secondary.getCell(2).value).toBe('Advisory Service Kent - Secondary');
  });

  it('sets up printing for every sheet from its kind', async () => {
    const { doc } = sampleDb();
    const d = doc();
    const wb = await exported(d);
    for (const t of planTables(d)) {
      const ws = wb.getWorksheet(t.sheet)!;
      const kind = t.block.tableKind;
      expect(ws.pageSetup, t.sheet).toMatchObject({ paperSize: 9, orientation: kindDef(kind).orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddHeader, t.sheet).toBe('&LStandards and Achievement Division - Annual Business Unit Operational Plan 2008/9');
      expect(ws.headerFooter.oddFooter, t.sheet).toMatch(/^&L.+&RPage &P of &N$/);
      if (kind === 'budget') continue;
      expect(ws.headerFooter.oddFooter).toBe(`&L${t.sheet.replace(/&/g, '&&')}&RPage &P of &N`);
      const grouped = kindDef(kind).yearHeadings === 'grouped';
      expect(ws.pageSetup.printTitlesRow, t.sheet).toBe(`${grouped ? TABLE_HEADING_ROW - 1 : TABLE_HEADING_ROW}:${TABLE_HEADING_ROW}`);
      expect(ws.views[0], t.sheet).toMatchObject({ state: 'frozen', ySplit: TABLE_HEADING_ROW });
      expect(ws.getCell(TABLE_HEADING_ROW, 1).font?.bold).toBe(true);
      expect(ws.getCell(TABLE_HEADING_ROW, 1).alignment).toMatchObject({ wrapText: true });
    }
    expect(wb.getWorksheet('Staffing')!.pageSetup.orientation).toBe('portrait');
    expect(wb.getWorksheet('Risks')!.pageSetup.orientation).toBe('landscape');
    expect(wb.getWorksheet(CONTENTS_SHEET)!.pageSetup.printTitlesRow).toBe(`${CONTENTS_HEADING_ROW}:${CONTENTS_HEADING_ROW}`);
  });

  it('writes text that looks like a formula as text', async () => {
    const { db, doc } = sampleDb();
    const pts = planTables(doc());
    const risk = pts.find((t) => t.block.tableKind === 'risks')!.block.rows[0];
    const action = pts.find((t) => t.block.tableKind === 'actions')!.block.rows[2];
    updateCell(db, risk.id, 'event', '=HYPERLINK("http://evil.example","click")');
    updateCell(db, action.id, 'managers', ['@SUM(1,1)', '-1+2']);
    const d = doc();
    const wb = await exported(d);
    const risks = planTables(d).find((t) => t.block.tableKind === 'risks')!;
    const cell = wb.getWorksheet(risks.sheet)!.getCell(TABLE_HEADING_ROW + 1, 1);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const actions = planTables(d).find((t) => t.block.tableKind === 'actions')!;
    const managers = wb.getWorksheet(actions.sheet)!.getCell(TABLE_HEADING_ROW + 3, colNo('actions', 'managers'));
    expect(managers.value).toBe('@SUM(1,1)\n-1+2');
    expect(managers.type).toBe(ExcelJS.ValueType.String);
  });

  it('shortens long section titles into valid, unique sheet names, and writes empty tables', async () => {
    expect(shorten('Professional Development', 23)).toBe('Professional Dev.');
    expect(shorten('Secondary', 23)).toBe('Secondary');
    expect(shorten('Supercalifragilisticexpialidocious unit', 10).length).toBeLessThanOrEqual(10);
    const { doc } = sampleDb();
    const d = doc();
    for (const s of d.sections) if (s.title === 'Primary' || s.title === 'Secondary') s.title = "Children's Primary and Secondary Improvement: Partnerships";
    const staffing = tables(d).find((b) => b.kind === 'table' && b.tableKind === 'staffing')!;
    if (staffing.kind === 'table') staffing.rows = [];
    const wb = await exported(d);
    const names = wb.worksheets.map((w) => w.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[^:\\/?*[\]']{1,31}$/);
    // Words abbreviated from the end until the label fits; a second unit of the same name gets sheetName's " 2".
    expect(names.slice(8, 12)).toEqual([
      'Chi. Pri. and Sec. Imp. budget',
      'Chi. Pri. and Sec. Imp. actions',
      'Chi. Pri. and Sec. Imp. budg 2',
      'Chi. Pri. and Sec. Imp. acti 2',
    ]);
    const st = wb.getWorksheet('Staffing')!;
    expect(st.getCell(TABLE_HEADING_ROW + 1, 1).value).toBe('TOTAL');
    // The cached 0 is written (<v>0</v>), but exceljs drops a zero result when it reads a file back.
    expect(st.getCell(TABLE_HEADING_ROW + 1, 2).value).toMatchObject({ formula: '0' });
  });

  it('recalculated by LibreOffice, every formula gives the app values', async () => {
    const { db, doc } = sampleDb();
    const before = planTables(doc());
    const risks = before.find((t) => t.block.tableKind === 'risks')!.block;
    updateCell(db, risks.rows[1].id, 'likelihood', 2); // 4 x 2 = 8: MEDIUM
    const staffing = before.find((t) => t.block.tableKind === 'staffing')!.block;
    updateCell(db, staffing.rows[0].id, 'thisYear', 200.2);
    const d = doc();
    const file = path.join(tempDir(), 'plan.xlsx');
    fs.writeFileSync(file, await planWorkbookBuffer(d));
    const sheets = await recalculatedSheets(file);
    const pts = planTables(d);
    expect(Object.keys(sheets)).toEqual([CONTENTS_SHEET, ...pts.map((t) => t.sheet)]);

    const riskTable = pts.find((t) => t.block.tableKind === 'risks')!;
    const riskRows = sheets[riskTable.sheet];
    const computed = rowsWithComputed('risks', riskTable.block.rows);
    expect(computed.map((r) => [r.cells.score, r.cells.band])).toEqual([
      [16, 'HIGH'],
      [8, 'MEDIUM'],
    ]);
    computed.forEach((row, i) => {
      const csv = riskRows[TABLE_HEADING_ROW + i];
      expect(csv[0]).toBe(row.cells.event);
      expect(Number(csv[colNo('risks', 'score') - 1])).toBe(row.cells.score);
      expect(csv[colNo('risks', 'band') - 1]).toBe(row.cells.band);
    });

    const staffTable = pts.find((t) => t.block.tableKind === 'staffing')!;
    const total = sheets[staffTable.sheet].find((r) => r[0] === 'TOTAL')!;
    const app = summaryRows('staffing', staffTable.block.rows)[0].cells;
    expect(Number(total[1])).toBeCloseTo(app.lastYear, 6);
    expect(Number(total[2])).toBeCloseTo(app.thisYear, 6);
    expect(app.thisYear).toBe(305.8);

    const secondary = budgetSummary(d).units.find((u) => u.unit === 'Secondary')!;
    const cost = sheets['Secondary budget'].find((r) => r[colNo('budget', 'activity') - 1] === 'Total Cost of Unit')!;
    expect(Number(cost[colNo('budget', 'controllable') - 1])).toBeCloseTo(secondary.totalCost, 6);
    expect(secondary.totalCost).toBe(3279.8);
  }, 120_000);
});
