/**
 * Spreadsheet behaviour on top of the community grid, shared by every plan table: Shift+arrows or
 * Shift+click select a block, Ctrl+C / Ctrl+X copy or cut it as tab-separated text, Ctrl+V pastes a block
 * from Excel or LibreOffice at the focused cell, Ctrl+D / Ctrl+R fill down or right, Delete clears, and
 * the right mouse button or Shift+F10 opens the grid's menu. The grid's own keys (arrows, Tab, Enter, F2,
 * typing, Escape) do the rest. The selection's count, sum and average go to the status line.
 */
import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { bounds, inRange, type CellRange } from './cell-range';
import type { GridRow } from './grid-rows';
import { selectionStats } from './selection-stats';
import { useUiStore } from '../stores/ui-store';
import { menuSignal, type MenuSignal } from './menu-signal';
import { typeahead } from './typeahead';
import { isEditing, sheetEdits, type Latest } from './sheet-edits';

type TableBlock = Extract<Block, { kind: 'table' }>;
export type Sheet = ReturnType<typeof spreadsheet>;

export function useSpreadsheet(tableBlock: TableBlock, tableRows: GridRow[]) {
  // The handlers below are created once per grid and read the latest table through refs, so the grid's
  // column definitions stay the same object across edits (re-applying them re-renders every cell).
  const latest = useRef({ block: tableBlock, bodyRows: tableRows });
  latest.current = { block: tableBlock, bodyRows: tableRows };
  return useMemo(() => spreadsheet(latest), []);
}

function spreadsheet(latest: Latest) {
  const api: { current: GridApi<GridRow> | null } = { current: null };
  const range: { current: CellRange | null } = { current: null };
  const extending = { current: false };
  const keyboardMoves: string[] = [];
  const menu: MenuSignal = menuSignal();

  const columns = () => (api.current?.getAllDisplayedColumns() ?? []).map((c) => c.getColId());
  const refresh = () => api.current?.refreshCells({ force: true });
  const block = (): { top: number; bottom: number; left: number; right: number } | null => {
    const cell = api.current?.getFocusedCell();
    if (!cell || cell.rowPinned) return null;
    if (range.current) return bounds(range.current);
    const col = columns().indexOf(cell.column.getColId());
    return { top: cell.rowIndex, bottom: cell.rowIndex, left: col, right: col };
  };

  const publishStats = () => {
    const a = api.current;
    const b = block();
    if (!a || !b || (b.top === b.bottom && b.left === b.right)) return useUiStore.getState().setSelection(null);
    const cols = a.getAllDisplayedColumns().slice(b.left, b.right + 1);
    const values: unknown[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const node = a.getDisplayedRowAtIndex(r);
      if (node) for (const c of cols) values.push(a.getCellValue({ rowNode: node, colKey: c }));
    }
    useUiStore.getState().setSelection(selectionStats(values));
  };

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    if (e.rowIndex == null || e.rowPinned || !e.column || typeof e.column === 'string') {
      const wasBlock = range.current !== null && !isSingle(range.current);
      range.current = null;
      if (wasBlock) refresh();
      useUiStore.getState().setSelection(null);
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
    publishStats();
  };

  const { onCopy, onCut, onPaste, copy, pasteText, clearSelection, fill } = sheetEdits({ api, range, latest, columns, block });

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
    publishStats();
  };

  const openMenuAtFocus = () => {
    const a = api.current;
    const cell = a?.getFocusedCell();
    const el =
      cell && document.querySelector(`[data-block-id="${latest.current.block.id}"] .ag-row[row-index="${cell.rowIndex}"] [col-id="${cell.column.getColId()}"]`);
    const r = el?.getBoundingClientRect();
    menu.open(r ? { x: r.left + 8, y: r.bottom } : { x: 200, y: 200 });
  };

  const armTypeahead = () => {
    const a = api.current;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return;
    const node = cell.rowPinned ? a.getPinnedBottomRow(cell.rowIndex) : a.getDisplayedRowAtIndex(cell.rowIndex);
    if (node && cell.column.getColDef().cellEditorPopup && cell.column.isCellEditable(node)) typeahead.start();
  };

  const onKeyDownCapture = (e: KeyboardEvent) => {
    // Typed before an editor has taken the focus: kept for the editor (see typeahead.ts).
    // Only keys that land on the cell itself: inside an editor (its buttons, its fields) keys are its own.
    const onCell = e.target instanceof HTMLElement && e.target.classList.contains('ag-cell');
    const pending = onCell && (api.current?.getEditingCells().length ?? 0) > 0;
    if (!isEditing(e.target) && typeahead.capture(e, pending)) return (e.preventDefault(), e.stopPropagation());
    if (isEditing(e.target)) return;
    const ctrl = e.ctrlKey || e.metaKey;
    // F2, Enter or a typed key on a cell with a popup editor: keys typed before it opens are kept for it.
    if (!ctrl && !e.altKey && (e.key === 'F2' || e.key === 'Enter' || e.key.length === 1)) armTypeahead();
    const stop = () => (e.preventDefault(), e.stopPropagation());
    if (e.shiftKey && e.key.startsWith('Arrow')) return (stop(), extend(e.key));
    if (e.key === 'Delete' || e.key === 'Backspace') return (stop(), clearSelection());
    if (ctrl && !e.shiftKey && (e.key === 'd' || e.key === 'D')) return (stop(), fill('down'));
    if (ctrl && !e.shiftKey && (e.key === 'r' || e.key === 'R')) return (stop(), fill('right'));
    if ((e.shiftKey && e.key === 'F10') || e.key === 'ContextMenu') return (stop(), openMenuAtFocus());
  };
  const onMouseDownCapture = (e: MouseEvent) => {
    extending.current = e.shiftKey;
  };
  const onContextMenu = (e: MouseEvent) => {
    const cellEl = (e.target as HTMLElement).closest('.ag-cell');
    const rowEl = cellEl?.closest('.ag-row');
    if (!cellEl || !rowEl || isEditing(e.target)) return;
    e.preventDefault();
    const a = api.current;
    const rowIndex = Number(rowEl.getAttribute('row-index'));
    const colId = cellEl.getAttribute('col-id');
    const pinned = rowEl.closest('.ag-floating-bottom') ? 'bottom' : null;
    // Right-clicking inside the selected block keeps it, as in Excel; elsewhere it moves the focus there.
    const col = columns().indexOf(colId ?? '');
    if (a && colId && !(pinned === null && range.current && inRange(range.current, rowIndex, col))) a.setFocusedCell(rowIndex, colId, pinned);
    menu.open({ x: e.clientX, y: e.clientY });
  };

  const cellInRange = (rowIndex: number | null, colId: string) =>
    rowIndex != null && range.current !== null && inRange(range.current, rowIndex, columns().indexOf(colId)) && !isSingle(range.current);

  /** Another table of the same kind now shows in this grid: nothing selected carries over. */
  const forget = () => {
    range.current = null;
    keyboardMoves.length = 0;
    extending.current = false;
  };

  return {
    api,
    menu,
    forget,
    publishStats,
    onCellFocused,
    onCopy,
    onCut,
    onPaste,
    onKeyDownCapture,
    onMouseDownCapture,
    onContextMenu,
    cellInRange,
    copy,
    pasteText,
    clearSelection,
    fill,
  };
}

const isSingle = (r: CellRange) => r.anchor.row === r.focus.row && r.anchor.col === r.focus.col;
