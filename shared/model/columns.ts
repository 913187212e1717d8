/**
 * Column types and computed-column expressions. A computed column is data (an expression over other
 * columns), not a function, so the same declaration is evaluated for the grid and compiled to an
 * Excel formula for the workbook: the app's figures and Excel's agree by construction.
 */
export type ColumnType =
  | 'text' // one line of text
  | 'longText' // multi-line text
  | 'list' // several short items, one per line (lists of controls, officers...)
  | 'links' // citations of other plans' targets, one per line, picked from the catalogue or kept as text
  | 'money' // £000s, one decimal
  | 'fte' // full-time equivalents, one decimal
  | 'measure' // a performance figure kept as typed, with its unit: "77%", "392.5", "61.2 points"
  | 'dateText' // a date as people write it: "Sept 2008", "Termly", "On going"
  | 'rating' // an integer 1..5
  | 'deliverables' // list of { text, target } where target is a date as written
  | 'band'; // HIGH / MEDIUM / LOW, always computed

/** Expressions for computed columns. */
export type Expr =
  | { op: 'sum'; of: string[] }
  | { op: 'product'; of: [string, string] }
  /** First band whose `min` the value reaches, scanning from the top. */
  | { op: 'band'; of: string; bands: { min: number; label: string }[] };

/** A column's financial year relative to the plan's: 0 is the plan's year, -1 the year before. */
export type YearOffset = -2 | -1 | 0;

export interface ColumnDef {
  id: string;
  heading: string;
  type: ColumnType;
  /** Present on computed columns: never typed, never stored. */
  computed?: Expr;
  year?: YearOffset;
  /** Relative width for grids, Excel and print (characters, roughly). */
  width: number;
  /** Sum this column in the table's totals rows. */
  total?: boolean;
  /**
   * A free note about the row (finance's comments, a reminder). Shown in the grid while some row has one
   * (added from the grid's menu) and in print; in finance's budget workbook it travels as a comment on the
   * row's label cell, not a column.
   */
  note?: boolean;
}

export interface Deliverable {
  text: string;
  /** Target date as written; may be empty. */
  target: string;
}

export type CellValue = string | number | null | string[] | Deliverable[];
export type Cells = Record<string, CellValue>;

export const isNumericType = (t: ColumnType): boolean => t === 'money' || t === 'fte' || t === 'rating';

/** Columns an expression reads. */
export function exprInputs(e: Expr): string[] {
  return e.op === 'band' ? [e.of] : [...e.of];
}
