/**
 * The first reads of a start-up, sent together as the page's code starts (main.tsx), before React has drawn
 * anything, rather than one after another: the database status, the plan list, and the plan the user was
 * last in with its undo state. The plans are used only once the status says the file is sound (a damaged
 * file waits for the user's choice).
 */
import { api } from '../api/client';
import type { PlanDocument, PlanSummary } from '../../shared/model/plan';
import type { DatabaseStatus, HistoryState } from '../../shared/api/contract';
import { lastPlace } from './last-place';

interface Early {
  status: Promise<DatabaseStatus> | null;
  plans: Promise<PlanSummary[]> | null;
  plan: { id: number; skeleton: Promise<PlanDocument>; doc: Promise<PlanDocument>; history: Promise<HistoryState> } | null;
}

let early: Early | null = null;

/** A promise that never reports an unhandled rejection: the reader sees the failure when it awaits. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

export function startFirstLoad(): void {
  const last = lastPlace();
  early = {
    // The status first: the host answers in the order asked, and it is the smallest.
    status: quiet(api.databaseStatus({})),
    plans: quiet(api.listPlans({})),
    plan: last ? planReads(last.planId) : null,
  };
}

/** The database status read at start-up (once), or a fresh read. */
export function firstStatus(): Promise<DatabaseStatus> {
  const p = early?.status;
  if (early) early = { ...early, status: null };
  return p ?? api.databaseStatus({});
}

/** The plan list read at start-up (once), or a fresh read. */
export function firstPlans(): Promise<PlanSummary[]> {
  const p = early?.plans;
  if (early) early = { ...early, plans: null };
  return p ?? api.listPlans({});
}

/** The reads that open a plan: its skeleton (for the outline), its undo state and the whole plan. */
function planReads(planId: number): NonNullable<Early['plan']> {
  // The host answers in the order asked: the two small reads the outline needs before the whole plan.
  const skeleton = quiet(api.getPlanSkeleton({ planId }));
  const history = quiet(api.historyState({ planId }));
  return { id: planId, skeleton, history, doc: quiet(api.getPlan({ planId })) };
}

/** The reads for this plan made at start-up (once), or fresh ones. */
export function firstPlan(planId: number): NonNullable<Early['plan']> {
  const p = early?.plan?.id === planId ? early.plan : null;
  if (early) early = { ...early, plan: null };
  return p ?? planReads(planId);
}

/** A damaged file: what was read early is from the file being replaced. */
export function dropFirstLoad(): void {
  early = null;
}
