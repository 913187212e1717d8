/**
 * Compares budget sheets read from a workbook with the plan's budget tables: which cells changed (old and
 * new value), which lines were added and which removed. Lines are matched by their hidden reference, then
 * by activity name; only columns present on the sheet are compared, so a deleted column clears nothing.
 */
import type { PlanDocument, Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import { columnDef, roleDef } from '../../shared/model/table-kinds';
import { budgetTables } from '../../shared/calc/budget-summary';
import type { BudgetImportPreview, CellDiff, UnitDiff } from '../../shared/model/budget-import';
import type { BudgetSheet, SheetLine } from './budget-sheet-reader';

const same = (a: CellValue | undefined, b: CellValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const key = (s: unknown) => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

function compare(row: Row, line: SheetLine, columns: string[], out: CellDiff[]): void {
  const held = roleDef('budget', row.role)!.columns;
  for (const c of columns) {
    if (!held.includes(c)) continue;
    const old = row.cells[c] ?? null;
    const now = line.cells[c] ?? null;
    if (!same(old, now)) out.push({ rowId: row.id, activity: String(row.cells.activity ?? ''), column: c, heading: columnDef('budget', c)!.heading, old, new: now });
  }
}

export function diffBudgets(doc: PlanDocument, sheets: BudgetSheet[], fileName: string): BudgetImportPreview {
  const tables = budgetTables(doc);
  const units: UnitDiff[] = [];
  const ignoredSheets: string[] = [];
  for (const sheet of sheets) {
    const titles = new Set(sheet.titles.map(key));
    const match = tables.find((t) => titles.has(key(t.block.meta.unitName))) ?? tables.find((t) => key(t.unit) === key(sheet.sheet));
    if (!match || units.some((u) => u.blockId === match.block.id)) {
      ignoredSheets.push(sheet.sheet);
      continue;
    }
    const lines = match.block.rows.filter((r) => r.role === 'line');
    const unmatched = new Map(lines.map((r) => [r.id, r]));
    const diff: UnitDiff = { unit: match.unit, sheet: sheet.sheet, blockId: match.block.id, changes: [], added: [], removed: [] };
    const byRef = sheet.lines.filter((l) => l.id !== null && unmatched.has(l.id));
    const rest = sheet.lines.filter((l) => !byRef.includes(l));
    for (const l of byRef) {
      if (!unmatched.has(l.id!)) {
        rest.push(l); // a copied row carrying the same reference is a new line
        continue;
      }
      compare(unmatched.get(l.id!)!, l, sheet.columns, diff.changes);
      unmatched.delete(l.id!);
    }
    for (const l of rest) {
      const byName = [...unmatched.values()].find((r) => key(r.cells.activity) === key(l.cells.activity));
      if (byName) {
        compare(byName, l, sheet.columns, diff.changes);
        unmatched.delete(byName.id);
      } else diff.added.push({ activity: String(l.cells.activity ?? ''), cells: l.cells });
    }
    diff.removed = [...unmatched.values()].map((r) => ({ rowId: r.id, activity: String(r.cells.activity ?? '') }));
    for (const m of sheet.memos) {
      const row = match.block.rows.find((r) => r.role === 'memo' && key(r.cells.activity) === key(m.cells.activity));
      if (row) compare(row, m, sheet.columns, diff.changes);
    }
    units.push(diff);
  }
  return { fileName, units, ignoredSheets };
}
