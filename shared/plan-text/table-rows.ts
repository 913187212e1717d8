/**
 * Where a table's rows are in the seed's text, and the tables that are nothing but rows under a heading
 * row: the readers of plan-tables.ts and register-tables.ts share these rather than each keeping a copy.
 */
import type { TableKind } from '../model/table-kinds';
import { cellsOf, plain } from './html-cells';
import { table, type BlockIn, type RowIn } from './types';

/** A table's rows, cut into cells: a line without a tab is text around the table, not a row. */
export const rowsOf = (lines: string[]): string[][] => lines.filter((l) => l.includes('\t')).map(cellsOf);

export interface HeadedTable {
  kind: TableKind;
  title: string;
  /** The heading row's first cell; the seed repeats the heading row at page tops, so every one is dropped. */
  heading: string;
}

/** One 'line' row per table row but the heading rows, its cells made by `read`. */
export function headedTable(lines: string[], t: HeadedTable, read: (cells: string[]) => RowIn['cells']): BlockIn {
  const rows = rowsOf(lines)
    .filter((cells) => plain(cells[0]) !== t.heading)
    .map((cells): RowIn => ({ role: 'line', cells: read(cells) }));
  return table(t.kind, t.title, rows);
}
