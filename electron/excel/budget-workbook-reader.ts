/** Reads every budget sheet of a workbook (the part of an import that parses untrusted bytes). */
import { readWorkbook } from './read-workbook';
import { readBudgetSheet, type BudgetSheet } from './budget-sheet-reader';
import { SUMMARY_SHEET } from './budget-workbook';

export interface ReadBudgets {
  sheets: BudgetSheet[];
  other: string[];
}

export async function readBudgetWorkbook(buf: Buffer, fileName: string, planYear: number): Promise<ReadBudgets> {
  const wb = await readWorkbook(buf, fileName);
  const out: ReadBudgets = { sheets: [], other: [] };
  for (const ws of wb.worksheets) {
    const s = ws.name === SUMMARY_SHEET ? null : readBudgetSheet(ws, planYear);
    if (s) out.sheets.push(s);
    else out.other.push(ws.name);
  }
  return out;
}
