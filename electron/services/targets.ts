/**
 * Targets of other plans (LAA outcomes, CYPP priorities and actions, Towards 2010, BVPIs, national
 * indicators, ASK units): the catalogue built from every plan in the database, and the reverse view,
 * every action and KPI of every plan that serves a target.
 */
import type { Db } from '../db/open';
import { catalogueFromPlan, parseLinks, type CatalogueTarget } from '../../shared/calc/target-catalogue';
import { planNumbers } from '../../shared/calc/numbering';
import type { PlanDocument } from '../../shared/model/plan';
import type { TargetUse } from '../../shared/api/contract';
import { getPlan, listPlans } from './plans';

const allPlans = (db: Db): PlanDocument[] => listPlans(db).map((p) => getPlan(db, p.id));

export function targetCatalogue(db: Db): CatalogueTarget[] {
  return catalogueFromPlan(allPlans(db));
}

export function targetUses(db: Db, key: string): TargetUse[] {
  const out: TargetUse[] = [];
  for (const doc of allPlans(db)) {
    const plan = doc.header.division || doc.header.title;
    const numbers = planNumbers(doc);
    let unit = '';
    for (const s of doc.sections) {
      if (s.level === 1) unit = s.title;
      const where = s.level === 2 ? `${unit} – ${s.title}` : s.title;
      for (const b of s.blocks) {
        if (b.kind !== 'table') continue;
        for (const r of b.rows) {
          if (b.tableKind === 'actions' && r.role === 'action' && ((r.cells.links as string[] | undefined) ?? []).some((l) => parseLinks(l).includes(key))) {
            out.push({
              kind: 'action',
              planId: doc.id,
              plan,
              sectionId: s.id,
              section: where,
              ref: numbers.get(r.id) ?? '',
              text: String(r.cells.title ?? ''),
            });
          }
          if (b.tableKind === 'kpi' && parseLinks(String(r.cells.category ?? '')).includes(key)) {
            out.push({
              kind: 'kpi',
              planId: doc.id,
              plan,
              sectionId: s.id,
              section: where,
              ref: String(r.cells.category ?? ''),
              text: String(r.cells.indicator ?? ''),
            });
          }
        }
      }
    }
  }
  return out;
}
