/**
 * A table in display order, the one rule every output follows (grid, workbook, print, search, Word): the
 * body (every row but memorandum items, as stored), then the summaries of the 'totals' rule, the memorandum
 * items, and the summaries that include them ("Controllable Totals", the overheads, "Total Cost of Unit",
 * as the printed budget sheets run). Each summary says which rows it covers, so a workbook writes its
 * formula over exactly the rows the app summed. Pure; no I/O.
 */
import type { Row } from '../model/plan';
import { kindDef, roleDef, type TableKind } from '../model/table-kinds';
import { rowsWithComputed, summaryRows, type SummaryRow } from './summaries';

export interface LayoutSummary extends SummaryRow {
  rule: 'totals' | 'withMemo';
  /** Ids of the lines summed. */
  lines: number[];
  /** Ids of the memorandum items added, in the columns memo rows hold ('withMemo' summaries only). */
  memos: number[];
  /** A 'withMemo' summary is the preceding 'totals' summary plus the memos: that summary's id. */
  base?: string;
}

export type TailEntry = { type: 'memo'; row: Row } | { type: 'summary'; summary: LayoutSummary };

export interface TableLayout {
  /** Rows above the summaries, in stored order. */
  body: Row[];
  /** Below the body: summaries and memorandum items in the order they are shown. */
  tail: TailEntry[];
}

/** Memorandum items stand below the lines, with the summaries; every other role is body. */
export const isBodyRow = (r: Pick<Row, 'role'>): boolean => r.role !== 'memo';

/** The columns memorandum items hold, which the summaries including them add up. */
export const memoColumns = (kind: TableKind): Set<string> => new Set(roleDef(kind, 'memo')?.columns ?? []);

/**
 * The table's layout. `computed`: rows carry their computed columns (for outputs that draw values); without
 * it the rows are the stored objects themselves (the grid keys its row objects on them).
 */
export function tableLayout(kind: TableKind, rows: Row[], opts: { computed?: boolean } = {}): TableLayout {
  const def = kindDef(kind);
  const shown = opts.computed ? rowsWithComputed(kind, rows) : rows;
  const body = shown.filter(isBodyRow);
  const memos = shown.filter((r) => !isBodyRow(r));
  const lineIds = rows.filter((r) => r.role === 'line').map((r) => r.id);
  const memoIds = memos.map((r) => r.id);
  const rule = (id: string) => def.summaries.find((s) => s.id === id)!.rule;
  const summaries = summaryRows(kind, rows).map((s): LayoutSummary => ({ ...s, rule: rule(s.id), lines: lineIds, memos: [] }));
  const totals = summaries.filter((s) => s.rule === 'totals');
  const withMemo = summaries
    .filter((s) => s.rule === 'withMemo')
    .map((s) => ({ ...s, memos: memoIds, ...(totals.length ? { base: totals[totals.length - 1].id } : {}) }));
  const entry = (summary: LayoutSummary): TailEntry => ({ type: 'summary', summary });
  return { body, tail: [...totals.map(entry), ...memos.map((row): TailEntry => ({ type: 'memo', row })), ...withMemo.map(entry)] };
}

/** Every stored row in display order (body, then memorandum items), for outputs that list rows alone. */
export function displayRows(layout: TableLayout): Row[] {
  return [...layout.body, ...layout.tail.flatMap((e) => (e.type === 'memo' ? [e.row] : []))];
}
