/**
 * The plan document: the plan list, the open plan, its undo state and the catalogue of other plans'
 * targets; opening, reading again and changes that re-read the plan. The edits made on a page (cells,
 * rows, text, undo) are in plan-edits.ts. Where the user is lives in the UI store (ui-store.ts).
 */
import { create } from 'zustand';
import { api } from '../api/client';
import type { PlanDocument } from '../../shared/model/plan';
import { reconcile } from './plan-patches';
import { lastPlace, placeIn, rememberPlace } from './last-place';
import { firstPlan, firstPlans } from './first-load';
import { useUiStore, type Place } from './ui-store';
import type { PlanState } from './plan-state';
import { editActions } from './plan-edits';

export type { Place } from './ui-store';

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);
const ui = () => useUiStore.getState();
const fail = (text: string) => ui().say(text, 'error');

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

export const usePlanStore = create<PlanState>((set, get) => ({
  ...editActions(set, get),
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
}));

// The place is remembered with its plan, so a reload or the next start returns there.
useUiStore.subscribe((s, before) => {
  const plan = usePlanStore.getState().plan;
  if (plan && s.place !== before.place) rememberPlace(plan.id, s.place);
});
