/**
 * Where the user is and what the window tells them: the page on screen, the status message, the place to
 * bring into view, the selected cells' figures, the action filter. Kept apart from the plan document so a
 * cell edit redraws only what shows that cell, and moving about redraws nothing that shows the plan.
 */
import { create } from 'zustand';
import type { SelectionStats } from '../grid/selection-stats';
import { NO_FILTER, type ActionFilter } from '../../shared/calc/action-filter';

/** Where the main view is: the title page, the contents page, the budget summary, or a section. */
export type Place =
  | { kind: 'header' }
  | { kind: 'contents' }
  | { kind: 'budgets' }
  | { kind: 'targets'; key?: string }
  | { kind: 'print' }
  | { kind: 'search'; query: string }
  | { kind: 'section'; sectionId: number };

export type Tone = 'error' | 'info';

/** A place to bring into view once its section is on screen: a search result, an undone step, a new row. */
export interface FocusRequest {
  blockId: number;
  rowId: number | null;
  column: string | null;
  flash?: boolean;
}

interface UiState {
  place: Place;
  message: { text: string; tone: Tone } | null;
  /** The section whose title is being edited in the outline. */
  renaming: number | null;
  focus: FocusRequest | null;
  /** Tables whose (empty) Notes column the user asked to see, to add a note. */
  notesShown: number[];
  /** Count, sum and average of the selected cells, for the status line. */
  selection: SelectionStats | null;
  /** Applies to every action table of the open plan. */
  actionFilter: ActionFilter;
  go: (place: Place) => void;
  say: (text: string, tone?: Tone) => void;
  clearMessage: () => void;
  rename: (sectionId: number | null) => void;
  setFocus: (focus: FocusRequest | null) => void;
  showNotes: (blockId: number) => void;
  setSelection: (stats: SelectionStats | null) => void;
  setActionFilter: (patch: Partial<ActionFilter>) => void;
}

export const useUiStore = create<UiState>((set) => ({
  place: { kind: 'header' },
  message: null,
  renaming: null,
  focus: null,
  notesShown: [],
  selection: null,
  actionFilter: NO_FILTER,
  go: (place) => set({ place, selection: null }),
  say: (text, tone = 'info') => set({ message: { text, tone } }),
  clearMessage: () => set((s) => (s.message ? { message: null } : s)),
  rename: (renaming) => set({ renaming }),
  setFocus: (focus) => set({ focus }),
  showNotes: (blockId) => set((s) => (s.notesShown.includes(blockId) ? s : { notesShown: [...s.notesShown, blockId] })),
  setSelection: (selection) => set({ selection }),
  setActionFilter: (patch) => set((s) => ({ actionFilter: { ...s.actionFilter, ...patch } })),
}));

/** For modules outside React: say something in the status line. */
export const say = (text: string, tone?: Tone): void => useUiStore.getState().say(text, tone);
