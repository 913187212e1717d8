/** Renders the check report as the text `plan-editor check` prints. */
import type { CheckReport } from '../services/check';

const fmt = (n: number | undefined) => (n === undefined ? '-' : n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

export function formatCheck(r: CheckReport): { text: string; problems: number } {
  const lines = [`Database integrity: ${r.integrity}; foreign key problems: ${r.foreignKeyProblems}`];
  let problems = (r.integrity === 'ok' ? 0 : 1) + r.foreignKeyProblems;
  for (const p of r.plans) {
    lines.push(`Plan ${p.planId} ${p.title}: ${p.tables} tables, ${p.rows} rows`);
    for (const t of p.totals) lines.push(`  ${t.table}: ${t.summary} ${fmt(t.controllable)}`);
    for (const m of p.mismatches) {
      lines.push(`  MISMATCH ${m.tableTitle} ${m.summaryLabel} ${m.column}: printed ${fmt(m.printed)}, computed ${fmt(m.computed)}`);
    }
    problems += p.mismatches.length;
  }
  lines.push(problems ? `${problems} problem(s) found.` : 'No problems found.');
  return { text: lines.join('\n'), problems };
}
