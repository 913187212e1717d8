/**
 * The one way into our Excel code: every workbook the app writes and the budget import it reads. Callers
 * (the handler table, the CLI) import from here; exceljs and the sheet layouts stay details behind it.
 */
export { budgetFileName, budgetWorkbook, budgetWorkbookBuffer, type BudgetExportOptions } from './budget-workbook';
export { planFileName, planTables, planWorkbook, planWorkbookBuffer, tableWorkbookFile } from './plan-workbook';
export { directorateWorkbookBuffer } from './directorate-workbook';
export { changeReportBuffer } from './change-report';
export { previewBudgetImport } from './budget-import';
