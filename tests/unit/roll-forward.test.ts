/**
 * Next year's plan from the sample (issue 15): the pure roll checked against the seed's printed figures,
 * and the service that stores it with its "to review" marks.
 */
import { describe, expect, it } from 'vitest';
import { rollForward, isOpenDeliverable } from '../../shared/calc/roll-forward';
import { shiftAllYears, shiftFinancialYears } from '../../shared/calc/year-shift';
import { sampleDb } from './sample-db';
import { rollForwardPlan, reviewList, tickReview, rolledFrom } from '../../electron/services/roll-forward';
import { getPlan } from '../../electron/services/plans';
import { updateCell } from '../../electron/services/rows';
import { listVersions } from '../../electron/services/versions';
import type { Block, PlanDocument } from '../../shared/model/plan';
import type { Deliverable } from '../../shared/model/columns';

type Table = Extract<Block, { kind: 'table' }>;
const tables = (doc: { sections: { title: string; blocks: unknown[] }[] }, kind: string) =>
  doc.sections.flatMap((s) => (s.blocks as Table[]).filter((b) => b.kind === 'table' && b.tableKind === kind));
const secondaryBudget = (doc: PlanDocument | ReturnType<typeof rollForward>['plan']) =>
  tables(doc as PlanDocument, 'budget').find((b) => b.meta.unitName === 'Advisory Service Kent - Secondary')!;

describe('years in text', () => {
  it('moves financial years on, whatever way they are written', () => {
    expect(shiftFinancialYears('Annual Business Unit Operational Plan 2008/9')).toBe('Annual Business Unit Operational Plan 2009/10');
    expect(shiftFinancialYears('Plan 2008/09')).toBe('Plan 2009/10');
    expect(shiftFinancialYears('Budget 2008-09')).toBe('Budget 2009-10');
    expect(shiftFinancialYears('Kent Agreement 2008-2011')).toBe('Kent Agreement 2008-2011');
    expect(shiftAllYears('March 2009')).toBe('March 2010');
    expect(shiftAllYears('31/03/09')).toBe('31/03/10');
  });
});

