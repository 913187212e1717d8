/**
 * Where a table's rows are in the seed's text, and the tables that are nothing but rows under a heading
 * row: the readers of plan-tables.ts and register-tables.ts share these rather than each keeping a copy.
 */
import type { TableKind } from '../model/table-kinds';
import { cellsOf, plain } from './html-cells';
import { table, type BlockIn, type RowIn } from './types';

/** A table's rows, cut into cells: a line without a tab is text around the table, not a row. */
export const rowsOf = (lines: string[]): string[][] => lines.filter((l) => l.includes('\t')).map(cellsOf);

/**
 * The tables that are nothing but rows under a heading row: the title the seed gives each, and its heading
 * row's first cell. The seed repeats the heading row at page tops, so every one is dropped.
 */
const HEADED = {
  nationalIndicators: { title: 'National Indicators', heading: 'Ref' },
  envObjectives: { title: 'Business Unit cross-cutting environmental objectives', heading: 'Business Unit cross-cutting environmental objective' },
  envAdaptation: { title: 'Environment policy and climate change adaptation', heading: 'Project / development / key action' },
} satisfies Partial<Record<TableKind, { title: string; heading: string }>>;

/** The reader of a headed table: one 'line' row per table row but the heading rows, its cells made by `read`. */
export const headedTable =
  (kind: keyof typeof HEADED, read: (cells: string[]) => RowIn['cells']) =>
  (lines: string[]): BlockIn => {
    const { title, heading } = HEADED[kind];
    const rows = rowsOf(lines)
      .filter((cells) => plain(cells[0]) !== heading)
      .map((cells): RowIn => ({ role: 'line', cells: read(cells) }));
    return table(kind, title, rows);
  };
