/**
 * A table sheet's rows: each stored row's cells by column type (the text from the shared formatter, figures
 * as numbers in the plans' format, computed columns as live formulas with the app's result cached), and
 * each summary row as formulas over exactly the rows the app summed (shared/calc/table-layout.ts).
 */
import type { Cell, Worksheet } from 'exceljs';
import type { Row } from '../../shared/model/plan';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import { roleDef, type TableKind } from '../../shared/model/table-kinds';
import { toFormula } from '../../shared/calc/formulas';
import type { LayoutSummary } from '../../shared/calc/table-layout';
import { cellText, deliverableParts } from '../../shared/format/cell-text';
import { setFigure, setFormula, setText, toXString } from './cells';
import { CENTRE_ALIGN, TEXT_ALIGN, cellLines, font } from './sheet-style';
import { TARGET_SUFFIX } from './deliverable-columns';
import type { SheetColumn } from './sheet-heading';

export interface RowContext {
  kind: TableKind;
  columns: SheetColumn[];
  colNo: Map<string, number>;
  colOf: (id: string) => string;
  lastCol: number;
  labelColumn: string;
  numbers?: Map<number, string>;
  /** The hidden column holding each row's id, if the sheet has one. */
  idCol?: number;
  /** Note columns written as a comment on the row's label cell instead of as columns. */
  commentColumns: ColumnDef[];
}

const OBJECTIVE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;
const RATING_FORMAT = '0';

export function writeRow(ws: Worksheet, r: number, row: Row, x: RowContext): void {
  const held = new Set(roleDef(x.kind, row.role)?.columns ?? []);
  if (x.numbers) {
    setText(ws.getCell(r, 1), x.numbers.get(row.id) ?? '');
    ws.getCell(r, 1).alignment = { vertical: 'top', indent: 1 };
  }
  for (const col of x.columns) {
    const cell = ws.getCell(r, x.colNo.get(col.id)!);
    cell.alignment = TEXT_ALIGN;
    if (col.id.endsWith(TARGET_SUFFIX)) {
      const of = col.id.slice(0, -TARGET_SUFFIX.length);
      if (held.has(of)) writeTargets(cell, row.cells[of], ws.getColumn(x.colNo.get(of)!).width ?? 9);
      continue;
    }
    const v = row.cells[col.id];
    // Computed columns are filled on 'line' rows only; other roles hold them as typed, if at all.
    if (col.computed && row.role === 'line')
      setFormula(
        cell,
        toFormula(col.computed, (id) => `${x.colOf(id)}${r}`),
        (v ?? null) as number | string | null,
      );
    else if (held.has(col.id)) writeValue(cell, col, v);
    if (col.type === 'rating') cell.numFmt = RATING_FORMAT;
    // A score and its rating sit side by side: centred, "16" and "HIGH" never run together.
    if (col.type === 'rating' || col.type === 'band') cell.alignment = CENTRE_ALIGN;
  }
  if (x.idCol) ws.getCell(r, x.idCol).value = row.id;
  const note = x.commentColumns
    .map((c) => cellText(c, row.cells[c.id]).trim())
    .filter(Boolean)
    .join('\n');
  if (note) ws.getCell(r, x.colNo.get(x.labelColumn)!).note = toXString(note);
  // The outline of an action table: units and objectives stand out from the actions under them.
  if (row.role === 'unit' || row.role === 'objective') {
    for (let k = 1; k <= x.lastCol; k++)
      Object.assign(ws.getCell(r, k), { font: font({ bold: true }), ...(row.role === 'objective' ? { fill: OBJECTIVE_FILL } : {}) });
  }
}

/** Each deliverable's target date on the line its text starts on (blank lines where the text wraps). */
function writeTargets(cell: Cell, v: CellValue | undefined, textWidth: number): void {
  const parts = deliverableParts(v);
  const lines = parts.map((d) => d.target + '\n'.repeat(cellLines(d.text, textWidth, false, 1) - 1));
  if (lines.some((l) => l.trim())) setText(cell, lines.join('\n').replace(/\n+$/, ''));
}

function writeValue(cell: Cell, col: ColumnDef, v: CellValue | undefined): void {
  // An empty figure cell still gets the figures' format, so a figure typed into it later reads as the rest.
  if (col.type === 'money' || col.type === 'fte') return setFigure(cell, typeof v === 'number' ? v : null);
  if (v === null || v === undefined || v === '') return;
  // Ratings are validated as whole numbers; anything else is written as text, never as a value to evaluate.
  if (col.type === 'rating' && typeof v === 'number') return void (cell.value = v);
  // One deliverable per line; its target date stands beside it in the next column, as in the seed.
  if (col.type === 'deliverables')
    return setText(
      cell,
      deliverableParts(v)
        .map((d) => d.text)
        .join('\n'),
    );
  setText(cell, cellText(col, v));
}

/** `a:b` ranges over runs of consecutive sheet rows, in one column. */
function ranges(col: string, rows: number[]): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(`${col}${sorted[i]}:${col}${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

/**
 * A summary row: its label, and for each total column a SUM over the rows it covers. A summary built on
 * another (total cost of unit on controllable totals) refers to that row and adds the memorandum items.
 */
export function writeSummary(
  ws: Worksheet,
  at: number,
  s: LayoutSummary,
  x: RowContext,
  rowAt: Map<number, number>,
  summaryAt: Record<string, number>,
  totals: ColumnDef[],
  memoCols: Set<string>,
): void {
  setText(ws.getCell(`${x.colOf(x.labelColumn)}${at}`), s.label);
  ws.getCell(`${x.colOf(x.labelColumn)}${at}`).alignment = TEXT_ALIGN;
  const at_ = (ids: number[]) => ids.map((id) => rowAt.get(id)!);
  for (const col of totals) {
    const c = x.colOf(col.id);
    const memos = memoCols.has(col.id) ? ranges(c, at_(s.memos)) : [];
    const parts = s.base ? [`${c}${summaryAt[s.base]}`, ...memos] : [...ranges(c, at_(s.lines)), ...memos];
    const formula = parts.length === 0 ? '0' : s.base && parts.length === 1 ? parts[0] : `SUM(${parts.join(',')})`;
    setFormula(ws.getCell(`${c}${at}`), formula, s.cells[col.id]);
  }
  for (let k = 1; k <= x.lastCol; k++) Object.assign(ws.getCell(at, k), { font: font({ bold: true }), border: { top: { style: 'thin' } } });
}
