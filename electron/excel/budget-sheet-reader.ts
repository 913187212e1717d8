/**
 * Reads a budget sheet in our layout back, tolerating what finance does to a sheet: columns moved (found
 * by their heading, the year row above telling last year's FTE and controllable columns from this year's),
 * blank rows, lines added or deleted, the hidden line-reference column gone.
 */
import type ExcelJS from 'exceljs';
import { kindDef } from '../../shared/model/table-kinds';
import { fyBudgetHeading } from '../../shared/calc/financial-year';
import { parseCellText } from '../../shared/format/cell-input';
import { badRequest } from '../../shared/api/errors';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import { cellRaw, cellText } from './read-workbook';
import { LINE_ID_HEADING, MEMO_HEADING } from './budget-sheet';

export interface SheetLine {
  id: number | null;
  sheetRow: number;
  cells: Record<string, CellValue>;
}

export interface BudgetSheet {
  sheet: string;
  titles: string[];
  /** Columns found on the sheet (only these are compared). */
  columns: string[];
  lines: SheetLine[];
  memos: SheetLine[];
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const ENDS_LINES = new Set(['controllable totals', norm(MEMO_HEADING), 'total cost of unit']);

function findHeadingRow(ws: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 40); r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= Math.min(row.cellCount, 60); c++) if (norm(cellText(row.getCell(c).value)) === 'activity') return r;
  }
  return null;
}

/** Maps sheet column numbers to budget column ids by heading, using the year row above for duplicates. */
function mapColumns(ws: ExcelJS.Worksheet, headingRow: number, planYear: number): { byCol: Map<number, ColumnDef>; idCol: number | null } {
  // Computed columns are read too: memorandum items hold their controllable figure as typed.
  const inputs = kindDef('budget').columns;
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

function readCell(col: ColumnDef, v: ExcelJS.CellValue, where: string): CellValue {
  const raw = cellRaw(v);
  if (typeof raw === 'number' && (col.type === 'money' || col.type === 'fte')) return Math.round(raw * 10) / 10;
  const parsed = parseCellText(col, raw === null ? '' : String(raw));
  if (!parsed.ok) throw badRequest(`${where}: ${parsed.message}. Nothing was changed.`);
  return parsed.value;
}

export function readBudgetSheet(ws: ExcelJS.Worksheet, planYear: number): BudgetSheet | null {
  const headingRow = findHeadingRow(ws);
  if (!headingRow) return null;
  const { byCol, idCol } = mapColumns(ws, headingRow, planYear);
  const ids = [...byCol.values()].map((c) => c.id);
  if (!ids.includes('activity') || !ids.some((id) => kindDef('budget').columns.find((c) => c.id === id)?.type === 'money')) return null;
  const activityCol = [...byCol].find(([, c]) => c.id === 'activity')![0];
  const titles = Array.from({ length: headingRow - 1 }, (_, i) => cellText(ws.getRow(i + 1).getCell(1).value)).filter(Boolean);
  const out: BudgetSheet = { sheet: ws.name, titles, columns: ids, lines: [], memos: [] };
  let region: 'lines' | 'memos' | 'done' = 'lines';
  for (let r = headingRow + 1; r <= ws.rowCount && region !== 'done'; r++) {
    const row = ws.getRow(r);
    const label = norm(cellText(row.getCell(activityCol).value));
    if (label === norm(MEMO_HEADING)) { region = 'memos'; continue; }
    if (label === 'total cost of unit') { region = 'done'; continue; }
    if (ENDS_LINES.has(label)) { region = 'memos'; continue; }
    const cells: Record<string, CellValue> = {};
    for (const [c, col] of byCol) {
      if (col.computed && region === 'lines') continue; // a line's gross and controllable are the app's to compute
      const v = readCell(col, row.getCell(c).value, `Sheet "${ws.name}", row ${r}, ${col.heading}`);
      if (v !== null && v !== '') cells[col.id] = v;
    }
    if (!Object.keys(cells).length) continue; // a blank row
    const rawId = idCol ? cellRaw(row.getCell(idCol).value) : null;
    const line = { id: typeof rawId === 'number' && Number.isInteger(rawId) ? rawId : null, sheetRow: r, cells };
    (region === 'lines' ? out.lines : out.memos).push(line);
  }
  return out;
}
