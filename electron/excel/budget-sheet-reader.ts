/**
 * Reads a budget sheet in our layout back, tolerating what finance does to a sheet: columns moved (found
 * by their heading, the year row above telling last year's FTE and controllable columns from this year's),
 * blank rows, lines added, deleted or sorted, the hidden line-reference column gone or left behind by a
 * sort. Besides the figures it keeps what must not vanish unseen: numbers typed over the app's formulas
 * (a line's gross, a total) and cell comments.
 */
import type ExcelJS from 'exceljs';
import { kindDef } from '../../shared/model/table-kinds';
import { fyBudgetHeading } from '../../shared/calc/financial-year';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import type { SheetComment } from '../../shared/model/budget-import';
import { cellText } from './read-workbook';
import { LINE_ID_HEADING, MEMO_HEADING } from './budget-layout';
import { cellComment, isFormula, readCell, typedValue } from './budget-cell-reader';

export interface SheetLine {
  id: number | null;
  sheetRow: number;
  cells: Record<string, CellValue>;
  /** Computed columns holding a number typed over the app's formula. */
  typed: Record<string, number | string>;
  comments: SheetComment[];
}

/** A totals row (Controllable Totals, Total Cost of Unit) and what was typed over its formulas. */
export interface SheetSummary {
  id: 'controllableTotals' | 'totalCostOfUnit';
  sheetRow: number;
  typed: Record<string, number | string>;
}

export interface BudgetSheet {
  sheet: string;
  titles: string[];
  /** Columns found on the sheet (only these are compared). */
  columns: string[];
  /** Each of those columns' letter on the sheet, for naming cells in the review. */
  letters: Record<string, string>;
  lines: SheetLine[];
  memos: SheetLine[];
  summaries: SheetSummary[];
  /** Comments on cells that are not a line's or a memorandum item's (totals, headings). */
  otherComments: SheetComment[];
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const SUMMARY_LABELS: Record<string, SheetSummary['id']> = { 'controllable totals': 'controllableTotals', 'total cost of unit': 'totalCostOfUnit' };

function findHeadingRow(ws: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 40); r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= Math.min(row.cellCount, 60); c++) if (norm(cellText(row.getCell(c).value)) === 'activity') return r;
  }
  return null;
}

/** Maps sheet column numbers to budget column ids by heading, using the year row above for duplicates. */
function mapColumns(ws: ExcelJS.Worksheet, headingRow: number, planYear: number): { byCol: Map<number, ColumnDef>; idCol: number | null } {
  const inputs = kindDef('budget').columns.filter((c) => !c.note);
  const byCol = new Map<number, ColumnDef>();
  const used = new Set<string>();
  let idCol: number | null = null;
  const row = ws.getRow(headingRow);
  for (let c = 1; c <= row.cellCount; c++) {
    const h = norm(cellText(row.getCell(c).value));
    if (!h) continue;
    if (h === norm(LINE_ID_HEADING)) idCol = c;
    const candidates = inputs.filter((col) => norm(col.heading) === h && !used.has(col.id));
    if (!candidates.length) continue;
    const year = headingRow > 1 ? cellText(ws.getRow(headingRow - 1).getCell(c).value) : '';
    const pick =
      candidates.find((col) => col.year !== undefined && year === fyBudgetHeading(planYear + col.year)) ??
      candidates.sort((a, b) => (a.year ?? 0) - (b.year ?? 0))[0];
    byCol.set(c, pick);
    used.add(pick.id);
  }
  return { byCol, idCol };
}

