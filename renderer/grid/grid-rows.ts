/** Rows as the grid holds them: stored rows with computed columns filled in, and summary rows pinned below. */
import type { Block, Row } from '../../shared/model/plan';
import { rowsWithComputed, summaryRows } from '../../shared/calc/summaries';
import { tableMismatches } from '../../shared/calc/printed-totals';
import type { Cells } from '../../shared/model/columns';
import { kindDef } from '../../shared/model/table-kinds';

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

export function bodyRows(block: TableBlock): GridRow[] {
  return rowsWithComputed(block.tableKind, block.rows.filter((r) => r.role !== 'memo')).map((r) => ({ key: `r${r.id}`, id: r.id, role: r.role, cells: r.cells }));
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
  const memos = block.rows.filter((r) => r.role === 'memo').map((r) => ({ key: `r${r.id}`, id: r.id, role: r.role, cells: r.cells }));
  const [first, ...rest] = summaries.map(toRow);
  return first ? [first, ...memos, ...rest] : memos;
}
