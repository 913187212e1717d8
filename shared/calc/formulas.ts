/**
 * Computed-column expressions (shared/model/columns.ts) compiled to spreadsheet formulas. The workbook
 * carries live formulas where the app computes, each written with the app's own result cached.
 */
import type { Expr } from '../model/columns';

/** `cell(col)` gives the A1 address of column `col` on the same row. */
export function toFormula(e: Expr, cell: (col: string) => string): string {
  switch (e.op) {
    case 'sum':
      return `SUM(${e.of.map(cell).join(',')})`;
    case 'product': {
      const [a, b] = e.of.map(cell);
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}*${b},"")`;
    }
    case 'band': {
      const v = cell(e.of);
      const tail = e.bands.reduceRight((acc, b) => `IF(${v}>=${b.min},"${b.label}",${acc})`, '""');
      return `IF(ISNUMBER(${v}),${tail},"")`;
    }
  }
}

/** Column letter(s) for a 1-based column number. */
export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
