/**
 * Any table of a plan as a worksheet, laid out from its table-kind declaration alone: a title block, the
 * headings (with a year row above for 'grouped' kinds), the rows and summaries in the one display order
 * (shared/calc/table-layout.ts). Computed columns and summaries are live formulas with the app's result
 * cached, so the sheet and the app agree even before recalculation. Finance's budget sheets are this same
 * sheet with options (budget-layout.ts): their title block, a hidden line-reference column, frozen panes.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Block, PlanHeader } from '../../shared/model/plan';
import { emptyNoteColumns, headingGroups } from '../../shared/model/headings';
import { kindDef } from '../../shared/model/table-kinds';
import { memoColumns, tableLayout } from '../../shared/calc/table-layout';
import { colLetter } from '../../shared/calc/formulas';
import { setText } from './cells';
import { TEXT_ALIGN, fitRow, font, headingWidth, planHeaderFooter } from './sheet-style';
import { deliverableColumns } from './deliverable-columns';
import { writeHeadings, writeTitle, type SheetColumn, type TitleLine } from './sheet-heading';
import { writeRow, writeSummary, type RowContext } from './sheet-rows';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Fixed rows, so a reader (or a test) finds the headings without searching: two title lines, then these. */
export const TABLE_HEADING_ROW = 5;
export const REF_HEADING = 'Ref';

export interface SheetOptions {
  /** Numbered kinds (actions): the plan-wide 1 / 1.1 / 1.1.1 numbers by row id, in a leading Ref column. */
  numbers?: Map<number, string>;
  /** A hidden last column with each row's id under this heading, so an edited copy is matched on import. */
  lineRefs?: string;
  /** Notes travel as a comment on the row's label cell, not as a column (finance's sheets have none). */
  notesAsComments?: boolean;
  /** A label row above the memorandum items ("Memorandum Items"). */
  memoHeading?: string;
  /** The label column's heading under the previous column's year, as finance's sheets have it. */
  labelUnderPreviousYear?: boolean;
  /** Columns frozen at the left; by default the Ref column, if any. */
  frozenColumns?: number;
  /** A column's width; by default its declared width, wide enough for its heading's longest word. */
  width?: (col: SheetColumn, isLabel: boolean) => number;
  /** The name in the page footer; the sheet's name by default. */
  footer?: string;
}

export interface TableSheetInput {
  name: string;
  header: PlanHeader;
  /** The lines above the headings; the headings start two rows below them. */
  title: TitleLine[];
  block: TableBlock;
  options?: SheetOptions;
}

/** Where the rows landed (summary rows by id), for formulas on other sheets. */
export interface TableSheetLayout {
  sheet: string;
  headingRow: number;
  firstRow: number;
  summaryRows: Record<string, number>;
  colOf: (id: string) => string;
}

/** A table's title block in the plan workbook: its section, and its own title unless that only repeats it. */
export function sectionTitle(section: string, block: TableBlock): TitleLine[] {
  const subtitle = block.meta.unitName ?? block.title;
  return [{ text: section, size: 12 }, { text: subtitle === section ? '' : subtitle }];
}

export function writeTableSheet(wb: Workbook, t: TableSheetInput): TableSheetLayout {
  const o = t.options ?? {};
  const kind = t.block.tableKind;
  const def = kindDef(kind);
  const ws = wb.addWorksheet(t.name);
  const omit = o.notesAsComments ? new Set(def.columns.filter((c) => c.note).map((c) => c.id)) : emptyNoteColumns(kind, t.block.rows);
  const groups = deliverableColumns(headingGroups(kind, t.header.year, omit).filter((g) => g.columns.length));
  const columns = groups.flatMap((g) => g.columns);
  // Numbered tables lead with their reference numbers, which are positional and never stored.
  const offset = o.numbers ? 1 : 0;
  const lastCol = columns.length + offset;
  const colNo = new Map(columns.map((c, i) => [c.id, i + 1 + offset]));
  const colOf = (id: string) => colLetter(colNo.get(id)!);
  const headingRow = t.title.length + 3;
  const idCol = o.lineRefs ? lastCol + 1 : undefined;

  writeTitle(ws, t.title);
  const width = o.width ?? ((c: SheetColumn) => headingWidth(c.label, Math.max(8, c.width)));
  const top = writeHeadings(ws, {
    headingRow,
    groups,
    colNo,
    lastCol,
    ref: offset ? REF_HEADING : undefined,
    labelColumn: def.labelColumn,
    labelUnderPreviousYear: o.labelUnderPreviousYear,
    width: (c) => width(c, c.id === def.labelColumn),
  });
  if (idCol) {
    setText(ws.getCell(headingRow, idCol), o.lineRefs!);
    ws.getColumn(idCol).hidden = true;
  }

  const layout = tableLayout(kind, t.block.rows, { computed: true });
  const ctx: RowContext = {
    kind,
    columns,
    colNo,
    colOf,
    lastCol,
    labelColumn: def.labelColumn,
    numbers: o.numbers,
    idCol,
    commentColumns: o.notesAsComments ? def.columns.filter((c) => c.note) : [],
  };
  const firstRow = headingRow + 1;
  const rowAt = new Map<number, number>();
  const summaryAt: Record<string, number> = {};
  let r = firstRow;
  for (const row of layout.body) {
    rowAt.set(row.id, r);
    writeRow(ws, r++, row, ctx);
  }
  let headed = !o.memoHeading;
  for (const e of layout.tail) {
    if (!headed && !(e.type === 'summary' && e.summary.rule === 'totals')) {
      memoHeading(ws, `${colOf(def.labelColumn)}${r++}`, o.memoHeading!);
      headed = true;
    }
    if (e.type === 'memo') {
      rowAt.set(e.row.id, r);
      writeRow(ws, r++, e.row, ctx);
    } else summaryAt[e.summary.id] = r++;
  }
  const totals = def.columns.filter((c) => c.total);
  for (const e of layout.tail) if (e.type === 'summary') writeSummary(ws, summaryAt[e.summary.id], e.summary, ctx, rowAt, summaryAt, totals, memoColumns(kind));
  for (let row = top; row <= ws.rowCount; row++) fitRow(ws, row, lastCol);
  pageSetup(ws, t, { top, headingRow, lastCol, frozen: o.frozenColumns ?? offset });
  return { sheet: t.name, headingRow, firstRow, summaryRows: summaryAt, colOf };
}

function memoHeading(ws: Worksheet, address: string, text: string): void {
  setText(ws.getCell(address), text);
  ws.getCell(address).font = font({ italic: true });
  ws.getCell(address).alignment = TEXT_ALIGN;
}

function pageSetup(ws: Worksheet, t: TableSheetInput, at: { top: number; headingRow: number; lastCol: number; frozen: number }): void {
  const corner = `${colLetter(at.frozen + 1)}${at.headingRow + 1}`;
  ws.views = [{ state: 'frozen', xSplit: at.frozen, ySplit: at.headingRow, topLeftCell: corner, activeCell: corner }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: kindDef(t.block.tableKind).orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${at.top}:${at.headingRow}`,
    // Written as A$1 so exceljs, which puts a $ before each corner, gives the fully absolute $A$1.
    printArea: `A$1:${colLetter(at.lastCol)}$${Math.max(ws.rowCount, at.headingRow)}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // Plan on the left, sheet (or unit) and page on the right: centred, a long unit name overprinted the plan's.
  ws.headerFooter = planHeaderFooter(t.header, t.options?.footer ?? t.name);
}
