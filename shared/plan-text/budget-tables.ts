/**
 * Revenue budget tables ("Advisory Service Kent - X"). Lines store only typed columns: gross and
 * controllable are computed by the app from employee/running/contracts and income, so the printed
 * figures of the totals rows are kept in meta.printedSummaries for the checks to compare against.
 */
import { kindDef } from '../model/table-kinds';
import { parseNumber, plain } from './html-cells';
import { rowsOf } from './table-rows';
import { table, type BlockIn, type RowIn } from './types';

/** The printed column order of every budget table (the seed's heading row, 12 columns). */
const PRINTED = kindDef('budget').columns.map((c) => c.id);
const MEMO_LABELS = ['Central Overheads', 'Directorate Overheads', 'Capital Charges'];
const SUMMARY_ROWS: Record<string, string> = { 'Controllable Totals': 'controllableTotals', 'Total Cost of Unit': 'totalCostOfUnit' };
const COMPUTED = new Set(
  kindDef('budget')
    .columns.filter((c) => c.computed)
    .map((c) => c.id),
);

function numbers(cells: string[], ids: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const n = parseNumber(cells[PRINTED.indexOf(id)] ?? '');
    if (n !== undefined) out[id] = n;
  }
  return out;
}

export interface BudgetTable {
  unitName: string;
  block: BlockIn;
}

/**
 * One budget table from the lines after its "### Advisory Service Kent - X" heading. The seed's
 * two heading rows ("2007-08 ... 2008-09", column names) and "Memorandum Items" are layout only.
 */
export function budgetTable(unitName: string, lines: string[]): BudgetTable {
  const rows: RowIn[] = [];
  const printedSummaries: Record<string, Record<string, number>> = {};
  const numericIds = PRINTED.filter((id) => id !== 'activity' && id !== 'cabinetMember');
  for (const cells of rowsOf(lines)) {
    const activity = plain(cells[PRINTED.indexOf('activity')] ?? '');
    if (!activity || activity === 'Activity' || activity === 'Memorandum Items') continue;
    if (SUMMARY_ROWS[activity]) {
      printedSummaries[SUMMARY_ROWS[activity]] = numbers(cells, numericIds);
    } else if (MEMO_LABELS.includes(activity)) {
      rows.push({ role: 'memo', cells: { activity, ...numbers(cells, ['lastYearControllable', 'controllable']) } });
    } else {
      const cabinetMember = plain(cells[PRINTED.indexOf('cabinetMember')] ?? '');
      const typed = numbers(
        cells,
        numericIds.filter((id) => !COMPUTED.has(id)),
      );
      const { lastYearControllable, lastYearFte, ...thisYear } = typed;
      // Cells in the kind's column order; blank figures are left out (the app reads them as 0).
      const ordered = { lastYearControllable, lastYearFte, activity, ...thisYear, cabinetMember };
      const cellsOut = Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== undefined)) as RowIn['cells'];
      rows.push({ role: 'line', cells: cellsOut });
    }
  }
  if (rows.filter((r) => r.role === 'memo').length !== 3) throw new Error(`${unitName}: expected 3 memorandum rows`);
  return { unitName, block: table('budget', 'Revenue Budget', rows, { unitName, printedSummaries }) };
}

/** Every budget table of the seed, keyed by unit name, each from its heading to the next blank-line gap. */
export function budgetTables(all: string[]): Map<string, BudgetTable> {
  const out = new Map<string, BudgetTable>();
  all.forEach((line, i) => {
    const m = /^###\s+(Advisory Service Kent - .+?)\s*$/.exec(line);
    if (!m) return;
    const body: string[] = [];
    for (let j = i + 1; j < all.length && !all[j].startsWith('#'); j++) body.push(all[j]);
    out.set(m[1], budgetTable(m[1], body));
  });
  return out;
}
