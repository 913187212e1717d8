/**
 * The plan document: the plan list, the open plan, its undo state and the catalogue of other plans'
 * targets, and every edit to them. Edits update the document optimistically and roll back, with a
 * message, when the main process refuses them. Where the user is lives in the UI store (ui-store.ts).
 */
import { create } from 'zustand';
import { api, callAfterPaint } from '../api/client';
import type { PlanDocument, PlanHeader, PlanSummary, Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import type { RichDoc } from '../../shared/model/richtext';
import type { RowRole } from '../../shared/model/table-kinds';
import type { HistoryState, StepResult } from '../../shared/api/contract';
import { appendRows, findBlockOfRow, findRow, insertRowAt, moveRowTo, reconcile, removeRow, replaceRows } from './plan-patches';
import { lastPlace, placeIn, rememberPlace } from './last-place';
import { editAnnouncement } from './edit-announcement';
import { firstPlan, firstPlans } from './first-load';
import { announce } from '../app/announce';
import { useUiStore, type Place } from './ui-store';
import type { PastePlan } from '../grid/paste';
import type { CatalogueTarget } from '../../shared/calc/target-catalogue';

export type { Place } from './ui-store';

interface PlanState {
  plans: PlanSummary[];
  plan: PlanDocument | null;
  /** False while only the open plan's skeleton is in (its outline); its sections' contents follow. */
  complete: boolean;
  loading: boolean;
  loadPlans: () => Promise<void>;
  /** Reads the plan list again (after a plan was made, renamed, merged or removed). */
  refreshPlans: () => Promise<PlanSummary[]>;
  /** After a change made outside the open page (merge, replace, roll forward, import): the plan list read again,
   * `planId` opened (at the same place when it is the open plan), and `done` said. */
  showPlan: (planId: number, done?: string) => Promise<void>;
  /** No plan open: the database was swapped, or its last plan removed. */
  closePlan: (loading?: boolean) => void;
  openPlan: (planId: number, place?: Place) => Promise<void>;
  updateHeader: (patch: Partial<PlanHeader>) => Promise<boolean>;
  createPlan: (header: PlanHeader, units: string[]) => Promise<boolean>;
  updateCell: (rowId: number, column: string, value: CellValue) => Promise<boolean>;
  history: HistoryState;
  /** Targets of other plans that actions can link to (from every plan in the database). */
  catalogue: CatalogueTarget[];
  /** Runs a change that may touch many rows or the outline, then reloads the plan so the screen shows what was stored. */
  change: (run: () => Promise<unknown>, done?: string) => Promise<boolean>;
  pasteCells: (blockId: number, plan: PastePlan) => Promise<boolean>;
  insertRow: (blockId: number, position: number, role: RowRole) => Promise<boolean>;
  deleteRow: (rowId: number) => Promise<boolean>;
  moveRow: (rowId: number, position: number) => Promise<boolean>;
  saveNarrative: (blockId: number, doc: RichDoc) => Promise<boolean>;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
  /** Reads the open plan again, keeping on screen every part that did not change. */
  reload: () => Promise<void>;
  rowChange: (run: () => Promise<(plan: PlanDocument) => PlanDocument>, done?: string) => Promise<boolean>;
  step: (verb: 'Undone' | 'Redone', run: () => Promise<StepResult>) => Promise<boolean>;
}

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);
const ui = () => useUiStore.getState();
const fail = (text: string) => ui().say(text, 'error');

/** Says what an undo or redo did and brings its place into view when it is not on screen. */
function showStep(verb: string, r: StepResult, plan: PlanDocument | null): void {
  const step = r.step;
  if (!step) return ui().say(`Nothing to ${verb === 'Undone' ? 'undo' : 'redo'}.`);
  ui().say(`${verb}: ${step.text}.`);
  if (!plan || step.sectionId === null) return;
  const place = ui().place;
  // The budget summary shows every budget's totals: an undone budget edit is already in view there.
  if (place.kind === 'budgets') return;
  if (!(place.kind === 'section' && pageShows(plan.sections, place.sectionId, step.sectionId))) ui().go({ kind: 'section', sectionId: step.sectionId });
  if (step.blockId !== null) ui().setFocus({ blockId: step.blockId, rowId: step.rowId, column: step.column });
}

/** Whether the page of section `page` (a level-1 section shows its level-2 sections too) shows `sectionId`. */
function pageShows(sections: PlanDocument['sections'], page: number, sectionId: number): boolean {
  if (page === sectionId) return true;
  const i = sections.findIndex((s) => s.id === page);
  if (i < 0 || sections[i].level === 2) return false;
  for (const s of sections.slice(i + 1)) {
    if (s.level === 1) return false;
    if (s.id === sectionId) return true;
  }
  return false;
}

