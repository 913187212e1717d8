/**
 * Rows as the grid holds them: stored rows with computed columns filled in, and summary rows pinned below.
 * A grid row is made once per stored row object and reused while that object lives: the store replaces only
 * the rows an edit touched, so the grid sees new data for those rows alone and repaints nothing else.
 */
import type { Block, Row } from '../../shared/model/plan';
import { summaryRows } from '../../shared/calc/summaries';
import { withComputed } from '../../shared/calc/evaluate';
import { tableMismatches } from '../../shared/calc/printed-totals';
import type { Cells } from '../../shared/model/columns';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';

export interface GridRow {
  key: string;
  id: number | null;
  role: Row['role'];
  cells: Cells;
  /** Set on computed summary rows (controllable totals, total cost of unit). */
  summary?: string;
  /** Column -> figure printed in the source where it differs from the computed one. */
  mismatch?: Record<string, number>;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

const made = new WeakMap<Row, { kind: TableKind; row: GridRow }>();

/** The grid's row for a stored row, with its computed columns; the same object for the same stored row. */
export function gridRow(kind: TableKind, r: Row): GridRow {
  const hit = made.get(r);
  if (hit && hit.kind === kind) return hit.row;
  const row: GridRow = { key: `r${r.id}`, id: r.id, role: r.role, cells: withComputed(kind, r.role, r.cells) };
  made.set(r, { kind, row });
  return row;
}

export function bodyRows(block: TableBlock): GridRow[] {
  return block.rows.filter((r) => r.role !== 'memo').map((r) => gridRow(block.tableKind, r));
}

/** Below the lines, as the budget sheets print them: totals, memorandum items, then the grand total. */
export function pinnedRows(block: TableBlock, sectionTitle: string): GridRow[] {
  const summaries = summaryRows(block.tableKind, block.rows);
  const mismatches = tableMismatches(block, sectionTitle);
  const labelCol = kindDef(block.tableKind).labelColumn;
  const toRow = (s: (typeof summaries)[number]): GridRow => {
    const mismatch: Record<string, number> = {};
    for (const m of mismatches) if (m.summaryId === s.id) mismatch[m.column] = m.printed;
    return { key: `s-${s.id}`, id: null, role: 'line', summary: s.id, cells: { ...s.cells, [labelCol]: s.label }, mismatch };
  };
  const memos = block.rows.filter((r) => r.role === 'memo').map((r) => gridRow(block.tableKind, r));
  const [first, ...rest] = summaries.map(toRow);
  return first ? [first, ...memos, ...rest] : memos;
}
