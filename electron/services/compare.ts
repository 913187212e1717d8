/**
 * Comparing a plan with another plan (by default the one it was rolled forward from) or with a named
 * version: loads both sides in the exchange form and hands them to the pure comparison.
 */
import type { Db } from '../db/open';
import { badRequest } from '../../shared/api/errors';
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
  const lines = c.changes.map((ch) => `${ch.where}: ${ch.before || '(empty)'} -> ${ch.after || '(empty)'}${ch.diff !== undefined ? ` (${ch.diff >= 0 ? '+' : ''}${ch.diff.toFixed(1)}${pct(ch.pct)})` : ''}`);
  return [head, ...lines].join('\n');
}
