/**
 * The plan's budget summary: one line per unit with its totals, and the plan's grand total. Derived from
 * the budget tables; the same figures drive the summary view and the workbook's summary sheet.
 */
import type { Block, PlanDocument } from '../model/plan';
import { summaryRows } from './summaries';
import { addTenths } from './evaluate';

type TableBlock = Extract<Block, { kind: 'table' }>;

export const SUMMARY_COLUMNS = ['lastYearControllable', 'fte', 'gross', 'externalIncome', 'internalIncome', 'controllable'] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

export interface UnitBudget {
  /** The unit's section title ("Secondary"), or the table's unit name where it has no unit section. */
  unit: string;
  unitName: string;
  block: TableBlock;
  totals: Record<SummaryColumn, number>;
  /** Total cost of unit: controllable totals plus memorandum items. */
  totalCost: number;
  lastYearTotalCost: number;
}

/** Every budget table of the plan in document order, with the level-1 section it sits under. */
export function budgetTables(doc: PlanDocument): { unit: string; block: TableBlock }[] {
  const out: { unit: string; block: TableBlock }[] = [];
  let unit = '';
  for (const s of doc.sections) {
    if (s.level === 1) unit = s.title;
    for (const b of s.blocks) if (b.kind === 'table' && b.tableKind === 'budget') out.push({ unit, block: b });
  }
  return out;
}

export function budgetSummary(doc: PlanDocument): { units: UnitBudget[]; grand: Omit<UnitBudget, 'unit' | 'unitName' | 'block'> } {
  const units = budgetTables(doc).map(({ unit, block }) => {
    const [totals, withMemo] = summaryRows('budget', block.rows);
    return {
      unit,
      unitName: block.meta.unitName ?? unit,
      block,
      totals: Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, totals.cells[c]])) as Record<SummaryColumn, number>,
      totalCost: withMemo.cells.controllable,
      lastYearTotalCost: withMemo.cells.lastYearControllable,
    };
  });
  const sum = (f: (u: UnitBudget) => number) => addTenths(units.map(f));
  return {
    units,
    grand: {
      totals: Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, sum((u) => u.totals[c])])) as Record<SummaryColumn, number>,
      totalCost: sum((u) => u.totalCost),
      lastYearTotalCost: sum((u) => u.lastYearTotalCost),
    },
  };
}
