/**
 * Compares budget sheets read from a workbook with the plan's budget tables, in the user's terms: which
 * cells changed (old and new value), which lines were added (and where) or removed, whether the order
 * changed, which figures finance typed over the app's formulas (shown with what the plan computes, not
 * imported), and the comments finance left (a line's comments become its notes). Only columns present on
 * the sheet are compared, so a deleted column clears nothing.
 */
import type { PlanDocument, Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import { columnDef, kindDef, roleDef } from '../../shared/model/table-kinds';
import { budgetTables } from '../../shared/calc/budget-summary';
import { summaryRows } from '../../shared/calc/summaries';
import { withComputed } from '../../shared/calc/evaluate';
import type { BudgetImportPreview, CellDiff, SheetComment, TypedOver, UnitDiff } from '../../shared/model/budget-import';
import type { BudgetSheet, SheetLine } from './budget-sheet-reader';
import { matchLines, nameKey } from './budget-match';

const same = (a: CellValue | undefined, b: CellValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const NOTES = kindDef('budget').columns.find((c) => c.note)!.id;
const LABEL_COLUMN = kindDef('budget').labelColumn;

/**
 * A line's notes as its comments give them: the label cell's comment as written (it is where the notes are
 * exported), others with their column and, where the comment names one, their author.
 */
export function notesFromComments(comments: SheetComment[]): string | null {
  const parts = [...comments]
    .sort((a, b) => Number(b.column === LABEL_COLUMN) - Number(a.column === LABEL_COLUMN))
    .map((c) => (c.column === LABEL_COLUMN ? c.text : `${c.heading || c.cell}: ${c.text}${c.author ? ` (${c.author})` : ''}`));
  return parts.length ? parts.join('\n') : null;
}

/** The line's cells as the workbook gives them (notes from its comments), over what the sheet does not show. */
function sheetCells(row: Row | null, line: SheetLine, columns: string[]): Record<string, CellValue> {
  const held = roleDef('budget', row?.role ?? 'line')!.columns;
  const out: Record<string, CellValue> = { ...(row?.cells ?? {}) };
  for (const c of columns) if (held.includes(c)) out[c] = line.cells[c] ?? null;
  if (held.includes(NOTES)) out[NOTES] = notesFromComments(line.comments);
  return out;
}

function compare(row: Row, now: Record<string, CellValue>, out: CellDiff[]): void {
  for (const c of roleDef('budget', row.role)!.columns) {
    if (!(c in now) || same(row.cells[c], now[c])) continue;
    out.push({
      rowId: row.id,
      activity: String(row.cells.activity ?? ''),
      column: c,
      heading: columnDef('budget', c)!.heading,
      old: row.cells[c] ?? null,
      new: now[c],
    });
  }
}

/** Typed-over cells that differ from what the plan computes there (words always differ). */
function typedOver(
  rowId: number | null,
  activity: string,
  typed: Record<string, number | string>,
  computed: Record<string, unknown>,
  sheetRow: number,
  cols: (id: string) => string,
): TypedOver[] {
  return Object.entries(typed)
    .filter(([c, v]) => typeof computed[c] === 'number' && (typeof v === 'string' || Math.abs(v - (computed[c] as number)) >= 0.05))
    .map(([c, v]) => ({
      rowId,
      activity,
      cell: `${cols(c)}${sheetRow}`,
      column: c,
      heading: columnDef('budget', c)!.heading,
      typed: v,
      computed: computed[c] as number,
    }));
}

/** Comments not already in the plan's notes (an unchanged workbook carries the notes back as comments). */
const newComments = (row: Row | null, line: SheetLine) => line.comments.filter((c) => !(row && String(row.cells[NOTES] ?? '').includes(c.text)));

export function diffUnit(sheet: BudgetSheet, unit: string, blockId: number, rows: Row[]): UnitDiff {
  const lines = rows.filter((r) => r.role === 'line');
  const m = matchLines(lines, sheet.lines);
  const diff: UnitDiff = {
    unit,
    sheet: sheet.sheet,
    blockId,
    changes: [],
    added: [],
    removed: [],
    order: m.order,
    orderNames: m.order ? m.pairs.map((p) => String(p.line.cells.activity ?? p.row?.cells.activity ?? '')) : [],
    typedOver: [],
    comments: [],
    notices: m.notices,
  };
  const after: Row[] = [];
  m.pairs.forEach(({ line, row }, at) => {
    const cells = sheetCells(row, line, sheet.columns);
    const activity = String(cells.activity ?? '');
    if (row) compare(row, cells, diff.changes);
    else diff.added.push({ activity, cells: Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== null && v !== '')), at });
    diff.typedOver.push(
      ...typedOver(row?.id ?? null, activity, line.typed, withComputed('budget', 'line', cells), line.sheetRow, (c) => sheet.letters[c] ?? ''),
    );
    diff.comments.push(...newComments(row, line).map((c) => ({ ...c, kept: true })));
    after.push({ id: row?.id ?? -1 - at, role: 'line', cells });
  });
  diff.removed = m.removed.map((r) => ({ rowId: r.id, activity: String(r.cells.activity ?? '') }));
  for (const memo of rows.filter((r) => r.role === 'memo')) {
    const m2 = sheet.memos.find((l) => nameKey(l.cells.activity) === nameKey(memo.cells.activity));
    const cells = m2 ? sheetCells(memo, m2, sheet.columns) : memo.cells;
    if (m2) compare(memo, cells, diff.changes);
    if (m2) diff.comments.push(...m2.comments.map((c) => ({ ...c, kept: false })));
    after.push({ ...memo, cells });
  }
  const totals = summaryRows('budget', after);
  for (const s of sheet.summaries) {
    const t = totals.find((x) => x.id === s.id)!;
    diff.typedOver.push(...typedOver(null, t.label, s.typed, t.cells, s.sheetRow, (c) => sheet.letters[c] ?? ''));
  }
  diff.comments.push(...sheet.otherComments.map((c) => ({ ...c, kept: false })));
  return diff;
}

export function diffBudgets(doc: PlanDocument, sheets: BudgetSheet[], fileName: string): BudgetImportPreview {
  const tables = budgetTables(doc);
  const units: UnitDiff[] = [];
  const ignoredSheets: string[] = [];
  for (const sheet of sheets) {
    const titles = new Set(sheet.titles.map(nameKey));
    const match = tables.find((t) => titles.has(nameKey(t.block.meta.unitName))) ?? tables.find((t) => nameKey(t.unit) === nameKey(sheet.sheet));
    if (!match || units.some((u) => u.blockId === match.block.id)) {
      ignoredSheets.push(sheet.sheet);
      continue;
    }
    units.push(diffUnit(sheet, match.unit, match.block.id, match.block.rows));
  }
  return { fileName, units, ignoredSheets };
}
