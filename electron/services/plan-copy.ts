/** Duplicating a plan: the same content under new stable ids (a copy is another plan, never merged with its original). */
import type { Db } from '../db/open';
import type { PlanSummary } from '../../shared/model/plan';
import { exportPlan, importPlan } from './plan-import';
import { getPlanSummary } from './plans';

export function duplicatePlan(db: Db, planId: number): PlanSummary {
  const p = exportPlan(db, planId);
  const fresh = {
    kind: p.kind,
    header: { ...p.header, title: `${p.header.title || 'Plan'} (copy)`.slice(0, 300) },
    sections: p.sections.map(({ uuid: _s, ...s }) => ({
      ...s,
      blocks: s.blocks.map(({ uuid: _b, ...b }) => (b.kind === 'table' ? { ...b, rows: b.rows.map(({ uuid: _r, ...r }) => r) } : b)),
    })),
  };
  return getPlanSummary(db, importPlan(db, fresh));
}
