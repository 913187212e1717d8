/**
 * Summary rows of a table (controllable totals, total cost of unit, staffing total), derived from its
 * lines and memorandum items as declared in the table kind. Pure; no I/O.
 */
import type { Cells } from '../model/columns';
import { kindDef, roleDef, type TableKind } from '../model/table-kinds';
import type { Row } from '../model/plan';
import { addTenths, num, withComputed } from './evaluate';

export interface SummaryRow {
  id: string;
  label: string;
  cells: Record<string, number>;
}

export function summaryRows(kind: TableKind, rows: Row[]): SummaryRow[] {
  const def = kindDef(kind);
  const lines = rows.filter((r) => r.role === 'line').map((r) => withComputed(kind, 'line', r.cells));
  const memos = rows.filter((r) => r.role === 'memo');
  const memoCols = new Set(roleDef(kind, 'memo')?.columns ?? []);
  const totalCols = def.columns.filter((c) => c.total);
  const totals: Record<string, number> = {};
  for (const c of totalCols) totals[c.id] = addTenths(lines.map((l) => num(l[c.id])));
  return def.summaries.map((s) => {
    if (s.rule === 'totals') return { id: s.id, label: s.label, cells: { ...totals } };
    const cells: Record<string, number> = {};
    for (const c of totalCols) {
      cells[c.id] = memoCols.has(c.id) ? addTenths([totals[c.id], ...memos.map((m) => num(m.cells[c.id]))]) : totals[c.id];
    }
    return { id: s.id, label: s.label, cells };
  });
}

export function summaryById(kind: TableKind, rows: Row[], id: string): SummaryRow | undefined {
  return summaryRows(kind, rows).find((s) => s.id === id);
}

/** Every row with computed columns filled in, for display and export. */
export function rowsWithComputed(kind: TableKind, rows: Row[]): (Row & { cells: Cells })[] {
  return rows.map((r) => ({ ...r, cells: withComputed(kind, r.role, r.cells) }));
}
