/**
 * One unit's revenue budget as a worksheet in finance's layout: the seed's heading block (directorate and
 * "2008/09 BUDGET", division, unit), its two-row heading ("2007-08" over last year's columns and the
 * activity, "2008-09" from this year's FTE on), the lines, controllable totals,
 * memorandum items and total cost of unit. Every figure the app computes is a live formula with the app's
 * result cached. A hidden last column carries each line's id so an edited copy can be matched on import.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { PlanHeader } from '../../shared/model/plan';
import { headingGroups } from '../../shared/model/headings';
import { kindDef } from '../../shared/model/table-kinds';
import { isNumericType } from '../../shared/model/columns';
import { rowsWithComputed, summaryRows } from '../../shared/calc/summaries';
import { fyLabel } from '../../shared/calc/financial-year';
import { colLetter, toFormula } from '../../shared/calc/formulas';
import type { UnitBudget } from '../../shared/calc/budget-summary';
import { setFigure, setFormula, setText, toXString } from './cells';
import { FIGURE_ALIGN, TEXT_ALIGN, fitRow, font, headingWidth, planHeaderFooter } from './sheet-style';

export const HEADING_ROW = 7;
export const LINE_ID_HEADING = 'Line ref (do not edit)';
export const MEMO_HEADING = 'Memorandum Items';

/** Where the totals landed, for the summary sheet's cross-sheet formulas. */
export interface BudgetSheetLayout {
  sheet: string;
  totalsRow: number;
  totalCostRow: number;
  colOf: (id: string) => string;
}

export function writeBudgetSheet(wb: Workbook, name: string, header: PlanHeader, u: UnitBudget): BudgetSheetLayout {
  const def = kindDef('budget');
  const ws = wb.addWorksheet(name);
  // A line's notes travel as a comment on its activity cell (finance's layout has no notes column).
  const groups = headingGroups('budget', header.year).map((g) => ({ ...g, columns: g.columns.filter((c) => !c.note) })).filter((g) => g.columns.length);
  const columns = groups.flatMap((g) => g.columns);
  const idCol = columns.length + 1;
  const colNo = new Map(columns.map((c, i) => [c.id, i + 1]));
  const colOf = (id: string) => colLetter(colNo.get(id)!);

  titleBlock(ws, header, u.unitName);
  yearBands(ws, columns.map((c) => groups.find((g) => g.columns.includes(c))!.heading), columns.findIndex((c) => c.id === def.labelColumn));
  columns.forEach((col, i) => {
    setText(ws.getCell(HEADING_ROW, i + 1), col.heading);
    ws.getColumn(i + 1).width = headingWidth(col.heading, Math.max(9, col.width * (col.id === def.labelColumn ? 1.1 : 1.05)));
  });
  setText(ws.getCell(HEADING_ROW, idCol), LINE_ID_HEADING);
  ws.getColumn(idCol).hidden = true;
  styleHeading(ws, idCol);

  const lines = rowsWithComputed('budget', u.block.rows.filter((r) => r.role === 'line'));
  const memos = u.block.rows.filter((r) => r.role === 'memo');
  const first = HEADING_ROW + 1;
  lines.forEach((line, i) => {
    const r = first + i;
    for (const col of columns) {
      const cell = ws.getCell(r, colNo.get(col.id)!);
      const v = line.cells[col.id];
      if (col.computed) setFormula(cell, toFormula(col.computed, (id) => `${colOf(id)}${r}`), v as number);
      else if (isNumericType(col.type)) setFigure(cell, v as number | null);
      else (setText(cell, String(v ?? '')), (cell.alignment = TEXT_ALIGN));
    }
    ws.getCell(r, idCol).value = line.id;
    const notes = String(line.cells.notes ?? '').trim();
    if (notes) ws.getCell(r, colNo.get('activity')!).note = toXString(notes);
    fitRow(ws, r, columns.length);
  });
  const last = first + lines.length - 1;
  const [totals, withMemo] = summaryRows('budget', u.block.rows);
  const totalsRow = last + 1;
  const totalCols = def.columns.filter((col) => col.total);
  summaryLine(ws, totalsRow, colOf('activity'), totals.label, totalCols.map((col) => [col.id, lines.length ? `SUM(${colOf(col.id)}${first}:${colOf(col.id)}${last})` : '0', totals.cells[col.id]]), colOf);

  setText(ws.getCell(`${colOf('activity')}${totalsRow + 1}`), MEMO_HEADING);
  ws.getCell(`${colOf('activity')}${totalsRow + 1}`).font = font({ italic: true });
  ws.getCell(`${colOf('activity')}${totalsRow + 1}`).alignment = TEXT_ALIGN;
  const memoCols = def.roles.find((r) => r.role === 'memo')!.columns.filter((id) => id !== 'activity');
  memos.forEach((m, i) => {
    const r = totalsRow + 2 + i;
    setText(ws.getCell(`${colOf('activity')}${r}`), String(m.cells.activity ?? ''));
    ws.getCell(`${colOf('activity')}${r}`).alignment = TEXT_ALIGN;
    for (const id of memoCols) setFigure(ws.getCell(`${colOf(id)}${r}`), m.cells[id] as number | undefined);
    ws.getCell(r, idCol).value = m.id;
  });
  const totalCostRow = totalsRow + 2 + memos.length;
  const memoRange = (id: string) => (memos.length ? `,${colOf(id)}${totalsRow + 2}:${colOf(id)}${totalCostRow - 1}` : '');
  summaryLine(
    ws,
    totalCostRow,
    colOf('activity'),
    withMemo.label,
    totalCols.map((col) => [col.id, memoCols.includes(col.id) ? `SUM(${colOf(col.id)}${totalsRow}${memoRange(col.id)})` : `${colOf(col.id)}${totalsRow}`, withMemo.cells[col.id]]),
    colOf,
  );
  pageSetup(ws, header, u.unitName, idCol);
  return { sheet: name, totalsRow, totalCostRow, colOf };
}

