/**
 * Plan files as the app and the command line use them: save a copy of a plan (recording the revision it
 * was saved at), open a file (a plan this database lacks is added; one it has goes to merging), review a
 * returning file against the common base, and apply the merge as one undoable step. After a merge with
 * every conflict settled, the file's revision becomes the base, so merging the same file again changes nothing.
 */
import type { Db } from '../db/open';
import { badRequest } from '../../shared/api/errors';
import { importPlan } from '../services/plan-import';
import { getPlanSummary } from '../services/plans';
import { planIdByUuid, readPlanSnapshot } from '../services/plan-snapshot';
import { mergePlans, type Choice, type MergeItem } from '../../shared/merge/three-way';
import type { PlanSummary } from '../../shared/model/plan';
import { applyMergedPlan } from './apply-merge';
import { baseForMerging, baseForSaving, databaseUuid, hasActiveSnapshot, planRevision, recordSnapshot } from './snapshots';

/** The change-log field of a merge step that made the merged file a base (history.ts replays it). */
export const MERGED_FILE_FIELD = 'mergedFile';
import type { PlanFileContent } from './write';
import type { MergeApplied, MergeReview } from '../../shared/merge/review';

/** The content of a plan file for `planId`, recorded here as sent so it can come back and merge. */
export function planFileFor(db: Db, planId: number): PlanFileContent {
  return db.transaction(() => {
    const plan = readPlanSnapshot(db, planId);
    const at = { origin: databaseUuid(db), revision: planRevision(db, planId) };
    const base = baseForSaving(db, plan.uuid) ?? { ...at, content: plan };
    recordSnapshot(db, plan.uuid, at, false, plan);
    return { plan, at, base, savedAt: new Date().toISOString() };
  })();
}

export interface OpenOutcome {
  added?: PlanSummary;
  existing?: PlanSummary;
}

/** Adds the file's plan, unless this database already holds it (same stable id): then it is the caller's to merge. */
export function openPlanFile(db: Db, file: PlanFileContent): OpenOutcome {
  return db.transaction((): OpenOutcome => {
    const existing = planIdByUuid(db, file.plan.uuid);
    if (existing !== null) return { existing: getPlanSummary(db, existing) };
    const id = importPlan(db, file.plan);
    recordSnapshot(db, file.plan.uuid, file.at, true, file.plan);
    return { added: getPlanSummary(db, id) };
  })();
}

function check(db: Db, planId: number, file: PlanFileContent, name: string): void {
  const ours = readPlanSnapshot(db, planId).uuid;
  if (ours !== file.plan.uuid)
    throw badRequest(
      `${name} holds another plan ("${file.plan.header.title || file.plan.header.division}"), not this one; open it instead of merging.`,
      'planId',
    );
}

export function reviewMerge(db: Db, planId: number, file: PlanFileContent, name = 'The plan file'): MergeReview {
  check(db, planId, file, name);
  const { items } = mergePlans(baseForMerging(db, file), readPlanSnapshot(db, planId), file.plan);
  const conflicts = items.filter((i) => i.conflict).length;
  return { planId, items, changes: items.length - conflicts, conflicts };
}

/**
 * Applies the file's changes, settling each conflict by `choices[item.id]`, else `fallback`; a conflict with
 * neither keeps our value and leaves the file's base as it was, so a later merge shows that conflict again.
 */
export function applyMerge(
  db: Db,
  planId: number,
  file: PlanFileContent,
  choices: Record<string, Choice>,
  fallback: Choice | null,
  name = 'The plan file',
): MergeApplied {
  return db.transaction(() => {
    check(db, planId, file, name);
    let unresolved = 0;
    const choose = (item: MergeItem): Choice => {
      const c = choices[item.id] ?? fallback;
      if (!c) unresolved++;
      return c ?? 'mine';
    };
    const { items, merged } = mergePlans(baseForMerging(db, file), readPlanSnapshot(db, planId), file.plan, choose);
    const newBase = !unresolved && !hasActiveSnapshot(db, file.plan.uuid, file.at);
    const key = { planUuid: file.plan.uuid, ...file.at };
    const written = applyMergedPlan(db, planId, merged, newBase ? [{ entity: 'plan', entityId: planId, field: MERGED_FILE_FIELD, old: null, new: key }] : []);
    if (newBase) recordSnapshot(db, file.plan.uuid, file.at, true, file.plan);
    const conflicts = items.filter((i) => i.conflict).length;
    return { planId, items, changes: items.length - conflicts, conflicts, written, unresolved };
  })();
}
