/**
 * What is on screen: the plan list, the open plan and where the user is in it. Edits update the store
 * optimistically and roll back, with a message, when the main process refuses them.
 */
import { create } from 'zustand';
import { api } from '../api/client';
import type { PlanDocument, PlanHeader, PlanSummary, Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import type { RichDoc } from '../../shared/model/richtext';
import type { RowRole } from '../../shared/model/table-kinds';
import type { HistoryState } from '../../shared/api/contract';
import type { PastePlan } from '../grid/paste';
import { NO_FILTER, type ActionFilter } from '../../shared/calc/action-filter';
import type { CatalogueTarget } from '../../shared/calc/target-catalogue';

/** Where the main view is: the title page, the contents page, the budget summary, or a section. */
export type Place = { kind: 'header' } | { kind: 'contents' } | { kind: 'budgets' } | { kind: 'targets'; key?: string } | { kind: 'print' } | { kind: 'search'; query: string } | { kind: 'section'; sectionId: number };

interface PlanState {
  plans: PlanSummary[];
  plan: PlanDocument | null;
  place: Place;
  message: { text: string; tone: 'error' | 'info' } | null;
  loading: boolean;
  loadPlans: () => Promise<void>;
  openPlan: (planId: number, place?: Place) => Promise<void>;
  go: (place: Place) => void;
  updateHeader: (patch: Partial<PlanHeader>) => Promise<boolean>;
  createPlan: (header: PlanHeader, units: string[]) => Promise<boolean>;
  updateCell: (rowId: number, column: string, value: CellValue) => Promise<boolean>;
  say: (text: string, tone?: 'error' | 'info') => void;
  history: HistoryState;
  /** The section whose title is being edited in the outline. */
  renaming: number | null;
  /** A search result to bring into view once its section is on screen. */
  focus: { blockId: number; rowId: number | null; column: string | null } | null;
  setFocus: (focus: PlanState['focus']) => void;
  /** Targets of other plans that actions can link to (from every plan in the database). */
  catalogue: CatalogueTarget[];
  /** Applies to every action table of the open plan. */
  actionFilter: ActionFilter;
  setActionFilter: (patch: Partial<ActionFilter>) => void;
  /** Runs a change that may touch many rows, then reloads the plan so the screen shows what was stored. */
  change: (run: () => Promise<unknown>, done?: string) => Promise<boolean>;
  pasteCells: (blockId: number, plan: PastePlan) => Promise<boolean>;
  insertRow: (blockId: number, position: number, role: RowRole) => Promise<boolean>;
  deleteRow: (rowId: number) => Promise<boolean>;
  moveRow: (rowId: number, position: number) => Promise<boolean>;
  saveNarrative: (blockId: number, doc: RichDoc) => Promise<boolean>;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
}

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);

function replaceRow(plan: PlanDocument, row: Row): PlanDocument {
  return {
    ...plan,
    sections: plan.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => (b.kind === 'table' && b.rows.some((r) => r.id === row.id) ? { ...b, rows: b.rows.map((r) => (r.id === row.id ? row : r)) } : b)),
    })),
  };
}

function findRow(plan: PlanDocument, rowId: number): Row | undefined {
  for (const s of plan.sections) for (const b of s.blocks) if (b.kind === 'table') for (const r of b.rows) if (r.id === rowId) return r;
  return undefined;
}

