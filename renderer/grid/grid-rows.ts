/**
 * Rows as the grid holds them: stored rows with computed columns filled in, and summary rows pinned below.
 * A grid row is made once per stored row object and reused while that object lives: the store replaces only
 * the rows an edit touched, so the grid sees new data for those rows alone and repaints nothing else.
 */
import type { Block, Row } from '../../shared/model/plan';
import { isBodyRow, tableLayout, type LayoutSummary } from '../../shared/calc/table-layout';
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

const made = new WeakMap<Row, { kind: TableKind; row: GridRow; cells: Cells }>();
/** One grid row object per stored row id, for as long as the window lives (see gridRow). */
const byId = new Map<string, GridRow>();
/** Grid rows whose cells changed since the grid last repainted them. */
const dirty = new Set<GridRow>();

/**
 * The grid's row for a stored row, with its computed columns. The same object serves every version of a
 * stored row: when the row changes, its cells are updated in place and the row is marked for repainting
 * (takeChanged). The grid then never sees new row data, so it never restarts an editor the user has open in
 * that row, and repaints only the cells whose text changed.
 */
export function gridRow(kind: TableKind, r: Row): GridRow {
  const hit = made.get(r);
  if (hit && hit.kind === kind) {
    // The shared object may show a later version (an optimistic edit since rolled back, a step undone).
    if (hit.row.cells !== hit.cells || hit.row.role !== r.role) {
      hit.row.cells = hit.cells;
      hit.row.role = r.role;
      dirty.add(hit.row);
    }
    return hit.row;
  }
  const cells = withComputed(kind, r.role, r.cells);
  const key = `${kind}:${r.id}`;
  let row = byId.get(key);
  if (!row) byId.set(key, (row = { key: `r${r.id}`, id: r.id, role: r.role, cells }));
  else if (row.role !== r.role || JSON.stringify(row.cells) !== JSON.stringify(cells)) {
    row.cells = cells;
    row.role = r.role;
    dirty.add(row);
  } else if (row.cells !== cells && JSON.stringify(row.cells) === JSON.stringify(cells)) row.cells = cells;
  made.set(r, { kind, row, cells: row.cells });
  return row;
}

/** Of these rows, those changed since last asked (each reported once). */
export function takeChanged(rows: GridRow[]): GridRow[] {
  return rows.filter((r) => dirty.delete(r));
}

export function bodyRows(block: TableBlock): GridRow[] {
  return block.rows.filter(isBodyRow).map((r) => gridRow(block.tableKind, r));
}

/** A summary row's grid object, kept per table and summary and updated in place like body rows. */
function stableSummary(blockId: number, row: GridRow): GridRow {
  const key = `summary:${blockId}:${row.key}`;
  const was = byId.get(key);
  if (!was) return (byId.set(key, row), row);
  if (JSON.stringify(was.cells) !== JSON.stringify(row.cells) || JSON.stringify(was.mismatch) !== JSON.stringify(row.mismatch)) {
    was.cells = row.cells;
    was.mismatch = row.mismatch;
    dirty.add(was);
  }
  return was;
}

/** Below the body in the one display order (shared/calc/table-layout.ts): summaries and memorandum items. */
export function pinnedRows(block: TableBlock, sectionTitle: string): GridRow[] {
  const mismatches = tableMismatches(block, sectionTitle);
  const labelCol = kindDef(block.tableKind).labelColumn;
  const toRow = (s: LayoutSummary): GridRow => {
    const mismatch: Record<string, number> = {};
    for (const m of mismatches) if (m.summaryId === s.id) mismatch[m.column] = m.printed;
    return stableSummary(block.id, { key: `s-${s.id}`, id: null, role: 'line', summary: s.id, cells: { ...s.cells, [labelCol]: s.label }, mismatch });
  };
  return tableLayout(block.tableKind, block.rows).tail.map((e) => (e.type === 'memo' ? gridRow(block.tableKind, e.row) : toRow(e.summary)));
}

/** The same list as last time when it holds the same row objects, so the grid is not handed new pinned rows. */
export function sameRows(previous: GridRow[] | null, next: GridRow[]): GridRow[] {
  return previous && previous.length === next.length && previous.every((r, i) => r === next[i]) ? previous : next;
}