/** As the seed's budget pages: "CHILDREN, FAMILIES ... 2008/09 BUDGET", the division, the unit. */
function titleBlock(ws: Worksheet, h: PlanHeader, unitName: string): void {
  const lines: [string, number][] = [[`${h.directorate.toUpperCase()} ${fyLabel(h.year)} BUDGET`, 12], [h.division, 11], [unitName, 12]];
  lines.forEach(([text, size], i) => {
    const cell = ws.getCell(i + 1, 1);
    setText(cell, text);
    cell.font = font({ bold: true, size });
  });
  setText(ws.getCell(4, 1), '£000s');
}

/**
 * The year row over the headings, each year merged over its run of columns. The activity column sits under
 * last year's band, as in the seed, so "2008-09" starts over this year's FTE.
 */
function yearBands(ws: Worksheet, bands: (string | null)[], labelAt: number): void {
  const years = bands.map((b, i) => (i === labelAt && i > 0 ? bands[i - 1] : b));
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[i]) j++;
    if (years[i]) {
      if (j > i) ws.mergeCells(HEADING_ROW - 1, i + 1, HEADING_ROW - 1, j + 1);
      setText(ws.getCell(HEADING_ROW - 1, i + 1), years[i]!);
    }
    i = j + 1;
  }
}

function styleHeading(ws: Worksheet, lastCol: number): void {
  for (const r of [HEADING_ROW - 1, HEADING_ROW]) {
    const row = ws.getRow(r);
    row.font = font({ bold: true });
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    for (let c = 1; c < lastCol; c++) {
      row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
      row.getCell(c).border = { bottom: { style: 'thin' }, top: { style: 'thin' } };
    }
  }
  fitRow(ws, HEADING_ROW, lastCol - 1);
}

function summaryLine(ws: Worksheet, r: number, labelCol: string, label: string, cells: [string, string, number][], colOf: (id: string) => string): void {
  setText(ws.getCell(`${labelCol}${r}`), label);
  ws.getCell(`${labelCol}${r}`).alignment = TEXT_ALIGN;
  for (const [id, formula, result] of cells) setFormula(ws.getCell(`${colOf(id)}${r}`), formula, result);
  const row = ws.getRow(r);
  row.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.border = { top: { style: 'thin' } };
    if (typeof cell.value === 'object') cell.alignment = FIGURE_ALIGN;
  });
}

function pageSetup(ws: Worksheet, h: PlanHeader, unitName: string, idCol: number): void {
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: HEADING_ROW, topLeftCell: `D${HEADING_ROW + 1}`, activeCell: `D${HEADING_ROW + 1}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADING_ROW - 1}:${HEADING_ROW}`,
    printArea: `A1:${colLetter(idCol - 1)}${ws.rowCount}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // Plan on the left, unit and page on the right: a centred unit name overprinted a long plan name.
  ws.headerFooter = planHeaderFooter(h, unitName);
}
