/** Writing values into exceljs cells safely: text is always text, never a formula; figures get the plans' format. */
import type { Cell } from 'exceljs';

/** One decimal, thousands separators, a minus sign on negatives (finance reads these as printed). */
export const FIGURE_FORMAT = '#,##0.0;-#,##0.0;0.0';

/**
 * Text is written as a string cell with the Text number format, so a value such as "=HYPERLINK(...)" or
 * "+44 1622" is shown as typed and never evaluated by Excel or LibreOffice.
 */
export function setText(cell: Cell, text: string): void {
  cell.value = text;
  if (/^[=+\-@\t\r]/.test(text)) cell.numFmt = '@';
}

export function setFigure(cell: Cell, value: number | null | undefined): void {
  cell.value = typeof value === 'number' ? value : null;
  cell.numFmt = FIGURE_FORMAT;
}

export function setFormula(cell: Cell, formula: string, result: number | string | null): void {
  cell.value = { formula, result: result ?? undefined } as Cell['value'];
  if (typeof result !== 'string') cell.numFmt = FIGURE_FORMAT;
}

/**
 * Sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. An apostrophe
 * becomes a typographic one: exceljs does not escape it in print titles, which would break the file.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/'/g, '’').replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