export const usePlanStore = create<PlanState>((set, get) => ({
  plans: [],
  plan: null,
  place: { kind: 'header' },
  message: null,
  loading: true,
  history: { canUndo: false, canRedo: false },
  actionFilter: NO_FILTER,
  catalogue: [],
  focus: null,
  renaming: null,
  setFocus: (focus) => set({ focus }),
  setActionFilter: (patch) => set((s) => ({ actionFilter: { ...s.actionFilter, ...patch } })),

  say: (text, tone = 'info') => set({ message: { text, tone } }),

  loadPlans: async () => {
    try {
      const [plans, catalogue] = await Promise.all([api.listPlans({}), api.targetCatalogue({})]);
      set({ plans, catalogue });
      const current = get().plan;
      if (!current && plans.length) {
        const first = plans.find((p) => p.kind === 'unit') ?? plans[0];
        await get().openPlan(first.id);
      } else set({ loading: false });
    } catch (e) {
      set({ loading: false, message: { text: `Could not load plans: ${errorText(e)}`, tone: 'error' } });
    }
  },

  openPlan: async (planId, place = { kind: 'header' }) => {
    set({ loading: true });
    try {
      const [plan, history] = await Promise.all([api.getPlan({ planId }), api.historyState({ planId })]);
      set({ plan, place, loading: false, history });
    } catch (e) {
      set({ loading: false, message: { text: `Could not open the plan: ${errorText(e)}`, tone: 'error' } });
    }
  },

  go: (place) => set({ place }),

  updateHeader: async (patch) => {
    const plan = get().plan;
    if (!plan) return false;
    try {
      const summary = await api.updateHeader({ planId: plan.id, patch });
      set((s) => ({
        plan: s.plan && s.plan.id === summary.id ? { ...s.plan, header: summary.header, updatedAt: summary.updatedAt } : s.plan,
        plans: s.plans.map((p) => (p.id === summary.id ? summary : p)),
        history: { canUndo: true, canRedo: false },
        message: { text: 'Saved.', tone: 'info' },
      }));
      if ('directorate' in patch) set({ plans: await api.listPlans({}) });
      return true;
    } catch (e) {
      set({ message: { text: errorText(e), tone: 'error' } });
      return false;
    }
  },

  createPlan: async (header, units) => {
    try {
      const created = await api.createPlan({ header, units });
      set({ plans: await api.listPlans({}) });
      await get().openPlan(created.id);
      set({ message: { text: `Created ${header.division} ${header.year}.`, tone: 'info' } });
      return true;
    } catch (e) {
      set({ message: { text: errorText(e), tone: 'error' } });
      return false;
    }
  },

  updateCell: async (rowId, column, value) => {
    const plan = get().plan;
    const before = plan && findRow(plan, rowId);
    if (!plan || !before) return false;
    const optimistic = { ...before, cells: { ...before.cells, [column]: value } };
    // The request leaves before the optimistic repaint, so saving and drawing overlap.
    const started = performance.now();
    const saving = api.updateCell({ rowId, column, value });
    set({ plan: replaceRow(plan, optimistic) });
    try {
      const saved = await saving;
      // User Timing entry: how long the main process took to acknowledge the edit (read by bench/).
      performance.measure('plan-editor:cell-edit-ack', { start: started });
      set((s) => ({ plan: s.plan ? replaceRow(s.plan, saved) : s.plan, message: null, history: { canUndo: true, canRedo: false } }));
      return true;
    } catch (e) {
      set((s) => ({ plan: s.plan ? replaceRow(s.plan, before) : s.plan, message: { text: errorText(e), tone: 'error' } }));
      return false;
    }
  },

  change: async (run, done) => {
    const plan = get().plan;
    if (!plan) return false;
    try {
      await run();
      const [fresh, history] = await Promise.all([api.getPlan({ planId: plan.id }), api.historyState({ planId: plan.id })]);
      set((s) => ({ plan: s.plan?.id === fresh.id ? fresh : s.plan, history, message: done ? { text: done, tone: 'info' } : null }));
      return true;
    } catch (e) {
      set({ message: { text: errorText(e), tone: 'error' } });
      return false;
    }
  },
  pasteCells: (blockId, paste) => {
    const n = paste.changes.length + Object.values(paste.append).reduce((k, r) => k + Object.keys(r).length, 0);
    return get().change(() => api.updateCells({ blockId, changes: paste.changes, append: paste.append }), `Pasted ${n} cell${n === 1 ? '' : 's'}.`);
  },
  insertRow: (blockId, position, role) => get().change(() => api.insertRow({ blockId, position, role })),
  deleteRow: (rowId) => get().change(() => api.deleteRow({ rowId }), 'Row deleted. Ctrl+Z brings it back.'),
  moveRow: (rowId, position) => get().change(() => api.moveRow({ rowId, position })),
  saveNarrative: async (blockId, doc) => {
    try {
      const saved = await api.updateNarrative({ blockId, doc });
      set((s) => ({
        plan: s.plan && {
          ...s.plan,
          sections: s.plan.sections.map((sec) => ({ ...sec, blocks: sec.blocks.map((b) => (b.id === blockId && b.kind === 'narrative' ? { ...b, doc: saved } : b)) })),
        },
        history: { canUndo: true, canRedo: false },
      }));
      return true;
    } catch (e) {
      set({ message: { text: `The text was not saved: ${errorText(e)}`, tone: 'error' } });
      return false;
    }
  },
  undo: async () => {
    const plan = get().plan;
    if (!plan || !get().history.canUndo) return false;
    return get().change(() => api.undo({ planId: plan.id }), 'Undone.');
  },
  redo: async () => {
    const plan = get().plan;
    if (!plan || !get().history.canRedo) return false;
    return get().change(() => api.redo({ planId: plan.id }), 'Redone.');
  },
}));