/** `authors`: who wrote each cell's comment, by address (exceljs does not read them; workbook-parts.ts does). */
export function readBudgetSheet(ws: ExcelJS.Worksheet, planYear: number, authors = new Map<string, string>()): BudgetSheet | null {
  const headingRow = findHeadingRow(ws);
  if (!headingRow) return null;
  const { byCol, idCol } = mapColumns(ws, headingRow, planYear);
  const ids = [...byCol.values()].map((c) => c.id);
  if (!ids.includes('activity') || !ids.some((id) => kindDef('budget').columns.find((c) => c.id === id)?.type === 'money')) return null;
  const activityCol = [...byCol].find(([, c]) => c.id === 'activity')![0];
  const titles = Array.from({ length: headingRow - 1 }, (_, i) => cellText(ws.getRow(i + 1).getCell(1).value)).filter(Boolean);
  const letters = Object.fromEntries([...byCol].map(([c, col]) => [col.id, ws.getColumn(c).letter]));
  const out: BudgetSheet = { sheet: ws.name, titles, columns: ids, letters, lines: [], memos: [], summaries: [], otherComments: [] };
  const memoCols = kindDef('budget').roles.find((r) => r.role === 'memo')!.columns;
  let region: 'title' | 'lines' | 'memos' | 'done' = 'title';
  // Rows as written: a sheet LibreOffice saved after a deletion ends with an empty row 1,048,576.
  ws.eachRow((row, r) => {
    if (r === headingRow) region = 'lines';
    const comments = rowComments(row, byCol, activityCol, authors);
    const label = norm(cellText(row.getCell(activityCol).value));
    const summary = SUMMARY_LABELS[label];
    if (region === 'title' || region === 'done' || r === headingRow || label === norm(MEMO_HEADING) || summary) {
      if (summary && region !== 'done') out.summaries.push({ id: summary, sheetRow: r, typed: typedCells(row, byCol, (c) => !!c.total) });
      if (label === norm(MEMO_HEADING) || summary === 'controllableTotals') region = 'memos';
      if (summary === 'totalCostOfUnit') region = 'done';
      out.otherComments.push(...comments);
      return;
    }
    const memo = region === 'memos';
    const cells: Record<string, CellValue> = {};
    for (const [c, col] of byCol) {
      // A line's computed columns are the app's; a memorandum item holds its controllable figure as typed.
      if (memo ? !memoCols.includes(col.id) : col.computed) continue;
      const v = readCell(col, row.getCell(c), `Sheet "${ws.name}", row ${r}`);
      if (v !== null && v !== '') cells[col.id] = v;
    }
    const typed = memo ? {} : typedCells(row, byCol, (c) => !!c.computed);
    const id = idCol ? lineRef(row.getCell(idCol).value) : null;
    // A line with a reference is a line even when blank (a blank line exported unchanged).
    if (!Object.keys(cells).length && !Object.keys(typed).length && !comments.length && id === null) return;
    (memo ? out.memos : out.lines).push({ id, sheetRow: r, cells, typed, comments });
  });
  return out;
}

function lineRef(v: ExcelJS.CellValue): number | null {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** Numbers typed where the workbook had one of the app's formulas (the cell now holds a plain value). */
function typedCells(row: ExcelJS.Row, byCol: Map<number, ColumnDef>, which: (c: ColumnDef) => boolean): Record<string, number | string> {
  const typed: Record<string, number | string> = {};
  for (const [c, col] of byCol) {
    if (!which(col)) continue;
    const cell = row.getCell(c);
    if (isFormula(cell.value)) continue;
    const n = typedValue(col, cell);
    if (n !== null) typed[col.id] = n;
  }
  return typed;
}

function rowComments(row: ExcelJS.Row, byCol: Map<number, ColumnDef>, activityCol: number, authors: Map<string, string>): SheetComment[] {
  const out: SheetComment[] = [];
  row.eachCell((cell, c) => {
    const note = cellComment(cell);
    if (!note) return;
    const col = byCol.get(c);
    // exceljs (our own export) names every author "Author": that says nothing.
    const author = note.author || [authors.get(cell.address)].find((a) => a && a !== 'Author') || '';
    out.push({ cell: cell.address, column: col?.id ?? null, heading: col?.heading ?? '', activity: cellText(row.getCell(activityCol).value), ...note, author });
  });
  return out;
}
