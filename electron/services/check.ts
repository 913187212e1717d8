/** The integrity and arithmetic report behind `plan-editor check`. */
import type { Db } from '../db/open';
import { planMismatches, type TotalMismatch } from '../../shared/calc/printed-totals';
import { summaryRows } from '../../shared/calc/summaries';
import { getPlan, listPlans } from './plans';

export interface PlanCheck {
  planId: number;
  title: string;
  tables: number;
  rows: number;
  totals: { table: string; summary: string; controllable?: number; total?: number }[];
  mismatches: TotalMismatch[];
}

export interface CheckReport {
  integrity: string;
  foreignKeyProblems: number;
  plans: PlanCheck[];
}

export function checkDatabase(db: Db): CheckReport {
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const plans = listPlans(db).map((p) => {
    const doc = getPlan(db, p.id);
    const tables = doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    const totals = tables.flatMap((t) =>
      t.kind === 'table' && t.tableKind === 'budget'
        ? summaryRows(t.tableKind, t.rows).map((s) => ({ table: t.meta.unitName ?? t.title, summary: s.label, controllable: s.cells.controllable }))
        : [],
    );
    return {
      planId: p.id,
      title: [p.header.division, p.header.title].filter(Boolean).join(': '),
      tables: tables.length,
      rows: tables.reduce((n, t) => n + (t.kind === 'table' ? t.rows.length : 0), 0),
      totals,
      mismatches: planMismatches(doc),
    };
  });
  return { integrity, foreignKeyProblems, plans };
}
