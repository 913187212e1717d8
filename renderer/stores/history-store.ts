/**
 * Which history tool is open (roll-forward review, history, comparison, review marks) and the grid cell
 * last focused, read from the page (the row's "r<id>" row-id and the cell's col-id) so the History panel
 * knows the selected cell without reaching into the grid's own state.
 */
import { create } from 'zustand';

export type HistoryTool = 'roll' | 'history' | 'compare' | 'review' | null;

export interface CellPlace {
  rowId: number;
  column: string | null;
}

interface HistoryToolsState {
  open: HistoryTool;
  lastCell: CellPlace | null;
  show: (tool: HistoryTool) => void;
  /** Bumped after a change the review list depends on. */
  version: number;
  changed: () => void;
}

export const useHistoryStore = create<HistoryToolsState>((set) => ({
  open: null,
  lastCell: null,
  version: 0,
  show: (open) => set({ open }),
  changed: () => set((s) => ({ version: s.version + 1 })),
}));

/** The grid cell an element sits in, if any. */
export function cellOf(el: Element | null): CellPlace | null {
  const row = el?.closest('.ag-row');
  const id = row?.getAttribute('row-id') ?? '';
  if (!/^r\d+$/.test(id)) return null;
  const col = el?.closest('[col-id]')?.getAttribute('col-id') ?? null;
  return { rowId: Number(id.slice(1)), column: col };
}

/** Keeps `lastCell` up to date as focus moves; installed once by the history tools. */
export function trackFocusedCell(): () => void {
  const onFocus = () => {
    const cell = cellOf(document.activeElement);
    if (cell) useHistoryStore.setState({ lastCell: cell });
  };
  document.addEventListener('focusin', onFocus);
  return () => document.removeEventListener('focusin', onFocus);
}
