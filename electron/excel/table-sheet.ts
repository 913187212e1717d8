/**
 * Any table of a plan (actions, KPIs, risks, staffing...) as a worksheet, laid out from its table-kind
 * declaration alone: a title block, the headings (with a year row above for 'grouped' kinds, as the budget
 * sheets have), one row per table row, then the kind's summary rows. Computed columns and summaries are
 * live formulas with the app's result cached, so the sheet and the app agree even before recalculation.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Block, PlanHeader, Row } from '../../shared/model/plan';
import type { CellValue, ColumnDef, Deliverable } from '../../shared/model/columns';
import { emptyNoteColumns, headingGroups } from '../../shared/model/headings';
import { kindDef, roleDef } from '../../shared/model/table-kinds';
import { rowsWithComputed, summaryRows } from '../../shared/calc/summaries';
import { colLetter, toFormula } from '../../shared/calc/formulas';
import { setFigure, setFormula, setText } from './cells';
import { CENTRE_ALIGN, TEXT_ALIGN, cellLines, fitRow, font, headingWidth, planHeaderFooter } from './sheet-style';
import { deliverableColumns, TARGET_SUFFIX } from './deliverable-columns';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Fixed rows, so a reader (or a test) finds the headings without searching. */
export const TABLE_HEADING_ROW = 5;
export const REF_HEADING = 'Ref';

export interface TableSheetInput {
  name: string;
  header: PlanHeader;
  /** The section path the table sits under, for the title block ("Early Years & Childcare"). */
  section: string;
  block: TableBlock;
  /** Action tables: the plan-wide 1 / 1.1 / 1.1.1 numbers by row id. */
  numbers?: Map<number, string>;
}

/** Where the rows landed (summary rows by id), for formulas on other sheets. */
export interface TableSheetLayout { sheet: string; headingRow: number; firstRow: number; summaryRows: Record<string, number> }

const HEADING_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const OBJECTIVE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;
const RATING_FORMAT = '0';

export function writeTableSheet(wb: Workbook, t: TableSheetInput): TableSheetLayout {
  const kind = t.block.tableKind;
  const def = kindDef(kind);
  const ws = wb.addWorksheet(t.name);
  const groups = deliverableColumns(headingGroups(kind, t.header.year, emptyNoteColumns(kind, t.block.rows)));
  const columns = groups.flatMap((g) => g.columns);
  // Action tables lead with their reference numbers, which are positional and never stored.
  const offset = kind === 'actions' ? 1 : 0;
  const lastCol = columns.length + offset;
  const colNo = new Map(columns.map((c, i) => [c.id, i + 1 + offset]));
  const colOf = (id: string) => colLetter(colNo.get(id)!);
  const grouped = groups.some((g) => g.heading !== null);
  const top = grouped ? TABLE_HEADING_ROW - 1 : TABLE_HEADING_ROW;

  // The table's own title under its section, unless it only repeats it ("Risks" under "Risks").
  const subtitle = t.block.meta.unitName ?? t.block.title;
  [t.section, subtitle === t.section ? '' : subtitle].forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    setText(cell, text);
    cell.font = font({ bold: true, size: i === 0 ? 12 : 11 });
  });

  if (offset) setText(ws.getCell(TABLE_HEADING_ROW, 1), REF_HEADING);
  if (offset) ws.getColumn(1).width = 8;
  if (offset && grouped) ws.mergeCells(top, 1, TABLE_HEADING_ROW, 1);
  let c = 1 + offset;
  for (const g of groups) {
    const from = c;
    c += g.columns.length;
    if (!grouped) continue;
    // A year over its run of columns; columns without a year have their heading span both rows.
    if (g.heading) {
      if (c - 1 > from) ws.mergeCells(top, from, top, c - 1);
      setText(ws.getCell(top, from), g.heading);
    } else for (let k = from; k < c; k++) ws.mergeCells(top, k, TABLE_HEADING_ROW, k);
  }
  columns.forEach((col) => {
    setText(ws.getCell(TABLE_HEADING_ROW, colNo.get(col.id)!), col.label);
    ws.getColumn(colNo.get(col.id)!).width = headingWidth(col.label, Math.max(8, col.width));
  });
  const thin = { style: 'thin' } as const;
  for (let r = top; r <= TABLE_HEADING_ROW; r++) {
    for (let k = 1; k <= lastCol; k++) {
      Object.assign(ws.getCell(r, k), {
        font: font({ bold: true }), fill: HEADING_FILL, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' }, border: { top: thin, bottom: thin, left: thin, right: thin },
      });
    }
  }

  // As the app shows them: body rows, the first summary, memorandum items, then any further summaries.
  const body = rowsWithComputed(kind, t.block.rows.filter((r) => r.role !== 'memo'));
  const memos = t.block.rows.filter((r) => r.role === 'memo');
  const firstRow = TABLE_HEADING_ROW + 1;
  const ctx: RowContext = { kind, columns, colNo, colOf, lastCol, numbers: t.numbers };
  body.forEach((row, i) => writeRow(ws, firstRow + i, row, ctx));
  const lastBody = firstRow + body.length - 1;
  const summaries = summaryRows(kind, t.block.rows);
  const summaryAt: Record<string, number> = {};
  let r = lastBody + 1;
  const memoFrom = summaries.length ? r + 1 : r;
  summaries.forEach((s, i) => {
    if (i === 1) r += memos.length;
    summaryAt[s.id] = r++;
  });
  memos.forEach((m, i) => writeRow(ws, memoFrom + i, m, ctx));
  const memoCols = new Set(roleDef(kind, 'memo')?.columns ?? []);
  const range = (id: string, from: number, to: number) => (to >= from ? [`${colOf(id)}${from}:${colOf(id)}${to}`] : []);
  for (const s of summaries) {
    const at = summaryAt[s.id];
    setText(ws.getCell(`${colOf(def.labelColumn)}${at}`), s.label);
    for (const col of def.columns.filter((x) => x.total)) {
      const parts = [...range(col.id, firstRow, lastBody)];
      const rule = def.summaries.find((x) => x.id === s.id)!.rule;
      if (rule === 'withMemo' && memoCols.has(col.id)) parts.push(...range(col.id, memoFrom, memoFrom + memos.length - 1));
      setFormula(ws.getCell(`${colOf(col.id)}${at}`), parts.length ? `SUM(${parts.join(',')})` : '0', s.cells[col.id]);
    }
    for (let k = 1; k <= lastCol; k++) Object.assign(ws.getCell(at, k), { font: font({ bold: true }), border: { top: { style: 'thin' } } });
  }
  for (let row = top; row <= ws.rowCount; row++) fitRow(ws, row, lastCol);
  pageSetup(ws, t, def.orientation, top, lastCol, offset);
  return { sheet: t.name, headingRow: TABLE_HEADING_ROW, firstRow, summaryRows: summaryAt };
}