describe('rolling the sample forward', () => {
  const { doc } = sampleDb();
  const plan = doc();
  const all = rollForward(plan, { actions: 'all' });
  const open = rollForward(plan, { actions: 'open' });

  it('moves the year and the year in the title', () => {
    expect(all.plan.header.year).toBe(2009);
    expect(all.plan.header.title).toBe('Annual Business Unit Operational Plan 2009/10');
    // No title, section or table title still carries 2008/9 or 2008/09.
    const titles = [
      all.plan.header.title,
      ...all.plan.sections.map((s) => s.title),
      ...all.plan.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.title] : []))),
    ];
    expect(titles.filter((t) => /2008\/0?9|2008-09/.test(t))).toEqual([]);
  });

  it("gives each Secondary line's last-year columns this year's controllable expenditure and FTE", () => {
    const before = secondaryBudget(plan).rows.filter((r) => r.role === 'line');
    const after = secondaryBudget(all.plan).rows.filter((r) => r.role === 'line');
    // The seed's 2008-09 controllable expenditure per line (gross plus incomes as printed).
    expect(after.map((r) => r.cells.lastYearControllable)).toEqual([1126.2, 456.5, 0, 102.4, 1504.5]);
    expect(after.map((r) => r.cells.lastYearFte)).toEqual([19.6, 6, 0, 0, 19]);
    // This year's lines start as this year's figures.
    expect(after.map((r) => [r.cells.employee, r.cells.running, r.cells.externalIncome])).toEqual(
      before.map((r) => [r.cells.employee, r.cells.running, r.cells.externalIncome]),
    );
    // Memorandum items carried, last year taking this year's.
    const memo = secondaryBudget(all.plan).rows.filter((r) => r.role === 'memo');
    expect(memo.map((r) => [r.cells.activity, r.cells.lastYearControllable, r.cells.controllable])).toEqual([
      ['Central Overheads', 34.3, 34.3],
      ['Directorate Overheads', 55.9, 55.9],
      ['Capital Charges', undefined, undefined],
    ]);
    expect(secondaryBudget(all.plan).meta).toEqual({ unitName: 'Advisory Service Kent - Secondary' });
  });

  it('shifts KPIs: actual <- estimate, estimate <- target, target empty', () => {
    const kpi = tables(all.plan as PlanDocument, 'kpi')[0].rows;
    expect(kpi[0].cells).toMatchObject({ category: 'BVPI 41 – KS2', actualLastYear: '77%', estimateThisYear: '80%', targetNextYear: '' });
    expect(kpi[2].cells).toMatchObject({ actualLastYear: '73%', estimateThisYear: '82%', targetNextYear: '' });
    expect(kpi[8].cells).toMatchObject({ actualLastYear: '65%', estimateThisYear: '66%' });
  });

  it('gives staffing’s earlier year the later one', () => {
    const st = tables(all.plan as PlanDocument, 'staffing')[0].rows;
    expect(st.map((r) => [r.cells.lastYear, r.cells.thisYear])).toEqual([
      [199.7, 199.7],
      [105.6, 105.6],
      [87.9, 87.9],
    ]);
  });

  it('carries every action, or only the open ones, flagging passed dates', () => {
    const count = (p: typeof all.plan) =>
      tables(p as PlanDocument, 'actions')
        .flatMap((b) => b.rows)
        .filter((r) => r.role === 'action').length;
    expect(count(all.plan)).toBe(128);
    expect(all.actions.dropped).toEqual([]);
    const openActions = tables(open.plan as PlanDocument, 'actions')
      .flatMap((b) => b.rows)
      .filter((r) => r.role === 'action');
    expect(openActions.length).toBe(open.actions.carried);
    expect(open.actions.carried + open.actions.dropped.length).toBe(128);
    expect(open.actions.dropped.length).toBeGreaterThan(0);
    // Every carried action has a deliverable due from April 2009 or ongoing; every dropped one has none.
    for (const a of openActions) expect((a.cells.deliverables as Deliverable[]).some((d) => isOpenDeliverable(d, 2009))).toBe(true);
    const droppedRows = tables(plan, 'actions')
      .flatMap((b) => b.rows)
      .filter((r) => r.role === 'action' && open.actions.dropped.includes(String(r.cells.title)));
    for (const a of droppedRows) expect(((a.cells.deliverables ?? []) as Deliverable[]).some((d) => isOpenDeliverable(d, 2009))).toBe(false);
    // Units are all kept; dates as written are unchanged unless asked.
    expect(
      tables(open.plan as PlanDocument, 'actions')
        .flatMap((b) => b.rows)
        .filter((r) => r.role === 'unit').length,
    ).toBe(5);
    const targets = (p: typeof all.plan) =>
      tables(p as PlanDocument, 'actions')
        .flatMap((b) => b.rows)
        .flatMap((r) => ((r.cells.deliverables ?? []) as Deliverable[]).map((d) => d.target));
    const asWritten = targets(all.plan);
    expect(asWritten.filter((t) => t === 'March 2009').length).toBe(97);
    const shifted = targets(rollForward(plan, { actions: 'all', shiftDates: true }).plan);
    expect(shifted.filter((t) => t === 'March 2010').length).toBe(97);
    expect(shifted.filter((t) => t === 'End of terms 2, 4 and 6 2010').length).toBe(4);
    expect(all.actions.flagged).toBeGreaterThan(0);
    expect(all.review.filter((m) => m.row !== undefined).length).toBeGreaterThan(0);
  });

  it('marks carried narrative and tables for review, not budgets or KPIs alone', () => {
    const marked = all.review.filter((m) => m.row === undefined).map((m) => all.plan.sections[m.section].title);
    expect(marked).toContain('Purpose of the Service');
    expect(marked).toContain('Risks');
    expect(marked).toContain('Lead Roles');
    expect(marked).toContain('Consultation Exercises, Satisfaction Surveys, Reviews');
    expect(marked).toContain('Corporate Environmental Performance and Climate Change Adaptation');
    expect(marked).not.toContain('Revenue Budget');
  });
});

describe('the roll-forward service', () => {
  it('stores the new plan, where it came from, and review marks that clear on edit or tick', () => {
    const { db, planId } = sampleDb();
    const made = rollForwardPlan(db, planId, { actions: 'open' });
    expect(made.header.year).toBe(2009);
    expect(rolledFrom(db, made.id)).toBe(planId);
    expect(listVersions(db, planId).map((v) => v.name.replace(/\d{4}-\d{2}-\d{2}$/, 'DATE'))).toEqual(['Next year’s plan started (2009/10), DATE']);
    const doc = getPlan(db, made.id);
    expect(secondaryBudget(doc).rows[0].cells.lastYearControllable).toBe(1126.2);
    const marks = reviewList(db, made.id);
    expect(marks.every((m) => !m.done)).toBe(true);
    const risks = marks.find((m) => m.section === 'Risks')!;
    const riskRow = tables(doc, 'risks')[0].rows[0];
    updateCell(db, riskRow.id, 'impact', 3);
    const purpose = marks.find((m) => m.section === 'Purpose of the Service')!;
    tickReview(db, purpose.id, true);
    const after = reviewList(db, made.id);
    expect(after.find((m) => m.id === risks.id)).toMatchObject({ done: true, how: 'edited' });
    expect(after.find((m) => m.id === purpose.id)).toMatchObject({ done: true, how: 'ticked' });
    expect(after.filter((m) => m.done).length).toBe(2);
    const flagged = after.filter((m) => m.rowId !== null);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((m) => m.blockId !== null)).toBe(true);
  });
});
