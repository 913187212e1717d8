/**
 * Word import (issue 16) with a document we did not write: the seed plan converted to .docx by pandoc
 * (tests/support/seed-docx.ts). Read through the real call and the real reader process: the five budgets
 * come in with the seed's printed totals, the action tables with the seed conversion's rows and numbering,
 * the header fields from the title page; applying creates the plan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { tempDb, SEED_UNIT_HEADER } from '../support/fixtures';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { configureDocxReader } from '../../electron/word/docx-isolated';
import { getPlan } from '../../electron/services/plans';
import { readWordPlan } from '../../shared/word-import/word-plan';
import { reviewText, totalMismatches, type WordReview } from '../../shared/word-import/review';
import { actionNumbers } from '../../shared/calc/numbering';
import { summaryRows } from '../../shared/calc/summaries';
import type { ExchangeFile, PlanSummary, Row } from '../../shared/model/plan';
import { seedDocx, SEED_000 } from '../support/seed-docx';

const WORKER = path.resolve('dist/node/docx-worker.cjs');
const sample = JSON.parse(fs.readFileSync('assets/sample-plan.json', 'utf8')) as ExchangeFile;
const unitPlan = sample.plans.find((p) => p.kind === 'unit')!;
const tablesOf = (sections: { blocks: unknown[] }[], kind: string) =>
  sections
    .flatMap(
      (s) =>
        s.blocks as {
          kind: string;
          tableKind?: string;
          meta?: { unitName?: string; printedSummaries?: Record<string, Record<string, number>> };
          rows: { role: string; cells: Record<string, unknown> }[];
        }[],
    )
    .filter((b) => b.kind === 'table' && b.tableKind === kind);
const withIds = (rows: { role: string; cells: Record<string, unknown> }[]) => rows.map((r, id) => ({ ...r, id }) as Row);
/** Every action-table row of a plan as "number title-start", numbered as the app numbers them. */
function numbered(sections: { blocks: unknown[] }[]): string[] {
  const rows = withIds(tablesOf(sections, 'actions').flatMap((t) => t.rows));
  const n = actionNumbers(rows);
  return rows.map((r) => `${n.get(r.id)} ${String(r.cells.title).slice(0, 40)}`);
}

let docx: Buffer;
let html: string;

beforeAll(async () => {
  if (!fs.existsSync(WORKER)) throw new Error('run npm run build first: the Word reader process is dist/node/docx-worker.cjs');
  configureDocxReader({ script: WORKER });
  docx = seedDocx(fs.readFileSync(SEED_000, 'utf8'));
  html = (await mammoth.convertToHtml({ buffer: docx })).value;
}, 60_000);

