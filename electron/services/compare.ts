/**
 * Comparing a plan with another plan (by default the one it was rolled forward from), a named version or
 * a backup: loads both sides in the exchange form and hands them to the pure comparison.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { sqliteBindingOption } from '../db/sqlite-binding';
import { ApiError, badRequest } from '../../shared/api/errors';
import type { PlanIn } from '../../shared/model/plan';
import { comparePlans, type PlanComparison } from '../../shared/calc/compare-plans';
import { fyLabel } from '../../shared/calc/financial-year';
import { exportPlan } from './plan-import';
import { rolledFrom } from './roll-forward';
import { versionSnapshot } from './versions';

export interface CompareWith {
  withPlanId?: number;
  withVersionId?: number;
}

export function comparison(db: Db, planId: number, w: CompareWith): PlanComparison {
  const plan = exportPlan(db, planId);
  if (w.withVersionId !== undefined) {
    const v = versionSnapshot(db, w.withVersionId);
    const c = comparePlans(v.plan, plan);
    return { ...c, before: { ...c.before, label: `${c.before.label} (version “${v.version.name}”)` } };
  }
  const other = w.withPlanId ?? rolledFrom(db, planId);
  if (other === null) throw badRequest('Choose a plan or a named version to compare with: this plan was not started from another.', 'withPlanId');
  const o = exportPlan(db, other);
  // The older plan is the "before" side; for plans of one year, the other plan.
  return o.header.year > plan.header.year ? comparePlans(plan, o) : comparePlans(o, plan);
}

/** The comparison as text, one line per change, for the command line. */
export function comparisonText(c: PlanComparison): string {
  const head = `Changes from ${c.before.label} ${fyLabel(c.before.year)} to ${c.after.label} ${fyLabel(c.after.year)}: ${c.changes.length}`;
  const pct = (p: number | null | undefined) => (p === null || p === undefined ? '' : ` ${p >= 0 ? '+' : ''}${(p * 100).toFixed(1)}%`);
  const lines = c.changes.map(
    (ch) =>
      `${ch.where}: ${ch.before || '(empty)'} -> ${ch.after || '(empty)'}${ch.diff !== undefined ? ` (${ch.diff >= 0 ? '+' : ''}${ch.diff.toFixed(1)}${pct(ch.pct)})` : ''}`,
  );
  return [head, ...lines].join('\n');
}

/**
 * The plan as a backup file holds it, read from a private in-memory copy so the backup is never opened
 * for writing (and its WAL flag, which an in-memory copy cannot honour, is cleared in the copy).
 */
export function planInBackup(file: string, planId: number): PlanIn {
  const bytes = Buffer.from(fs.readFileSync(file));
  if (bytes.length > 19 && bytes[18] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  let copy: Db | null = null;
  try {
    copy = new Database(bytes, { ...sqliteBindingOption() });
    return exportPlan(copy, planId);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'NOT_FOUND') throw badRequest('That backup was made before this plan existed.', 'withBackup');
    throw badRequest(`That backup could not be read: ${(e as Error).message}`, 'withBackup');
  } finally {
    copy?.close();
  }
}

/** This plan now against the same plan in a backup. */
export function comparisonWithBackup(db: Db, planId: number, file: string, name: string): PlanComparison {
  const c = comparePlans(planInBackup(file, planId), exportPlan(db, planId));
  return { ...c, before: { ...c.before, label: `${c.before.label} (backup ${name})` } };
}