/** After the outline changed: a place whose section is gone moves to its nearest neighbour. */
function placeAfter(old: PlanDocument | null, fresh: PlanDocument, place: Place): Place {
  if (place.kind !== 'section' || fresh.sections.some((s) => s.id === place.sectionId)) return place;
  const before = old?.sections ?? [];
  const i = before.findIndex((s) => s.id === place.sectionId);
  const kept = new Set(fresh.sections.map((s) => s.id));
  const neighbour = [...before.slice(0, Math.max(0, i)).reverse(), ...before.slice(i + 1)].find((s) => kept.has(s.id));
  return neighbour ? { kind: 'section', sectionId: neighbour.id } : { kind: 'contents' };
}

/** Settles once the plan being opened is wholly in (edits to its header wait for it, so it cannot overwrite them). */
let whole: Promise<void> = Promise.resolve();

/** Cell saves the main process has not acknowledged yet. */
const inFlight = new Set<Promise<unknown>>();

export const usePlanStore = create<PlanState>((set, get) => ({
  plans: [],
  plan: null,
  complete: false,
  loading: true,
  history: { canUndo: false, canRedo: false },
  catalogue: [],

  loadPlans: async () => {
    try {
      const plans = await firstPlans();
      set({ plans });
      const current = get().plan;
      let opening: Promise<void> = Promise.resolve();
      if (!current && plans.length) {
        // Back where the user was, when that plan is still here.
        const last = lastPlace();
        const first = plans.find((p) => p.id === last?.planId) ?? plans.find((p) => p.kind === 'unit') ?? plans[0];
        opening = get().openPlan(first.id, first.id === last?.planId ? last.place : undefined);
      } else set({ loading: false });
      // The catalogue of other plans' targets reads every plan: asked after the open plan's reads, so the
      // host answers those first and the outline and the open page are drawn first.
      void api.targetCatalogue({}).then(
        (catalogue) => set({ catalogue }),
        () => undefined,
      );
      await opening;
    } catch (e) {
      set({ loading: false });
      fail(`Could not load plans: ${errorText(e)}`);
    }
  },

  refreshPlans: async () => {
    const plans = await api.listPlans({});
    set({ plans });
    return plans;
  },
  showPlan: async (planId, done) => {
    await get().refreshPlans();
    await get().openPlan(planId, get().plan?.id === planId ? ui().place : undefined);
    if (done) ui().say(done);
  },
  closePlan: (loading = false) => {
    set({ plan: null, complete: false, loading });
    ui().go({ kind: 'header' });
  },
  openPlan: async (planId, place = { kind: 'header' }) => {
    set({ loading: true });
    const reads = firstPlan(planId);
    // The outline first, from the plan's skeleton; the sections' contents as soon as the whole plan is in.
    let resolve!: () => void;
    whole = new Promise<void>((r) => (resolve = r));
    try {
      const [skeleton, history] = await Promise.all([reads.skeleton, reads.history]);
      const where = placeIn(skeleton, place);
      set({ plan: skeleton, complete: false, loading: false, history });
      ui().go(where);
      const plan = await reads.doc;
      if (get().plan?.id === planId && !get().complete) set({ plan, complete: true });
    } catch (e) {
      set({ loading: false });
      fail(`Could not open the plan: ${errorText(e)}`);
    } finally {
      resolve();
    }
  },

  updateHeader: async (patch) => {
    await whole;
    const plan = get().plan;
    if (!plan) return false;
    try {
      const summary = await api.updateHeader({ planId: plan.id, patch });
      set((s) => ({
        plan: s.plan && s.plan.id === summary.id ? { ...s.plan, header: summary.header, updatedAt: summary.updatedAt } : s.plan,
        plans: s.plans.map((p) => (p.id === summary.id ? summary : p)),
        history: { canUndo: true, canRedo: false },
      }));
      ui().say('Saved.');
      if ('directorate' in patch) set({ plans: await api.listPlans({}) });
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },

  createPlan: async (header, units) => {
    try {
      const created = await api.createPlan({ header, units });
      set({ plans: await api.listPlans({}) });
      await get().openPlan(created.id);
      ui().say(`Created ${header.division} ${header.year}.`);
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },

  updateCell: async (rowId, column, value) => {
    const plan = get().plan;
    const before = plan && findRow(plan, rowId);
    if (!plan || !before) return false;
    const optimistic = { ...before, cells: { ...before.cells, [column]: value } };
    if (value === null) delete optimistic.cells[column];
    // The new value (and every figure computed from it) is drawn first; the request leaves once that frame
    // is painted, so its cost is not in the frame.
    const saving = callAfterPaint('updateCell', { rowId, column, value });
    inFlight.add(saving);
    void saving.catch(() => undefined).finally(() => inFlight.delete(saving));
    set({ plan: replaceRows(plan, [optimistic]) });
    try {
      const saved = await saving;
      // The stored row is usually what was drawn: keep the drawn object then, so nothing repaints (and an
      // editor the user has opened meanwhile in that row is left alone).
      const current = get().plan && findRow(get().plan!, rowId);
      const same = current && JSON.stringify(current.cells) === JSON.stringify(saved.cells);
      set((s) => ({
        plan: s.plan && !same ? replaceRows(s.plan, [saved]) : s.plan,
        history: s.history.canUndo && !s.history.canRedo ? s.history : { canUndo: true, canRedo: false },
      }));
      ui().clearMessage();
      const block = findBlockOfRow(get().plan!, rowId);
      if (block) announce(editAnnouncement(block, saved, column));
      return true;
    } catch (e) {
      set((s) => ({ plan: s.plan ? replaceRows(s.plan, [before]) : s.plan }));
      fail(errorText(e));
      return false;
    }
  },

  change: async (run, done) => {
    const plan = get().plan;
    if (!plan) return false;
    try {
      await run();
      await get().reload();
      if (done) ui().say(done);
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },
  reload: async () => {
    const plan = get().plan;
    if (!plan) return;
    const [fresh, history] = await Promise.all([api.getPlan({ planId: plan.id }), api.historyState({ planId: plan.id })]);
    const old = get().plan;
    if (old?.id !== fresh.id) return;
    set({ plan: reconcile(old, fresh), complete: true, history });
    const place = placeAfter(old, fresh, ui().place);
    if (place !== ui().place) ui().go(place);
  },
  /** Runs a row change and applies its result to the document on screen without reading the plan again. */
  rowChange: async (run, done) => {
    try {
      const patch = await run();
      set((s) => ({ plan: s.plan ? patch(s.plan) : s.plan, history: { canUndo: true, canRedo: false } }));
      if (done) ui().say(done);
      else ui().clearMessage();
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },
  pasteCells: (blockId, paste) => {
    const n = paste.changes.length + Object.values(paste.append).reduce((k, r) => k + Object.keys(r).length, 0);
    return get().rowChange(
      async () => {
        const rows = await api.updateCells({ blockId, changes: paste.changes, append: paste.append });
        return (p) => {
          const added = rows.filter((r) => !findRow(p, r.id));
          return appendRows(
            replaceRows(
              p,
              rows.filter((r) => !added.includes(r)),
            ),
            blockId,
            added,
          );
        };
      },
      `Pasted ${n} cell${n === 1 ? '' : 's'}.`,
    );
  },
  insertRow: async (blockId, position, role) => {
    let made: Row | null = null;
    const ok = await get().rowChange(async () => {
      made = await api.insertRow({ blockId, position, role });
      return (p) => insertRowAt(p, blockId, position, made!);
    });
    // The new row's first cell takes the focus, ready for typing.
    if (ok && made) ui().setFocus({ blockId, rowId: (made as Row).id, column: null, flash: false });
    return ok;
  },
  deleteRow: (rowId) => get().rowChange(async () => (await api.deleteRow({ rowId }), (p) => removeRow(p, rowId)), 'Row deleted. Ctrl+Z brings it back.'),
  moveRow: (rowId, position) =>
    get().rowChange(async () => {
      await api.moveRow({ rowId, position });
      const block = get().plan && findBlockOfRow(get().plan!, rowId);
      if (block) ui().setFocus({ blockId: block.id, rowId, column: null, flash: false });
      return (p) => moveRowTo(p, rowId, position);
    }),
  saveNarrative: async (blockId, doc) => {
    try {
      const saved = await api.updateNarrative({ blockId, doc });
      set((s) => ({
        plan: s.plan && {
          ...s.plan,
          sections: s.plan.sections.map((sec) => ({
            ...sec,
            blocks: sec.blocks.map((b) => (b.id === blockId && b.kind === 'narrative' ? { ...b, doc: saved } : b)),
          })),
        },
        history: { canUndo: true, canRedo: false },
      }));
      return true;
    } catch (e) {
      fail(`The text was not saved: ${errorText(e)}`);
      return false;
    }
  },
  undo: async () => {
    // Ctrl+Z right after Enter undoes that edit: wait for its save, which is what makes it undoable.
    await Promise.allSettled([...inFlight]);
    const plan = get().plan;
    if (!plan || !get().history.canUndo) return false;
    return get().step('Undone', () => api.undo({ planId: plan.id }));
  },
  redo: async () => {
    const plan = get().plan;
    if (!plan || !get().history.canRedo) return false;
    return get().step('Redone', () => api.redo({ planId: plan.id }));
  },
  step: async (verb, run) => {
    try {
      const r = await run();
      await get().reload();
      showStep(verb, r, get().plan);
      return true;
    } catch (e) {
      fail(errorText(e));
      return false;
    }
  },
}));

// The place is remembered with its plan, so a reload or the next start returns there.
useUiStore.subscribe((s, before) => {
  const plan = usePlanStore.getState().plan;
  if (plan && s.place !== before.place) rememberPlace(plan.id, s.place);
});
