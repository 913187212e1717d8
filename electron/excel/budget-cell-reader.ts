/**
 * One cell of a budget sheet as Excel or LibreOffice wrote it: shared or inline strings, rich text,
 * numbers stored as text ("1,047.0", "(25.0)"), numbers shown as dates (kept as the number), formulas with
 * cached results of any type (t="str" included), and the cell's comment with its author where one is given.
 */
import type ExcelJS from 'exceljs';
import { parseCellText } from '../../shared/format/cell-input';
import { badRequest } from '../../shared/api/errors';
import type { CellValue, ColumnDef } from '../../shared/model/columns';
import { isNumericType } from '../../shared/model/columns';
import { cellRaw } from './read-workbook';
import { fromXString } from './cells';

/** Excel's serial for a date (days since 1899-12-30), as exceljs turns a date-formatted number into a Date. */
const serial = (d: Date) => Math.round((d.getTime() / 86_400_000 + 25_569) * 1e6) / 1e6;

export const isFormula = (v: ExcelJS.CellValue): boolean => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** The cell's value as its column holds it, or a refusal naming the sheet, row and column. */
export function readCell(col: ColumnDef, cell: ExcelJS.Cell, where: string): CellValue {
  let raw = cellRaw(cell.value);
  const v = isFormula(cell.value) ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value;
  // A figure finance formatted as a date is still the number it holds.
  if (v instanceof Date && isNumericType(col.type)) raw = serial(v);
  if (typeof raw === 'number' && (col.type === 'money' || col.type === 'fte')) return Math.round(raw * 10) / 10;
  const parsed = parseCellText(col, raw === null ? '' : String(raw));
  if (!parsed.ok) throw badRequest(`${where}, ${parsed.message}. Nothing was changed.`);
  return parsed.value;
}

/**
 * What was typed into a computed column's cell: a number, or the words themselves (the plan computes the
 * cell, so words there refuse nothing, but they are shown); null when the cell is blank.
 */
export function typedValue(col: ColumnDef, cell: ExcelJS.Cell): number | string | null {
  if (!isNumericType(col.type)) return null;
  try {
    const v = readCell(col, cell, '');
    return typeof v === 'number' ? v : null;
  } catch {
    const text = cellRaw(cell.value);
    return text === null ? null : String(text).trim().slice(0, 200) || null;
  }
}

/**
 * A cell's comment: its text, and its author when the comment names one. Excel writes the author as a
 * bold first run "Name:"; LibreOffice keeps it only in the comments part, which exceljs does not expose.
 */
export function cellComment(cell: ExcelJS.Cell): { author: string; text: string } | null {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (!note) return null;
  if (typeof note === 'string') return note.trim() ? { author: '', text: fromXString(note).trim() } : null;
  const runs = note.texts ?? [];
  let author = '';
  let from = 0;
  if (runs.length > 1 && runs[0].font?.bold && /:\s*$/.test(runs[0].text)) {
    author = runs[0].text.replace(/:\s*$/, '').trim();
    from = 1;
  }
  const text = fromXString(
    runs
      .slice(from)
      .map((t) => t.text)
      .join(''),
  )
    .replace(/\r\n?/g, '\n')
    .trim();
  return text ? { author, text } : null;
}