describe('reading the seed plan as pandoc wrote it in Word', () => {
  it('finds the title page fields', () => {
    const { plan } = readWordPlan(html, 'seed.docx', 2026);
    expect(plan.header).toEqual(SEED_UNIT_HEADER);
  });

  it("reads the five budgets with totals equal to the seed's printed totals", () => {
    const { plan, review } = readWordPlan(html, 'seed.docx', 2026);
    const budgets = tablesOf(plan.sections, 'budget');
    const seedBudgets = tablesOf(unitPlan.sections, 'budget');
    expect(budgets.map((b) => b.meta?.unitName).sort()).toEqual(seedBudgets.map((b) => b.meta?.unitName).sort());
    for (const b of budgets) {
      const seed = seedBudgets.find((s) => s.meta?.unitName === b.meta?.unitName)!;
      expect(b.rows).toEqual(seed.rows);
      const computed = Object.fromEntries(summaryRows('budget', withIds(b.rows)).map((s) => [s.id, s.cells.controllable]));
      expect(computed.controllableTotals).toBeCloseTo(seed.meta!.printedSummaries!.controllableTotals.controllable, 6);
      expect(computed.totalCostOfUnit).toBeCloseTo(seed.meta!.printedSummaries!.totalCostOfUnit.controllable, 6);
    }
    const secondary = review.tables.find((t) => t.title === 'Advisory Service Kent - Secondary')!;
    expect(secondary.totals.filter((t) => t.column === 'controllable')).toEqual([
      { summary: 'Controllable Totals', column: 'controllable', computed: 3189.6, printed: 3189.6 },
      { summary: 'Total Cost of Unit', column: 'controllable', computed: 3279.8, printed: 3279.8 },
    ]);
    expect(totalMismatches(review)).toEqual([]);
  });

  it("reads the action tables with the seed conversion's rows and numbering", () => {
    const { plan, review } = readWordPlan(html, 'seed.docx', 2026);
    expect(review.tables.filter((t) => t.kind === 'actions').map((t) => t.actions)).toEqual([39, 27, 17, 23, 22]);
    const got = numbered(plan.sections);
    expect(got).toEqual(numbered(unitPlan.sections));
    expect(got.slice(0, 3)).toEqual(['1 Early Years', '1.1 Raise standards in care and education an', '1.1.1 Support and challenge schools, settings ']);
    expect(got).toContain('5.6.10 Organise a series evening seminars on is');
  });

  it('recognises every other table kind and lists the sections found', () => {
    const { review } = readWordPlan(html, 'seed.docx', 2026);
    const kinds = review.tables.map((t) => t.kind);
    for (const k of ['kpi', 'nationalIndicators', 'leadRoles', 'risks', 'consultations', 'staffing', 'envObjectives', 'envAdaptation'])
      expect(kinds).toContain(k);
    expect(review.unrecognised).toEqual([]);
    expect(review.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Purpose of the Service', 'Risks', 'Lead Roles', 'Staffing']));
    // Each unit from its "UNIT n:" heading, its budget moved under it from the directorate's budget pages.
    const units = ['Early Years & Childcare', 'Primary', 'Secondary', 'Professional Development', 'Improvement Partnerships'];
    for (const [i, unit] of units.entries()) {
      const at = review.sections.findIndex((s) => s.title === unit && s.level === 1);
      expect(
        review.sections.slice(at + 1, at + 3).map((s) => `${s.level} ${s.title} ${s.tables}`),
        unit,
      ).toEqual(['2 Revenue Budget 1', '2 Projects, Developments & Key Actions 1']);
      const budget = review.tables.filter((t) => t.kind === 'budget')[i];
      expect(budget.title).toBe(`Advisory Service Kent - ${unit === 'Early Years & Childcare' ? 'Early Years' : unit}`);
    }
    const text = reviewText(review).join('\n');
    expect(text).toContain('Controllable Totals: computed 3,189.6, printed 3,189.6');
    expect(text).toContain('Every printed total agrees with the computed total.');
  });

  it('keeps a table it does not know as narrative and lists it', () => {
    const doc =
      '<p>Plan for Testing 2010/11</p><h1>Odds</h1><table><tr><td><p>Colour</p></td><td><p>Count</p></td></tr><tr><td><p>Blue</p></td><td><p>3</p></td></tr></table>';
    const { plan, review } = readWordPlan(doc, 'odd.docx', 2026);
    expect(review.unrecognised).toEqual([{ section: 'Odds', what: 'a table under "Odds" (2 rows)', why: 'its heading row is not one Plan Editor knows' }]);
    expect(JSON.stringify(plan.sections[0].blocks)).toContain('Blue | 3');
    expect(plan.header.year).toBe(2010);
  });
});

describe('the import call', () => {
  it('reviews, then creates the plan on apply, in the reader process', async () => {
    const { db } = tempDb();
    const dispatch = makeDispatch(makeHandlers(db), () => {});
    const arg = { fileName: 'Standards plan.docx', dataBase64: docx.toString('base64') };
    const preview = await dispatch('previewWordImport', arg);
    expect(preview.ok && (preview.result as WordReview).tables.length).toBe(18);
    const applied = await dispatch('importWordPlan', arg);
    if (!applied.ok) throw new Error(applied.error.message);
    const { plan } = applied.result as { plan: PlanSummary };
    const doc = getPlan(db, plan.id);
    expect(doc.header.title).toBe('Annual Business Unit Operational Plan 2008/9');
    const budgets = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table' && b.tableKind === 'budget');
    expect(budgets).toHaveLength(5);
    const totals = budgets.map((b) => (b.kind === 'table' ? summaryRows('budget', b.rows).find((s) => s.id === 'totalCostOfUnit')!.cells.controllable : 0));
    expect(totals.sort((a, b) => a - b)).toEqual([3032.7, 3279.8, 3612.0, 4751.9, 5925.3]);
  }, 60_000);
});
