/**
 * Next year's plan from this year's, as a pure function over the plan (issue 15): years move on in the
 * title and section titles; "last year" columns take this year's figures (budgets, KPIs, staffing);
 * actions are carried all or only the open ones; what needs a look is listed as review marks. The service
 * (electron/services/roll-forward.ts) stores the result in one transaction.
 */
import type { PlanIn, RowIn } from '../model/plan';
import type { Cells, Deliverable } from '../model/columns';
import type { TableKind } from '../model/table-kinds';
import { withComputed } from './evaluate';
import { dueMonthIndex } from './date-as-written';
import { shiftAllYears, shiftFinancialYears } from './year-shift';

export type CarryActions = 'all' | 'open';
export interface RollOptions {
  actions: CarryActions;
  /** Move the years of carried deliverables' dates on by one ("March 2009" -> "March 2010"). Off unless asked. */
  shiftDates?: boolean;
}

/**
 * How each year column of a kind rolls: the column on the left takes the value the right one had this
 * year (null: starts empty). Columns not listed keep their value. Years come from table-kinds.ts.
 */
export const ROLL_COLUMNS: Partial<Record<TableKind, [string, string | null][]>> = {
  budget: [
    ['lastYearControllable', 'controllable'],
    ['lastYearFte', 'fte'],
  ],
  kpi: [
    ['actualLastYear', 'estimateThisYear'],
    ['estimateThisYear', 'targetNextYear'],
    ['targetNextYear', null],
  ],
  staffing: [['lastYear', 'thisYear']],
};

/** Sections whose content is carried as it was, to be read again: everything but budgets, KPIs, staffing. */
const RECHECKED: TableKind[] = ['budget', 'kpi', 'staffing', 'actions'];

/** A place in the new plan that needs the user's eye, by position (the new plan has no ids yet). */
export interface ReviewMark {
  section: number;
  /** For one row: its block and row positions in the section. */
  block?: number;
  row?: number;
  reason: string;
}

export interface RollResult {
  plan: PlanIn;
  review: ReviewMark[];
  /** Actions carried and dropped (their titles), and carried deliverables whose dates have passed. */
  actions: { carried: number; dropped: string[]; flagged: number };
}

/** First month of the new financial year, as dueMonthIndex counts: April of `newYear`. */
const startIndex = (newYear: number): number => newYear * 12 + 3;

/** Ongoing work is open whatever date it started: "Ongoing", "Sept 2008 onwards", "July 2008 then ongoing". */
const CONTINUING = /\bonwards?\b|\bon[\s-]?going\b/i;

export function isOpenDeliverable(d: Deliverable, newYear: number): boolean {
  const due = dueMonthIndex(d.target);
  return CONTINUING.test(d.target) || (due !== null && due >= startIndex(newYear));
}

export function hasPassed(d: Deliverable, newYear: number): boolean {
  const due = dueMonthIndex(d.target);
  return !CONTINUING.test(d.target) && due !== null && due < startIndex(newYear);
}

function rollCells(kind: TableKind, row: RowIn): Cells {
  const rules = ROLL_COLUMNS[kind];
  const cells = row.cells as Cells;
  if (!rules) return { ...cells };
  const now = withComputed(kind, row.role, cells);
  const out: Cells = { ...cells };
  for (const [to, from] of rules) {
    const v = from === null ? null : now[from];
    if (v === null || v === undefined) delete out[to];
    else out[to] = v;
  }
  // A KPI's new target is to fill: kept as an empty text, as the sample writes an unknown target.
  if (kind === 'kpi') out.targetNextYear = '';
  return out;
}

/** Carried action rows: units always; objectives with a carried action; actions all or only open ones. */
function rollActions(rows: RowIn[], newYear: number, opts: RollOptions, acc: RollResult['actions']): { rows: RowIn[]; flagged: number[] } {
  const keep: boolean[] = rows.map((r) => {
    if (r.role !== 'action') return true;
    const dels = ((r.cells as Cells).deliverables ?? []) as Deliverable[];
    const open = opts.actions === 'all' || dels.some((d) => isOpenDeliverable(d, newYear));
    if (!open) acc.dropped.push(String((r.cells as Cells).title ?? ''));
    return open;
  });
  // An objective whose actions were all dropped goes too, so no empty heading is left.
  rows.forEach((r, i) => {
    if (r.role !== 'objective' || opts.actions === 'all') return;
    let j = i + 1;
    let any = false;
    for (; j < rows.length && rows[j].role === 'action'; j++) any ||= keep[j];
    if (j > i + 1 && !any) keep[i] = false;
  });
  const out: RowIn[] = [];
  const flagged: number[] = [];
  rows.forEach((r, i) => {
    if (!keep[i]) return;
    const cells = { ...(r.cells as Cells) };
    if (r.role === 'action') {
      acc.carried += 1;
      const dels = (cells.deliverables ?? []) as Deliverable[];
      const passed = dels.filter((d) => hasPassed(d, newYear)).length;
      if (passed) {
        acc.flagged += passed;
        flagged.push(out.length);
      }
      if (opts.shiftDates) cells.deliverables = dels.map((d) => ({ ...d, target: shiftAllYears(d.target) }));
    }
    out.push({ role: r.role, cells });
  });
  return { rows: out, flagged };
}

/** Next year's plan: the same outline and content with years, figures and actions moved on. */
export function rollForward(plan: PlanIn, opts: RollOptions): RollResult {
  const newYear = plan.header.year + 1;
  const review: ReviewMark[] = [];
  const actions: RollResult['actions'] = { carried: 0, dropped: [], flagged: 0 };
  const sections = plan.sections.map((s, si) => {
    let reread = false;
    const blocks = s.blocks.map((b, bi) => {
      if (b.kind === 'narrative') {
        if (b.doc.content.length) reread = true;
        return { kind: 'narrative' as const, doc: b.doc };
      }
      // Printed totals belong to the document they were printed in, not to next year's figures.
      const { printedSummaries: _drop, ...meta } = b.meta ?? {};
      let rows: RowIn[];
      if (b.tableKind === 'actions') {
        const r = rollActions(b.rows, newYear, opts, actions);
        rows = r.rows;
        for (const row of r.flagged) review.push({ section: si, block: bi, row, reason: 'a deliverable’s target date has passed' });
      } else rows = b.rows.map((r) => ({ role: r.role, cells: rollCells(b.tableKind, r) }));
      if (!RECHECKED.includes(b.tableKind) && rows.length) reread = true;
      return { kind: 'table' as const, tableKind: b.tableKind, title: shiftFinancialYears(b.title), meta, rows };
    });
    if (reread) review.push({ section: si, reason: 'carried from last year' });
    return { title: shiftFinancialYears(s.title), level: s.level, blocks };
  });
  const header = { ...plan.header, year: newYear, title: shiftFinancialYears(plan.header.title) };
  return { plan: { kind: plan.kind, header, sections }, review, actions };
}
