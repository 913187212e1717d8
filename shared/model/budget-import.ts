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

export interface UnitDiff {
  unit: string;
  sheet: string;
  blockId: number;
  changes: CellDiff[];
  added: { activity: string; cells: Record<string, CellValue> }[];
  removed: { rowId: number; activity: string }[];
}

export interface BudgetImportPreview {
  fileName: string;
  units: UnitDiff[];
  /** Sheets that are not a budget of this plan (the summary sheet, a sheet finance added...). */
  ignoredSheets: string[];
}

/**
 * Review is line by line: every changed line, added line and removed line has a key; the accepted keys
 * become one batch of edits, applied as one undoable step.
 */
export const changedLineKey = (rowId: number) => `row:${rowId}`;
export const addedLineKey = (blockId: number, index: number) => `add:${blockId}:${index}`;
export const removedLineKey = (rowId: number) => `del:${rowId}`;

export function allLineKeys(p: BudgetImportPreview): string[] {
  return p.units.flatMap((u) => [
    ...new Set(u.changes.map((c) => changedLineKey(c.rowId))),
    ...u.added.map((_, i) => addedLineKey(u.blockId, i)),
    ...u.removed.map((r) => removedLineKey(r.rowId)),
  ]);
}

export function editsFromPreview(p: BudgetImportPreview, accepted: Set<string> = new Set(allLineKeys(p))) {
  return {
    changes: p.units.flatMap((u) => u.changes.filter((c) => accepted.has(changedLineKey(c.rowId))).map((c) => ({ rowId: c.rowId, column: c.column, value: c.new }))),
    added: p.units.flatMap((u) => u.added.filter((_, i) => accepted.has(addedLineKey(u.blockId, i))).map((a) => ({ blockId: u.blockId, cells: a.cells }))),
    removed: p.units.flatMap((u) => u.removed.filter((r) => accepted.has(removedLineKey(r.rowId))).map((r) => r.rowId)),
  };
}
