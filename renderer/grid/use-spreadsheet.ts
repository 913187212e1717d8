/**
 * Spreadsheet behaviour on top of the community grid, shared by every plan table: Shift+arrows or
 * Shift+click select a block, Ctrl+C copies it as tab-separated text, Ctrl+V pastes a block from Excel
 * or LibreOffice at the focused cell, Delete clears. The grid's own keys (arrows, Tab, Enter, F2, typing,
 * Escape) do the rest.
 */
import { useMemo, useRef, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { bounds, inRange, type CellRange } from './cell-range';
import { parseTsv, toTsv } from './clipboard';
import { planPaste } from './paste';
import type { GridRow } from './grid-rows';
import { usePlanStore } from '../stores/plan-store';
import { kindDef, roleDef } from '../../shared/model/table-kinds';

type TableBlock = Extract<Block, { kind: 'table' }>;

export function useSpreadsheet(tableBlock: TableBlock, tableRows: GridRow[]) {
  // The handlers below are created once per grid and read the latest table through refs, so the grid's
  // column definitions stay the same object across edits (re-applying them re-renders every cell).
  const latest = useRef({ block: tableBlock, bodyRows: tableRows });
  latest.current = { block: tableBlock, bodyRows: tableRows };
  return useMemo(() => spreadsheet(latest), []);
}

function spreadsheet(latest: { current: { block: TableBlock; bodyRows: GridRow[] } }) {
  const api: { current: GridApi<GridRow> | null } = { current: null };
  const range: { current: CellRange | null } = { current: null };
  const extending = { current: false };
  const keyboardMoves: string[] = [];
  const { pasteCells, say } = usePlanStore.getState();

  const columns = () => (api.current?.getAllDisplayedColumns() ?? []).map((c) => c.getColId());
  const refresh = () => api.current?.refreshCells({ force: true });

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    if (e.rowIndex == null || e.rowPinned || !e.column || typeof e.column === 'string') {
      const wasBlock = range.current !== null && !isSingle(range.current);
      range.current = null;
      if (wasBlock) refresh();
      return;
    }
    const pos = { row: e.rowIndex, col: columns().indexOf(e.column.getColId()) };
    // Focus events for cells Shift+arrow moved to (they may arrive late) keep the block as it is.
    const i = keyboardMoves.indexOf(`${pos.row}:${pos.col}`);
    if (i >= 0) return void keyboardMoves.splice(0, i + 1);
    const wasBlock = range.current !== null && !isSingle(range.current);
    range.current = extending.current && range.current ? { anchor: range.current.anchor, focus: pos } : { anchor: pos, focus: pos };
    // Repaint the highlight only when a block is or was selected: moving one cell needs no repaint.
    if (wasBlock || !isSingle(range.current)) refresh();
  };

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

  const onCopy = (e: ClipboardEvent) => {
    if (isEditing(e.target)) return;
    const text = selectedText();
    if (text === null) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    say(`Copied ${text.split('\n').length} row${text.includes('\n') ? 's' : ''}.`);
  };

  const onPaste = (e: ClipboardEvent) => {
    if (isEditing(e.target)) return;
    const cell = api.current?.getFocusedCell();
    if (!cell || cell.rowPinned) return say('Click a cell among the lines to paste into.', 'error');
    e.preventDefault();
    const grid = parseTsv(e.clipboardData.getData('text/plain'));
    const start = range.current ? bounds(range.current) : { top: cell.rowIndex, left: columns().indexOf(cell.column.getColId()) };
    const { block, bodyRows } = latest.current;
    const result = planPaste(block.tableKind, bodyRows.map((r) => ({ id: r.id!, role: r.role })), columns(), start.top, columns()[start.left], grid);
    if (!result.ok) return say(result.message, 'error');
    void pasteCells(block.id, result.plan);
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
      if (row?.id && !row.summary && clearable.includes(col)) void usePlanStore.getState().updateCell(row.id, col, null);
      return;
    }
    const b = range.current ? bounds(range.current) : { top: cell.rowIndex, bottom: cell.rowIndex, left: columns().indexOf(cell.column.getColId()), right: columns().indexOf(cell.column.getColId()) };
    const blank = Array.from({ length: b.bottom - b.top + 1 }, () => Array<string>(b.right - b.left + 1).fill(''));
    const { block, bodyRows } = latest.current;
    const result = planPaste(block.tableKind, bodyRows.map((r) => ({ id: r.id!, role: r.role })), columns(), b.top, columns()[b.left], blank);
    if (result.ok && result.plan.changes.length) void pasteCells(block.id, result.plan);
  };

  /** Shift+arrow moves the focus one cell and stretches the block from its anchor (done here, not by the grid). */
  const extend = (key: string): void => {
    const a = api.current;
    const cell = a?.getFocusedCell();
    if (!a || !cell || cell.rowPinned) return;
    const cols = a.getAllDisplayedColumns();
    let row = cell.rowIndex;
    let col = cols.findIndex((c) => c.getColId() === cell.column.getColId());
    if (key === 'ArrowUp') row = Math.max(0, row - 1);
    if (key === 'ArrowDown') row = Math.min(a.getDisplayedRowCount() - 1, row + 1);
    if (key === 'ArrowLeft') col = Math.max(0, col - 1);
    if (key === 'ArrowRight') col = Math.min(cols.length - 1, col + 1);
    const anchor = range.current?.anchor ?? { row: cell.rowIndex, col: cols.findIndex((c) => c.getColId() === cell.column.getColId()) };
    range.current = { anchor, focus: { row, col } };
    keyboardMoves.push(`${row}:${col}`);
    a.setFocusedCell(row, cols[col]);
    refresh();
  };

  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (e.shiftKey && e.key.startsWith('Arrow') && !isEditing(e.target)) {
      e.preventDefault();
      e.stopPropagation();
      return extend(e.key);
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && !isEditing(e.target)) {
      e.preventDefault();
      e.stopPropagation();
      clearSelection();
    }
  };
  const onMouseDownCapture = (e: MouseEvent) => {
    extending.current = e.shiftKey;
  };

  const cellInRange = (rowIndex: number | null, colId: string) => rowIndex != null && range.current !== null && inRange(range.current, rowIndex, columns().indexOf(colId)) && !isSingle(range.current);

  return { api, onCellFocused, onCopy, onPaste, onKeyDownCapture, onMouseDownCapture, cellInRange };
}

const isSingle = (r: CellRange) => r.anchor.row === r.focus.row && r.anchor.col === r.focus.col;
const isEditing = (t: EventTarget | null) => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement;
