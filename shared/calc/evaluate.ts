/** Evaluates computed columns (see shared/model/columns.ts) for one row. Pure; no I/O. */
import type { Cells, ColumnDef, Expr } from '../model/columns';
import { kindDef, type RowRole, type TableKind } from '../model/table-kinds';

/** Sums in £000s to one decimal: work in tenths so 0.1 + 0.2 is 0.3, as in a spreadsheet rounded display. */
export const addTenths = (values: number[]): number => Math.round(values.reduce((s, v) => s + Math.round(v * 10), 0)) / 10;

export const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function evalExpr(e: Expr, get: (col: string) => unknown): number | string | null {
  switch (e.op) {
    case 'sum':
      return addTenths(e.of.map((c) => num(get(c))));
    case 'product': {
      const [a, b] = e.of.map(get);
      return typeof a === 'number' && typeof b === 'number' ? a * b : null;
    }
    case 'band': {
      const v = get(e.of);
      if (typeof v !== 'number') return null;
      return e.bands.find((b) => v >= b.min)?.label ?? null;
    }
  }
}

/** The row with every computed column filled in, in declaration order (later columns may read earlier ones). */
export function withComputed(kind: TableKind, role: RowRole, cells: Cells): Cells {
  if (role !== 'line') return cells;
  const out: Cells = { ...cells };
  for (const col of kindDef(kind).columns as ColumnDef[]) {
    if (col.computed) out[col.id] = evalExpr(col.computed, (c) => out[c]) as Cells[string];
  }
  return out;
}
