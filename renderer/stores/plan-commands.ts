/**
 * The user's actions that write to a plan or the plan list, one function each: the outline's tools, the
 * budget import, merge, roll-forward, Word import, find and replace, the History panel's put back and named
 * versions, review ticks, and renaming, duplicating and deleting a plan. Each sends its write call (the
 * contract's `write` calls), brings the screen up to date through the plan store (`change` reads the open
 * plan again keeping the screen; `showPlan` reads the list and opens a plan; `refreshPlans`, `openPlan`,
 * `closePlan`) and says the outcome in the status line. Components call these and never send a write
 * through `api` themselves (issue 13; tests/unit/store-writes.test.ts checks), so every write is followed
 * by the same refresh wherever it starts. Dialogs that show a failure inline get it thrown; the others
 * have it said in the status line and get false (or null).
 */
import { api } from '../api/client';
import type { ArgsOf } from '../../shared/api/contract';
import type { HistoryEntry, VersionInfo } from '../../shared/api/history-types';
import { allLineKeys, count, editsFromPreview, type BudgetImportPreview } from '../../shared/model/budget-import';
import type { MergeReview } from '../../shared/merge/review';
import type { Choice } from '../../shared/merge/three-way';
import type { PlanSummary } from '../../shared/model/plan';
import type { TableKind } from '../../shared/model/table-kinds';
import { fyLabel } from '../../shared/calc/financial-year';
import { planLabel } from '../app/plan-label';
import { usePlanStore } from './plan-store';
import { useUiStore } from './ui-store';
import { useHistoryStore } from './history-store';
import type { PlanFile } from './plan-file-commands';
import type { PickedFile } from './file-commands';

const store = () => usePlanStore.getState();
const ui = () => useUiStore.getState();
const sayError = (e: unknown) => ui().say((e as Error).message, 'error');

/** Runs `work`; a failure is said in the status line. True when it succeeded. */
async function attempt(work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (e) {
    sayError(e);
    return false;
  }
}

/* The outline. */

export interface OutlineSection {
  id: number;
  title: string;
  level: 1 | 2;
}

export const renameSection = (sectionId: number, title: string): Promise<boolean> =>
  store().change(() => api.renameSection({ sectionId, title }), 'Section renamed.');

/** Moves a section (with its subsections) one place up or down. */
export const moveSection = (sectionId: number, direction: 'up' | 'down'): Promise<boolean> => store().change(() => api.moveSection({ sectionId, direction }));

/** How removing a section names what goes: the confirmation asks with it and the message says it. */
export const removedWhat = (s: OutlineSection): string => (s.level === 1 ? `"${s.title}" and its subsections` : `"${s.title}"`);

/** Removes a section (Ctrl+Z brings it back); the store moves the place off it when it was open. */
export const removeSection = (s: OutlineSection): Promise<boolean> =>
  store().change(() => api.removeSection({ sectionId: s.id }), `Removed ${removedWhat(s)}. Ctrl+Z brings it back.`);

/**
 * Adds a section after `after`, at its level, and goes to it: a section holding a table of `tableKind`, or a
 * plain one whose title is then open for typing. The new section's id, or null (the failure said).
 */
export async function addSection(planId: number, after: Pick<OutlineSection, 'id' | 'level'>, title: string, tableKind?: TableKind): Promise<number | null> {
  const r = await api
    .addSection({ planId, title, level: after.level, afterSectionId: after.id, ...(tableKind && { tableKind }) })
    .catch((e) => (sayError(e), null));
  if (!r || !(await store().change(async () => undefined, tableKind ? `Section added: ${title}.` : 'Section added: type its title.'))) return null;
  ui().go({ kind: 'section', sectionId: r.sectionId });
  if (!tableKind) ui().rename(r.sectionId);
  return r.sectionId;
}

/* Changes brought in from files and across the plan. */

/** Applies the ticked lines of a budget workbook's review as one step. */
export function applyImportEdits(planId: number, preview: BudgetImportPreview, accepted: Set<string>): Promise<boolean> {
  const edits = editsFromPreview(preview, accepted);
  const total = allLineKeys(preview).length;
  return store().change(
    () => api.applyEdits({ planId, ...edits }),
    `Imported ${preview.fileName}: ${accepted.size} of ${count(total, 'change')} applied. Ctrl+Z undoes the import.`,
  );
}

