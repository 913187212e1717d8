/** Renders the check report as the text `plan-editor check` prints. */
import type { CheckReport } from '../services/check';
import { count, unitSummary, type BudgetImportPreview } from '../../shared/model/budget-import';
import type { CellValue } from '../../shared/model/columns';

const fmt = (n: number | undefined) => (n === undefined ? '-' : n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

export function formatCheck(r: CheckReport): { text: string; problems: number } {
  const lines = [`Database integrity: ${r.integrity}; foreign key problems: ${r.foreignKeyProblems}`];
  let problems = (r.integrity === 'ok' ? 0 : 1) + r.foreignKeyProblems;
  for (const p of r.plans) {
    lines.push(`Plan ${p.planId} ${p.title}: ${count(p.tables, 'table')}, ${count(p.rows, 'row')}`);
    for (const t of p.totals) lines.push(`  ${t.table}: ${t.summary} ${fmt(t.controllable)}`);
    for (const m of p.mismatches) {
      lines.push(`  MISMATCH ${m.tableTitle} ${m.summaryLabel} ${m.column}: printed ${fmt(m.printed)}, computed ${fmt(m.computed)}`);
    }
    problems += p.mismatches.length;
  }
  lines.push(problems ? `${count(problems, 'problem')} found.` : 'No problems found.');
  return { text: lines.join('\n'), problems };
}

const show = (v: CellValue) => (typeof v === 'number' ? fmt(v) : v === null ? '(blank)' : JSON.stringify(v));

/** The import review as text: each changed cell with old and new value, added and removed lines, the new order, typed-over formulas, comments. */
export function formatPreview(p: BudgetImportPreview): string {
  const lines = [`${p.fileName}:`];
  for (const u of p.units) {
    lines.push(`${u.unit} (sheet "${u.sheet}"): ${unitSummary(u)}`);
    for (const n of u.notices) lines.push(`  note     ${n}`);
    for (const c of u.changes) lines.push(`  changed  ${c.activity} | ${c.heading}: ${show(c.old)} -> ${show(c.new)}`);
    for (const a of u.added) lines.push(`  added    ${a.activity} (line ${a.at + 1})`);
    for (const r of u.removed) lines.push(`  removed  ${r.activity}`);
    if (u.order) lines.push(`  order    lines in the workbook's order (${count(u.order.length, 'line')})`);
    for (const t of u.typedOver)
      lines.push(
        `  typed    ${t.cell} ${t.activity} | ${t.heading}: typed ${typeof t.typed === 'number' ? fmt(t.typed) : JSON.stringify(t.typed)}, the plan computes ${fmt(t.computed)} (not imported)`,
      );
    for (const c of u.comments) lines.push(`  comment  ${c.cell} ${c.activity}${c.author ? ` (${c.author})` : ''}: ${c.text}`);
  }
  if (p.ignoredSheets.length) lines.push(`Not budget sheets of this plan (ignored): ${p.ignoredSheets.join(', ')}`);
  return lines.join('\n');
}