interface RowContext { kind: TableBlock['tableKind']; columns: ColumnDef[]; colNo: Map<string, number>; colOf: (id: string) => string; lastCol: number; numbers?: Map<number, string> }

function writeRow(ws: Worksheet, r: number, row: Row, x: RowContext): void {
  const held = new Set(roleDef(x.kind, row.role)?.columns ?? []);
  if (x.numbers) {
    setText(ws.getCell(r, 1), x.numbers.get(row.id) ?? '');
    ws.getCell(r, 1).alignment = { vertical: 'top', indent: 1 };
  }
  for (const col of x.columns) {
    const cell = ws.getCell(r, x.colNo.get(col.id)!);
    cell.alignment = TEXT_ALIGN;
    if (col.id.endsWith(TARGET_SUFFIX)) {
      if (held.has(col.id.slice(0, -TARGET_SUFFIX.length))) writeTargets(cell, row.cells[col.id.slice(0, -TARGET_SUFFIX.length)], ws.getColumn(x.colNo.get(col.id.slice(0, -TARGET_SUFFIX.length))!).width ?? 9);
      continue;
    }
    const v = row.cells[col.id];
    // withComputed fills computed columns on 'line' rows only; other roles hold them as typed, if at all.
    if (col.computed && row.role === 'line') setFormula(cell, toFormula(col.computed, (id) => `${x.colOf(id)}${r}`), (v ?? null) as number | string | null);
    else if (held.has(col.id)) writeValue(cell, col, v);
    if (col.type === 'rating') cell.numFmt = RATING_FORMAT;
    // A score and its rating sit side by side: centred, "16" and "HIGH" never run together.
    if (col.type === 'rating' || col.type === 'band') cell.alignment = CENTRE_ALIGN;
  }
  // The outline of an action table: units and objectives stand out from the actions under them.
  if (row.role === 'unit' || row.role === 'objective') {
    for (let k = 1; k <= x.lastCol; k++) Object.assign(ws.getCell(r, k), { font: font({ bold: true }), ...(row.role === 'objective' ? { fill: OBJECTIVE_FILL } : {}) });
  }
}

/** Each deliverable's target date on the line its text starts on (blank lines where the text wraps). */
function writeTargets(cell: Cell, v: CellValue | undefined, textWidth: number): void {
  if (!Array.isArray(v) || !v.length) return;
  const lines = (v as Deliverable[]).map((d) => d.target + '\n'.repeat(cellLines(d.text, textWidth, false, 1) - 1));
  if (lines.some((l) => l.trim())) setText(cell, lines.join('\n').replace(/\n+$/, ''));
}

function writeValue(cell: Cell, col: ColumnDef, v: CellValue | undefined): void {
  if (v === null || v === undefined || v === '') return;
  switch (col.type) {
    case 'money':
    case 'fte':
      return setFigure(cell, v as number);
    case 'rating':
      // Ratings are validated as whole numbers; anything else is written as text, never as a value to evaluate.
      return typeof v === 'number' ? void (cell.value = v) : setText(cell, String(v));
    case 'deliverables':
      // One deliverable per line; its target date stands beside it in the next column, as in the seed.
      return setText(cell, (v as Deliverable[]).map((d) => d.text).join('\n'));
    default:
      // Lists (and any other one-item-per-line type) by their value, so a new list type needs no case here.
      return setText(cell, Array.isArray(v) ? v.map(String).join('\n') : String(v));
  }
}

function pageSetup(ws: Worksheet, t: TableSheetInput, orientation: 'portrait' | 'landscape', top: number, lastCol: number, refCols: number): void {
  ws.views = [{ state: 'frozen', xSplit: refCols, ySplit: TABLE_HEADING_ROW, topLeftCell: `${colLetter(refCols + 1)}${TABLE_HEADING_ROW + 1}` }];
  ws.pageSetup = {
    paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    printTitlesRow: `${top}:${TABLE_HEADING_ROW}`,
    // Written as A$1 so exceljs, which puts a $ before each corner, gives the fully absolute $A$1.
    printArea: `A$1:${colLetter(lastCol)}$${Math.max(ws.rowCount, TABLE_HEADING_ROW)}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = planHeaderFooter(t.header, t.name);
}
