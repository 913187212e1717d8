/** Writing values into exceljs cells safely: text is always text, never a formula; figures get the plans' format. */
import type { Cell } from 'exceljs';
import { FIGURE_ALIGN, font } from './sheet-style';

/** Every cell we write has a complete font (a bold set later keeps the name and size: see sheet-style.ts). */
const named = (cell: Cell) => {
  if (!cell.font?.name) cell.font = font(cell.font ?? {});
};

/** One decimal, thousands separators, a minus sign on negatives (finance reads these as printed). */
export const FIGURE_FORMAT = '#,##0.0;-#,##0.0;0.0';

/** What Excel and LibreOffice would take for the start of a formula (or of a DDE call) when a cell is edited. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text is written as a string cell (never a formula) with the Text number format when it starts like a
 * formula, so a value such as "=HYPERLINK(...)", "+44 1622" or a leading tab stays text even when someone
 * edits the cell in Excel or LibreOffice.
 */
export function setText(cell: Cell, text: string): void {
  cell.value = toXString(text);
  named(cell);
  if (FORMULA_START.test(text)) cell.numFmt = '@';
}

/**
 * OOXML's escape for what XML would not keep: a raw carriage return is read back as a line feed, so it is
 * written "_x000D_" as Excel does, and text that already looks like an escape gets its underscore escaped.
 */
export const toXString = (s: string) => s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');

/** The reverse, for text read from a workbook (exceljs leaves the escapes in). */
export const fromXString = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function setFigure(cell: Cell, value: number | null | undefined): void {
  cell.value = typeof value === 'number' ? value : null;
  cell.numFmt = FIGURE_FORMAT;
  cell.alignment = FIGURE_ALIGN;
  named(cell);
}

export function setFormula(cell: Cell, formula: string, result: number | string | null): void {
  cell.value = { formula, result: result ?? undefined } as Cell['value'];
  named(cell);
  if (typeof result !== 'string') {
    cell.numFmt = FIGURE_FORMAT;
    cell.alignment = FIGURE_ALIGN;
  }
}

/**
 * Sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. An apostrophe
 * becomes a typographic one: exceljs does not escape it in print titles, which would break the file.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/'/g, '’')
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
