/**
 * Budget workbooks for finance: one sheet per unit plus a summary sheet whose figures are formulas over
 * the unit sheets, or a single unit's sheet. The workbook asks Excel and LibreOffice to recalculate on load.
 */
import ExcelJS from 'exceljs';
import { exportFileName } from '../../shared/format/file-names';
import type { PlanDocument } from '../../shared/model/plan';
import { budgetSummary, SUMMARY_COLUMNS, type UnitBudget } from '../../shared/calc/budget-summary';
import { columnDef } from '../../shared/model/table-kinds';
import { fyLabel } from '../../shared/calc/financial-year';
import { badRequest } from '../../shared/api/errors';
import { writeBudgetSheet } from './budget-layout';
import type { TableSheetLayout } from './table-sheet';
import { newWorkbook } from './workbook';
import { setFigure, setFormula, setText, sheetName } from './cells';
import { TEXT_ALIGN, fitRow, font, headingWidth, planHeaderFooter } from './sheet-style';

export const SUMMARY_SHEET = 'Budget summary';

export interface BudgetExportOptions {
  /** Only this unit (its section title or table unit name, case-insensitive). */
  unit?: string;
}

export function budgetWorkbook(doc: PlanDocument, opts: BudgetExportOptions = {}): ExcelJS.Workbook {
  const summary = budgetSummary(doc);
  const want = opts.unit?.trim().toLowerCase();
  const units = want ? summary.units.filter((u) => u.unit.toLowerCase() === want || u.unitName.toLowerCase() === want) : summary.units;
  if (want && !units.length) throw badRequest(`No budget for a unit called "${opts.unit}". Units: ${summary.units.map((u) => u.unit).join(', ')}.`, 'unit');
  if (!units.length) throw badRequest('This plan has no budget tables to export.');
  const wb = newWorkbook(`${doc.header.division} budgets ${fyLabel(doc.header.year)}`);
  const taken = new Set<string>();
  if (!want) taken.add(SUMMARY_SHEET.toLowerCase());
  const summarySheet = want ? null : wb.addWorksheet(SUMMARY_SHEET);
  const layouts = units.map((u) => writeBudgetSheet(wb, sheetName(u.unit, taken), doc.header, u));
  if (summarySheet) writeSummary(summarySheet, doc, units, layouts, summary.grand);
  return wb;
}

export async function budgetWorkbookBuffer(doc: PlanDocument, opts: BudgetExportOptions = {}): Promise<Buffer> {
  return Buffer.from(await budgetWorkbook(doc, opts).xlsx.writeBuffer());
}

/** "Standards and Achievement Division budgets 2008-09.xlsx", or the unit's name for one unit. */
export function budgetFileName(doc: PlanDocument, unit?: string): string {
  return exportFileName(doc.header, unit ? `${unit} budget` : 'budgets', 'xlsx');
}

const ref = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`;

function writeSummary(
  ws: ExcelJS.Worksheet,
  doc: PlanDocument,
  units: UnitBudget[],
  layouts: TableSheetLayout[],
  grand: ReturnType<typeof budgetSummary>['grand'],
): void {
  setText(ws.getCell('A1'), `${doc.header.directorate.toUpperCase()} ${fyLabel(doc.header.year)} BUDGET`);
  setText(ws.getCell('A2'), doc.header.division);
  setText(ws.getCell('A3'), `Revenue budget summary ${fyLabel(doc.header.year)} (£000s)`);
  ws.getCell('A1').font = font({ bold: true, size: 12 });
  ws.getCell('A2').font = font({ bold: true, size: 11 });
  ws.getCell('A3').font = font({ bold: true, size: 12 });
  const heads = ['Unit', ...SUMMARY_COLUMNS.map((c) => columnDef('budget', c)!.heading), "Total Cost of Unit £000's"];
  heads.forEach((h, i) => setText(ws.getCell(5, i + 1), i === 1 ? `${h} ${fyLabel(doc.header.year - 1)}` : h));
  const head = ws.getRow(5);
  head.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  units.forEach((u, i) => {
    const r = 6 + i;
    const l = layouts[i];
    setText(ws.getCell(r, 1), u.unit);
    ws.getCell(r, 1).alignment = TEXT_ALIGN;
    SUMMARY_COLUMNS.forEach((c, j) => setFormula(ws.getCell(r, j + 2), ref(l.sheet, `${l.colOf(c)}${l.summaryRows.controllableTotals}`), u.totals[c]));
    setFormula(ws.getCell(r, SUMMARY_COLUMNS.length + 2), ref(l.sheet, `${l.colOf('controllable')}${l.summaryRows.totalCostOfUnit}`), u.totalCost);
  });
  const g = 6 + units.length;
  setText(ws.getCell(g, 1), 'Total');
  ws.getCell(g, 1).alignment = TEXT_ALIGN;
  const last = SUMMARY_COLUMNS.length + 2;
  for (let c = 2; c <= last; c++) {
    const letter = ws.getColumn(c).letter;
    const result = c === last ? grand.totalCost : grand.totals[SUMMARY_COLUMNS[c - 2]];
    setFormula(ws.getCell(g, c), `SUM(${letter}6:${letter}${g - 1})`, result);
  }
  ws.getRow(g).eachCell((cell) => (cell.font = font({ bold: true })));
  ws.getColumn(1).width = 34;
  for (let c = 2; c <= last; c++) ws.getColumn(c).width = headingWidth(heads[c - 1], 14);
  for (let r = 5; r <= g; r++) fitRow(ws, r, last);
  for (let r = 6; r <= g; r++) for (let c = 2; c <= last; c++) if (ws.getCell(r, c).value === null) setFigure(ws.getCell(r, c), null);
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 5 }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' };
  ws.headerFooter = planHeaderFooter(doc.header, SUMMARY_SHEET);
}
