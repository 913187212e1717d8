/**
 * Reads every budget sheet of a workbook: the part of an import that parses untrusted bytes, run in the
 * parser process (parse-isolated.ts). Every part is checked against the limits before exceljs sees it,
 * and the loaded workbook once more after.
 */
import type ExcelJS from 'exceljs';
import { ApiError, badRequest } from '../../shared/api/errors';
import { readWorkbook } from './read-workbook';
import { readBudgetSheet, type BudgetSheet } from './budget-sheet-reader';
import { SUMMARY_SHEET } from './budget-workbook';
import { checkWorkbookZip, MAX_COLUMNS, MAX_ROWS, MAX_SHEETS, unreadable } from './workbook-limits';
import { scanWorkbookParts } from './workbook-scan';
import { commentAuthors } from './workbook-parts';

export interface ReadBudgets {
  sheets: BudgetSheet[];
  other: string[];
}

export async function readBudgetWorkbook(buf: Buffer, fileName: string, planYear: number): Promise<ReadBudgets> {
  await checkWorkbookZip(buf, fileName);
  await scanWorkbookParts(buf, fileName);
  const wb = await readWorkbook(buf, fileName);
  checkLoaded(wb, fileName);
  const out: ReadBudgets = { sheets: [], other: [] };
  const authors = await commentAuthors(buf);
  try {
    for (const ws of wb.worksheets) {
      const s = ws.name === SUMMARY_SHEET ? null : readBudgetSheet(ws, planYear, authors.get(ws.name));
      if (s) out.sheets.push(s);
      else out.other.push(ws.name);
    }
  } catch (e) {
    if (e instanceof ApiError) throw e.message.includes(fileName) ? e : badRequest(`${fileName}: ${e.message}`);
    throw unreadable(fileName, `it is damaged or in a form Plan Editor cannot read (${String((e as Error)?.message).slice(0, 100)})`);
  }
  return out;
}

/** What exceljs made of the parts, against the same limits (a second line, should the scan miss a way). */
function checkLoaded(wb: ExcelJS.Workbook, fileName: string): void {
  if (wb.worksheets.length > MAX_SHEETS) throw unreadable(fileName, `it has more than ${MAX_SHEETS} sheets`);
  for (const ws of wb.worksheets) {
    // Rows and columns that hold something: empty trailing and styled-but-empty rows do not count.
    if (ws.actualRowCount > MAX_ROWS) throw unreadable(fileName, `sheet "${ws.name.slice(0, 40)}" has more than ${MAX_ROWS.toLocaleString('en-GB')} rows`);
    if (ws.actualColumnCount > MAX_COLUMNS)
      throw unreadable(fileName, `sheet "${ws.name.slice(0, 40)}" has more than ${MAX_COLUMNS.toLocaleString('en-GB')} columns`);
  }
}
