/**
 * A table block as the Word export draws it: heading rows, then rows in the one display order every
 * output follows (shared/calc/table-layout.ts: lines, totals, memorandum items, totals including them),
 * each cell as lines of text from the one cell formatter (shared/format/cell-text.ts) with its alignment.
 * The Word writer (docx-table.ts) only decides how to draw these.
 */
import type { Block, Row } from '../../shared/model/plan';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import { emptyNoteColumns, headingGroups } from '../../shared/model/headings';
import { kindDef, roleDef } from '../../shared/model/table-kinds';
import { tableLayout, type LayoutSummary } from '../../shared/calc/table-layout';
import { cellLines } from '../../shared/format/cell-text';

type TableBlock = Extract<Block, { kind: 'table' }>;

export type Align = 'left' | 'right' | 'center';
export interface WordCell {
  lines: string[];
  align: Align;
  colSpan?: number;
  rowSpan?: number;
}
export type WordRowKind = 'line' | 'unit' | 'objective' | 'memo' | 'total' | 'empty';
export interface WordRow {
  kind: WordRowKind;
  cells: WordCell[];
}
export interface WordTable {
  /** One or two heading rows (a budget's year heading over its columns). */
  head: WordCell[][];
  /** Relative column widths, Ref first for actions. */
  widths: number[];
  rows: WordRow[];
}

const REF_WIDTH = 7;
const width = (c: ColumnDef): number => (c.type === 'rating' || c.type === 'band' ? Math.max(c.width, 13) : c.width);
const alignOf = (c: ColumnDef): Align => (c.type === 'money' || c.type === 'fte' ? 'right' : c.type === 'rating' || c.type === 'band' ? 'center' : 'left');

/** Multi-line text keeps its lines as paragraphs of the cell. */
const cell = (col: ColumnDef, v: CellValue | undefined): WordCell => ({ lines: cellLines(col, v).flatMap((l) => l.split('\n')), align: alignOf(col) });
const text = (s: string, align: Align = 'left', colSpan?: number): WordCell => ({ lines: s ? [s] : [], align, ...(colSpan ? { colSpan } : {}) });

function head(block: TableBlock, planYear: number, withRef: boolean): WordCell[][] {
  const groups = headingGroups(block.tableKind, planYear, emptyNoteColumns(block.tableKind, block.rows));
  const twoRows = groups.some((g) => g.heading !== null);
  const ref: WordCell[] = withRef ? [{ ...text('Ref', 'center'), ...(twoRows ? { rowSpan: 2 } : {}) }] : [];
  if (!twoRows) return [[...ref, ...groups.flatMap((g) => g.columns).map((c) => text(c.label, 'center'))]];
  const top = groups.flatMap((g) =>
    g.heading === null ? g.columns.map((c) => ({ ...text(c.label, 'center'), rowSpan: 2 })) : [text(g.heading, 'center', g.columns.length)],
  );
  const second = groups
    .filter((g) => g.heading !== null)
    .flatMap((g) => g.columns)
    .map((c) => text(c.label, 'center'));
  return [[...ref, ...top], second];
}

function actionRow(r: Row, cols: ColumnDef[], ref: string): WordRow {
  const refCell = text(ref, 'left');
  if (r.role === 'unit') return { kind: 'unit', cells: [refCell, text(String(r.cells.title ?? ''), 'left', cols.length)] };
  if (r.role === 'objective') {
    const [title, ecm, ...rest] = cols;
    return { kind: 'objective', cells: [refCell, cell(title, r.cells.title), cell(ecm, r.cells.ecm), text('', 'left', rest.length)] };
  }
  return { kind: 'line', cells: [refCell, ...cols.map((c) => cell(c, r.cells[c.id]))] };
}

/** The table as the Word writer lays it out; `refs` are the whole plan's action numbers. */
export function wordTable(block: TableBlock, planYear: number, refs: Map<number, string>): WordTable {
  const def = kindDef(block.tableKind);
  const omit = emptyNoteColumns(block.tableKind, block.rows);
  const cols = def.columns.filter((c) => !omit.has(c.id));
  const isActions = !!def.numbered;
  const { body: lines, tail } = tableLayout(block.tableKind, block.rows, { computed: true });
  const memoCols = new Set(roleDef(block.tableKind, 'memo')?.columns ?? cols.map((c) => c.id));
  const body: WordRow[] = lines.length
    ? lines.map((r) => (isActions ? actionRow(r, cols, refs.get(r.id) ?? '') : { kind: 'line', cells: cols.map((c) => cell(c, r.cells[c.id])) }))
    : [{ kind: 'empty', cells: [text('No entries.', 'left', cols.length + (isActions ? 1 : 0))] }];
  const total = (s: LayoutSummary): WordRow => ({
    kind: 'total',
    cells: cols.map((c) => (c.id === def.labelColumn ? text(s.label) : c.total ? cell(c, s.cells[c.id]) : text(''))),
  });
  const memo = (m: Row): WordRow => ({ kind: 'memo', cells: cols.map((c) => (memoCols.has(c.id) ? cell(c, m.cells[c.id]) : text(''))) });
  return {
    head: head(block, planYear, isActions),
    widths: [...(isActions ? [REF_WIDTH] : []), ...cols.map(width)],
    rows: [...body, ...tail.map((e) => (e.type === 'memo' ? memo(e.row) : total(e.summary)))],
  };
}
