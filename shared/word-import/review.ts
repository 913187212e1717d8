/**
 * What the Word import shows before it creates a plan, and how the CLI prints it. The same shape goes
 * over the API (shared/api/contract.ts) to the app's review dialog.
 */
import type { PlanHeader } from '../model/plan';
import type { TableKind } from '../model/table-kinds';
import { kindDef } from '../model/table-kinds';

export interface WordTotal {
  summary: string;
  column: string;
  computed: number;
  printed: number;
}

export interface WordTableReview {
  section: string;
  title: string;
  kind: TableKind;
  rows: number;
  /** Action tables: how many actions (numbered by position: unit, objective, action). */
  actions?: number;
  /** Budgets: each total printed in the document beside the one Plan Editor computes from the lines. */
  totals: WordTotal[];
}

export interface WordReview {
  fileName: string;
  header: PlanHeader;
  sections: { title: string; level: 1 | 2; tables: number; narrative: number }[];
  tables: WordTableReview[];
  /** Tables not recognised as any kind (or whose rows a kind's reader refused): kept as narrative. */
  unrecognised: { section: string; what: string; why: string }[];
  notes: string[];
}

const fmt = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const agree = (t: WordTotal) => Math.round(t.computed * 10) === Math.round(t.printed * 10);

/** Totals that disagree with the document (to one decimal, as printed). */
export const totalMismatches = (r: WordReview): WordTotal[] => r.tables.flatMap((t) => t.totals.filter((x) => !agree(x)));

/** The review as the CLI prints it: a few lines a person can check against the document. */
export function reviewText(r: WordReview): string[] {
  const h = r.header;
  const out = [
    `${r.fileName}: "${h.title || '(no title found)'}" ${h.year}, ${h.directorate || '(no directorate found)'} / ${h.division || '(no division found)'}`,
    `  Cabinet Member: ${h.cabinetMember || '-'}; Director: ${h.director || '-'}; Plan contact: ${h.planContact || '-'}`,
    `Sections found: ${r.sections.length}`,
    ...r.sections.map((s) => `  ${s.level === 2 ? '  ' : ''}${s.title}${s.tables ? ` (${s.tables} table${s.tables > 1 ? 's' : ''})` : ''}`),
    `Tables recognised: ${r.tables.length}`,
  ];
  for (const t of r.tables) {
    out.push(`  ${kindDef(t.kind).title} — ${t.title} in "${t.section}": ${t.rows} rows${t.actions !== undefined ? `, ${t.actions} actions` : ''}`);
    const main = t.totals.filter((x) => x.column === 'controllable');
    for (const x of main) out.push(`    ${x.summary}: computed ${fmt(x.computed)}, printed ${fmt(x.printed)}${agree(x) ? '' : '  <- differs'}`);
  }
  const bad = totalMismatches(r);
  out.push(bad.length ? `Totals differing from the document: ${bad.length}` : 'Every printed total agrees with the computed total.');
  out.push(`Not recognised (kept as narrative): ${r.unrecognised.length}`);
  for (const u of r.unrecognised) out.push(`  ${u.what} in "${u.section}": ${u.why}`);
  return out;
}
