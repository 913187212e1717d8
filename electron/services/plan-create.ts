/** A new, empty unit plan laid out with the standard outline: sections, tables and their starting rows. */
import type { Db } from '../db/open';
import type { PlanHeader, PlanIn, PlanSummary, RowIn } from '../../shared/model/plan';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { emptyDoc } from '../../shared/model/richtext';
import { outlineForNewPlan } from '../../shared/model/standard-outline';
import { importPlan } from './plan-import';
import { getPlanSummary } from './plans';

export interface NewPlanArgs {
  header: PlanHeader;
  units: string[];
}

/** A new, empty unit plan laid out with the standard sections, one group of unit sections per unit. */
export function createPlan(db: Db, args: NewPlanArgs): PlanSummary {
  const plan: PlanIn = {
    kind: 'unit',
    header: args.header,
    sections: outlineForNewPlan(args.units).map((e) => ({
      title: e.title,
      level: e.level,
      blocks: e.tables?.length
        ? e.tables.map((k) => ({ kind: 'table' as const, tableKind: k, title: kindDef(k).title, meta: {}, rows: starterRows(k) }))
        : [{ kind: 'narrative' as const, doc: emptyDoc() }],
    })),
  };
  // Each unit's action table starts with its unit heading, and its budget carries the unit's name.
  let unit = '';
  for (const s of plan.sections) {
    if (s.level === 1) unit = s.title;
    for (const b of s.blocks) {
      if (b.kind === 'table' && b.tableKind === 'actions') b.rows = [{ role: 'unit', cells: { title: unit } }];
      if (b.kind === 'table' && b.tableKind === 'budget') b.meta = { unitName: unit };
    }
  }
  return getPlanSummary(db, importPlan(db, plan));
}

/** Budget tables start with their memorandum items, staffing with its externally funded line. */
function starterRows(kind: TableKind): RowIn[] {
  const memo = kindDef(kind).roles.find((r) => r.role === 'memo');
  return (memo?.fixedLabels ?? []).map((label) => ({ role: 'memo' as const, cells: { [kindDef(kind).labelColumn]: label } }));
}
