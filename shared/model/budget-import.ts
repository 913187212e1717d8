/** What importing a budget workbook finance edited would change, shown for review before anything changes. */
import type { CellValue } from './columns';

export interface CellDiff {
  rowId: number;
  activity: string;
  column: string;
  heading: string;
  old: CellValue;
  new: CellValue;
}

/** A number finance typed over one of the app's formulas: shown, never imported (the plan computes it). */
export interface TypedOver {
  /** The line's row id; null for a totals row or a new line. */
  rowId: number | null;
  /** The line's name, or the totals row's label. */
  activity: string;
  cell: string;
  column: string;
  heading: string;
  /** A number, or words typed where the plan computes a figure. */
  typed: number | string;
  /** What the plan computes there once the workbook's other changes are applied. */
  computed: number;
}

/** A comment finance left on a cell. Comments on a line become that line's notes. */
export interface SheetComment {
  cell: string;
  /** The budget column the cell is in, if any. */
  column: string | null;
  heading: string;
  activity: string;
  author: string;
  text: string;
  /** Kept as the line's notes (comments on totals, headings or memorandum items are shown, not kept). */
  kept?: boolean;
}

export interface AddedLine {
  activity: string;
  cells: Record<string, CellValue>;
  /** Where finance put it: its index among the unit's lines in the workbook's order. */
  at: number;
}

export interface UnitDiff {
  unit: string;
  sheet: string;
  blockId: number;
  changes: CellDiff[];
  added: AddedLine[];
  removed: { rowId: number; activity: string }[];
  /** The plan's lines (removed ones at their old place) in the workbook's order; null when the order is the plan's. */
  order: number[] | null;
  /** The lines' names in the workbook's order (new lines included), to show when the order changed. */
  orderNames: string[];
  typedOver: TypedOver[];
  comments: SheetComment[];
  /** Plain sentences about how the sheet was read (a hidden reference column out of step with the lines...). */
  notices: string[];
}

export interface BudgetImportPreview {
  fileName: string;
  units: UnitDiff[];
  /** Sheets that are not a budget of this plan (the summary sheet, a sheet finance added...). */
  ignoredSheets: string[];
}

/**
 * Review is line by line: every changed line, added line and removed line has a key, and so has a unit's
 * new order; the accepted keys become one batch of edits, applied as one undoable step.
 */
export const changedLineKey = (rowId: number) => `row:${rowId}`;
export const addedLineKey = (blockId: number, index: number) => `add:${blockId}:${index}`;
export const removedLineKey = (rowId: number) => `del:${rowId}`;
export const orderKey = (blockId: number) => `order:${blockId}`;

export function allLineKeys(p: BudgetImportPreview): string[] {
  return p.units.flatMap((u) => [
    ...new Set(u.changes.map((c) => changedLineKey(c.rowId))),
    ...u.added.map((_, i) => addedLineKey(u.blockId, i)),
    ...u.removed.map((r) => removedLineKey(r.rowId)),
    ...(u.order ? [orderKey(u.blockId)] : []),
  ]);
}

export function editsFromPreview(p: BudgetImportPreview, accepted: Set<string> = new Set(allLineKeys(p))) {
  return {
    changes: p.units.flatMap((u) =>
      u.changes.filter((c) => accepted.has(changedLineKey(c.rowId))).map((c) => ({ rowId: c.rowId, column: c.column, value: c.new })),
    ),
    added: p.units.flatMap((u) =>
      u.added.filter((_, i) => accepted.has(addedLineKey(u.blockId, i))).map((a) => ({ blockId: u.blockId, cells: a.cells, at: a.at })),
    ),
    removed: p.units.flatMap((u) => u.removed.filter((r) => accepted.has(removedLineKey(r.rowId))).map((r) => r.rowId)),
    order: p.units.filter((u) => u.order && accepted.has(orderKey(u.blockId))).map((u) => ({ blockId: u.blockId, rowIds: u.order! })),
  };
}

/** "1 changed cell", "2 changed cells": every count the review and the command line print. */
export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What a review holds, in words: "2 changed cells, 1 added line, order changed" or "no changes". */
export function previewSummary(p: BudgetImportPreview): string {
  return summaryOf(p.units);
}

/** One unit's review in words, as the command line prints it beside the unit's name. */
export const unitSummary = (u: UnitDiff): string => summaryOf([u], true);

function summaryOf(units: UnitDiff[], one = false): string {
  const sum = (f: (u: UnitDiff) => number) => units.reduce((a, u) => a + f(u), 0);
  const orders = sum((u) => (u.order ? 1 : 0));
  const parts = [
    sum((u) => u.changes.length) &&
      count(
        sum((u) => u.changes.length),
        'changed cell',
      ),
    sum((u) => u.added.length) &&
      count(
        sum((u) => u.added.length),
        'added line',
      ),
    sum((u) => u.removed.length) &&
      count(
        sum((u) => u.removed.length),
        'removed line',
      ),
    orders && (one ? 'order changed' : `order changed in ${count(orders, 'unit')}`),
    sum((u) => u.typedOver.length) &&
      `${count(
        sum((u) => u.typedOver.length),
        'figure',
      )} typed over the plan's formulas (not imported)`,
    sum((u) => u.comments.length) &&
      count(
        sum((u) => u.comments.length),
        'comment',
      ),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no changes';
}
