/**
 * The spreadsheet commands that change or read a block of cells: copy, cut, paste from Excel or LibreOffice,
 * Delete (a paste of blanks, one undoable step) and fill down or right. Used by use-spreadsheet.ts, which
 * owns the selection; these read it through the context they are given.
 */
import type { ClipboardEvent } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { bounds, type CellRange } from './cell-range';
import { parseTsv, toTsv } from './clipboard';
import { planPaste } from './paste';
import { planFill } from './fill';
import type { GridRow } from './grid-rows';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { kindDef, roleDef } from '../../shared/model/table-kinds';

type TableBlock = Extract<Block, { kind: 'table' }>;
/** The table on screen now: the grid keeps one set of handlers and reads the table through this. */
export type Latest = { current: { block: TableBlock; bodyRows: GridRow[] } };
type Bounds = { top: number; bottom: number; left: number; right: number };

export interface SheetContext {
  api: { current: GridApi<GridRow> | null };
  range: { current: CellRange | null };
  latest: Latest;
  columns: () => string[];
  /** The selected block, or the focused cell as a block of one; null on a totals row. */
  block: () => Bounds | null;
}

export const isEditing = (t: EventTarget | null) => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement;

export function sheetEdits({ api, range, latest, columns, block }: SheetContext) {
  const store = () => usePlanStore.getState();

  const selectedText = (): string | null => {
    const a = api.current;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return null;
    if (cell.rowPinned || !range.current) {
      const node = cell.rowPinned === 'bottom' ? a.getPinnedBottomRow(cell.rowIndex) : a.getDisplayedRowAtIndex(cell.rowIndex);
      return node ? String(a.getCellValue({ rowNode: node, colKey: cell.column, useFormatter: true }) ?? '') : null;
    }
    const b = bounds(range.current);
    const cols = a.getAllDisplayedColumns().slice(b.left, b.right + 1);
    const out: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const node = a.getDisplayedRowAtIndex(r);
      if (node) out.push(cols.map((c) => String(a.getCellValue({ rowNode: node, colKey: c, useFormatter: true }) ?? '')));
    }
    return toTsv(out);
  };
  const textAt = (row: number, col: number): string => {
    const a = api.current;
    const node = a?.getDisplayedRowAtIndex(row);
    const column = a?.getAllDisplayedColumns()[col];
    return a && node && column ? String(a.getCellValue({ rowNode: node, colKey: column, useFormatter: true }) ?? '') : '';
  };

  const paste = (grid: string[][], top: number, left: number, verb: 'Pasted' | 'Cleared' = 'Pasted'): void => {
    const { block: b, bodyRows } = latest.current;
    const cols = columns();
    const result = planPaste(
      b.tableKind,
      bodyRows.map((r) => ({ id: r.id!, role: r.role })),
      cols,
      top,
      cols[left],
      grid,
    );
    if (!result.ok) return useUiStore.getState().say(result.message, 'error');
    if (result.plan.changes.length || result.plan.append.length) void store().pasteCells(b.id, result.plan, verb);
  };

  const copy = (): string | null => {
    const text = selectedText();
    const rows = text === null ? 0 : parseTsv(text).length;
    if (text !== null) useUiStore.getState().say(`Copied ${rows} row${rows === 1 ? '' : 's'}.`);
    return text;
  };
  const onCopy = (e: ClipboardEvent) => {
    if (isEditing(e.target)) return;
    const text = copy();
    if (text === null) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };
  const onCut = (e: ClipboardEvent) => {
    if (isEditing(e.target)) return;
    onCopy(e);
    clearSelection();
  };

  const pasteText = (text: string) => {
    const cell = api.current?.getFocusedCell();
    if (!cell || cell.rowPinned) return useUiStore.getState().say('Click a cell among the lines to paste into.', 'error');
    const b = block()!;
    paste(parseTsv(text), b.top, b.left);
  };
  const onPaste = (e: ClipboardEvent) => {
    if (isEditing(e.target)) return;
    e.preventDefault();
    pasteText(e.clipboardData.getData('text/plain'));
  };

  const clearSelection = () => {
    const a = api.current;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return;
    if (cell.rowPinned) {
      // A memorandum item below the lines: clear its one cell (the totals rows are computed).
      const row = a.getPinnedBottomRow(cell.rowIndex)?.data;
      const kind = latest.current.block.tableKind;
      const col = cell.column.getColId();
      const clearable = (roleDef(kind, 'memo')?.columns ?? []).filter((c) => c !== kindDef(kind).labelColumn);
      if (row?.id && !row.summary && clearable.includes(col)) void store().updateCell(row.id, col, null);
      return;
    }
    const b = block()!;
    paste(
      Array.from({ length: b.bottom - b.top + 1 }, () => Array<string>(b.right - b.left + 1).fill('')),
      b.top,
      b.left,
      'Cleared',
    );
  };

  const fill = (direction: 'down' | 'right') => {
    const b = block();
    if (!b) return useUiStore.getState().say('Select cells among the lines to fill.', 'error');
    const plan = planFill(direction, b, { text: textAt });
    if (!plan || !plan.grid.length || !plan.grid[0].length)
      return useUiStore
        .getState()
        .say(`Nothing to fill ${direction}: select the cells to fill, with the source ${direction === 'down' ? 'above' : 'to the left'}.`, 'error');
    paste(plan.grid, plan.startRow, plan.startCol);
  };

  return { onCopy, onCut, onPaste, copy, pasteText, clearSelection, fill };
}
