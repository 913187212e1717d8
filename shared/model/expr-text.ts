/**
 * A computed column's rule in words ("Employee costs + Running costs + Contracts"), from its expression:
 * what a screen reader says on a computed cell and what a heading's tooltip shows.
 */
import type { ColumnDef, Expr } from './columns';

export function exprText(expr: Expr, columns: readonly ColumnDef[]): string {
  // Units and scales ("£000's", "(1-5)") belong to the heading, not to the rule read out.
  const name = (id: string) => (columns.find((c) => c.id === id)?.heading ?? id).replace(/\s*(£000's|\([^)]*\))$/, '');
  switch (expr.op) {
    case 'sum':
      return expr.of.map(name).join(' + ');
    case 'product':
      return expr.of.map(name).join(' × ');
    case 'band':
      return `${expr.bands.map((b) => `${b.label} from ${b.min}`).join(', ')} of ${name(expr.of)}`;
  }
}

/** "Computed: …", or undefined for a column that is typed in. */
export function computedNote(col: ColumnDef, columns: readonly ColumnDef[]): string | undefined {
  return col.computed ? `Computed: ${exprText(col.computed, columns)}` : undefined;
}