/** Takes a plan file's changes with a choice per conflict, then reads the plan again. False (said) when it failed. */
export function applyMerge(review: MergeReview, file: PlanFile, choices: Record<string, Choice>): Promise<boolean> {
  const settled = review.items.filter((i) => i.conflict && choices[i.id]).length;
  return attempt(async () => {
    const r = await api.applyPlanMerge({ planId: review.planId, ...file, choices });
    const kept = r.unresolved ? ` ${r.unresolved} conflict${r.unresolved === 1 ? '' : 's'} left as here.` : '';
    const done = r.written
      ? `Merged ${file.fileName}: ${r.changes} change${r.changes === 1 ? '' : 's'} taken, ${settled} conflict${settled === 1 ? '' : 's'} settled.${kept} Ctrl+Z undoes the merge.`
      : `Nothing to change from ${file.fileName}.`;
    await store().showPlan(review.planId, done);
  });
}

/** Replaces the previewed occurrences (`only`: the ticked ones) as one step and shows the plan. Throws on failure. */
export async function replaceAll(args: ArgsOf<'applyReplace'>): Promise<void> {
  const r = await api.applyReplace(args);
  await store().showPlan(
    args.planId,
    `Replaced ${r.occurrences} ${r.occurrences === 1 ? 'occurrence' : 'occurrences'} in ${r.items} ${r.items === 1 ? 'place' : 'places'}. Ctrl+Z undoes it.`,
  );
}

/** Creates a plan from a Word document and opens it. Throws on failure. */
export async function createFromWord(file: PickedFile): Promise<void> {
  const { plan } = await api.importWordPlan(file);
  await store().showPlan(plan.id, `Created ${plan.header.division || plan.header.title} ${fyLabel(plan.header.year)} from ${file.fileName}.`);
}

/** Starts next year's plan from this one, opens it and shows its review list. Throws on failure. */
export async function startNextYear(args: ArgsOf<'rollForward'>): Promise<void> {
  const made = await api.rollForward(args);
  await store().showPlan(made.id, `Started ${made.header.title} (${fyLabel(made.header.year)}); sections carried as they were are marked to review.`);
  useHistoryStore.getState().show('review');
}

/* History and review. */

/** Puts an old value back as a new step (Ctrl+Z takes it back). */
export const putBackValue = (entry: HistoryEntry): Promise<boolean> =>
  store().change(() => api.restoreValue({ changeId: entry.id }), `Put back “${entry.old || '(empty)'}” in ${entry.where}.`);

/** Names the plan as it is now. Throws on failure (the panel shows it). */
export async function nameVersion(planId: number, name: string): Promise<VersionInfo> {
  const v = await api.nameVersion({ planId, name });
  ui().say(`Named this version “${v.name}”.`);
  return v;
}

/** Ticks a review mark or takes its tick away (a failure is said); the review count is read again. */
export async function tickReview(reviewId: number, done: boolean): Promise<void> {
  await api.tickReview({ reviewId, done }).catch(sayError);
  useHistoryStore.getState().changed();
}

/* The plan list. */

/** The header field a plan's name in the list is: the division, or the title for an introduction or a plan without one. */
export const nameField = (p: PlanSummary): 'division' | 'title' => (p.kind === 'introduction' || !p.header.division ? 'title' : 'division');

/** The plan list read again and `openId` opened; with none, the first unit plan (or any), or nothing when none is left. */
async function refresh(openId: number | null): Promise<void> {
  const plans = await store().refreshPlans();
  if (openId !== null) await store().openPlan(openId);
  else if (plans.length) await store().openPlan(plans.find((p) => p.kind === 'unit')?.id ?? plans[0].id);
  else store().closePlan();
}

export const renamePlan = (plan: PlanSummary, name: string): Promise<boolean> =>
  attempt(async () => {
    await api.updateHeader({ planId: plan.id, patch: { [nameField(plan)]: name.trim() } });
    await refresh(plan.id);
    ui().say(`Renamed to ${name.trim()}.`);
  });

/** A new plan with new stable ids, opened. */
export const duplicatePlan = (plan: PlanSummary): Promise<boolean> =>
  attempt(async () => {
    const copy = await api.duplicatePlan({ planId: plan.id });
    await refresh(copy.id);
    ui().say(`Duplicated as ${planLabel(copy)} (${copy.header.title}).`);
  });

/** Deletes a plan (the main process backs up first) and opens another. */
export const deletePlan = (plan: PlanSummary): Promise<boolean> =>
  attempt(async () => {
    await api.deletePlan({ planId: plan.id });
    await refresh(null);
    ui().say(`Deleted ${planLabel(plan)}. A backup taken just before holds it (restore it from the backups list).`);
  });
