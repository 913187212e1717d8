import { test, expect } from './fixtures';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recalculatedSheets } from '../support/libreoffice';

const SECONDARY = 'Advisory Service Kent - Secondary';

test.beforeEach(async ({ app }) => {
  await app.openSection('Secondary');
});

test('editing an employee cost updates gross, controllable and every total, and is saved', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  await budget.cell(0, 'employee').edit('1,000.0');
  await expect(budget.cell(0, 'employee').locator).toHaveText('1,000.0');
  await expect(budget.cell(0, 'gross').locator).toHaveText('1,341.8');
  await expect(budget.cell(0, 'controllable').locator).toHaveText('1,181.8');
  await expect(budget.totals('Controllable Totals').cell('controllable').locator).toHaveText('3,245.2');
  await expect(budget.totals('Total Cost of Unit').cell('controllable').locator).toHaveText('3,335.4');
  await page.reload();
  await app.openSection('Secondary');
  await expect(budget.totals('Total Cost of Unit').cell('controllable').locator).toHaveText('3,335.4');
});

test('a value that is not a number is refused with a message and nothing is stored', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  await budget.cell(1, 'running').type('lots');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('"lots" is not a number');
  await expect(budget.cell(1, 'running').locator).toHaveText('47.0');
  await expect(budget.totals('Controllable Totals').cell('controllable').locator).toHaveText('3,189.6');
});

test('paste a 3 x 4 block from a spreadsheet, then undo it in one step', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  await budget.cell(1, 'fte').click();
  // FTE, employee, running, contracts for lines 2-4, as Excel puts them on the clipboard
  await budget.paste('7.0\t£1,000.0\t(10.0)\t5\n1.5\t200\t-20.0\t0\n2\t1,116.9\t30\t\n');
  await expect(page.getByRole('status')).toHaveText('Pasted 12 cells.');
  await expect(budget.cell(1, 'employee').locator).toHaveText('1,000.0');
  await expect(budget.cell(1, 'running').locator).toHaveText('-10.0');
  await expect(budget.cell(2, 'fte').locator).toHaveText('1.5');
  await expect(budget.cell(3, 'employee').locator).toHaveText('1,116.9');
  await expect(budget.cell(3, 'contracts').locator).toHaveText('');
  // gross of line 2 = 1000 - 10 + 5; controllable totals follow
  await expect(budget.cell(1, 'gross').locator).toHaveText('995.0');
  await expect(budget.totals('Controllable Totals').cell('controllable').locator).toHaveText('4,952.6');
  await budget.cell(0, 'activity').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText(/^Undone: \d rows of Advisory Service Kent - Secondary\.$/);
  await expect(budget.cell(1, 'employee').locator).toHaveText('409.5');
  await expect(budget.cell(3, 'employee').locator).toHaveText('0.0');
  await expect(budget.totals('Controllable Totals').cell('controllable').locator).toHaveText('3,189.6');
  await page.keyboard.press('Control+y');
  await expect(budget.totals('Controllable Totals').cell('controllable').locator).toHaveText('4,952.6');
});

test('a paste with a word where a figure belongs is refused whole', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  await budget.cell(0, 'employee').click();
  await budget.paste('100\t200\nabc\t300\n');
  await expect(page.getByRole('status')).toContainText('Row 2, column 1');
  await expect(budget.cell(0, 'employee').locator).toHaveText('944.4');
  await expect(budget.totals('Controllable Totals').cell('controllable').locator).toHaveText('3,189.6');
});

test('export to Excel: the workbook read back and recalculated holds the app totals; an edited copy imports for review', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  await budget.cell(0, 'employee').edit('1000');
  await expect(budget.totals('Total Cost of Unit').cell('controllable').locator).toHaveText('3,335.4');

  await app.openSection('Budget summary');
  await expect(page.getByTestId('grand-total')).toHaveText('20,657.3');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all budgets to Excel…' }).click()]);
  expect(download.suggestedFilename()).toBe('Standards and Achievement Division budgets 2008-09.xlsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-xlsx-'));
  const file = path.join(dir, 'budgets.xlsx');
  await download.saveAs(file);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Secondary')!;
  const totalRow = (ws.getColumn(3).values as unknown[]).indexOf('Total Cost of Unit');
  expect((ws.getCell(`K${totalRow}`).value as ExcelJS.CellFormulaValue).result).toBe(3335.4);
  const sheets = await recalculatedSheets(file);
  expect(Number(sheets.Secondary.find((r) => r[2] === 'Total Cost of Unit')![10])).toBeCloseTo(3335.4, 6);
  expect(Number(sheets['Budget summary'].find((r) => r[0] === 'Total')![7])).toBeCloseTo(20657.3, 6);

  // Finance edits two cells and sends it back.
  ws.getCell('F9').value = 50; // Senior secondary advisers, running costs 47.0 -> 50.0
  wb.getWorksheet('Primary')!.getCell('E8').value = 600; // Primary ASTs, employee costs 570.2 -> 600.0
  await wb.xlsx.writeFile(file);
  await page.getByLabel('Budget workbook to import').setInputFiles(file);
  const review = page.getByRole('dialog', { name: /Review/ });
  await expect(review.locator('.cell-change')).toHaveText(["Employee Costs £000's: 570.2 → 600.0", "Running Costs £000's: 47.0 → 50.0"]);
  await expect(review.locator('tr')).toHaveCount(2);
  await review.getByRole('button', { name: 'Apply 2 of 2' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByTestId('grand-total')).toHaveText('20,690.1');
  await page.locator('main').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('grand-total')).toHaveText('20,657.3');
});

test('Shift+arrows select a block that Ctrl+C copies as tab-separated text, and Delete clears it', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  await budget.cell(0, 'fte').click();
  // As a user would, start selecting once the clicked cell shows its focus (on a busy machine it can lag).
  await expect(budget.cell(0, 'fte').locator).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(budget.selectedCells).toHaveCount(4);
  const copied = await budget.copy();
  expect(copied).toBe('19.6\t944.4\n6.0\t409.5\n');
  await expect(page.getByRole('status')).toHaveText('Copied 2 rows.');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toHaveText('Cleared 4 cells.');
  await expect(budget.cell(0, 'employee').locator).toHaveText('');
  await expect(budget.cell(1, 'fte').locator).toHaveText('');
  await expect(budget.totals('Controllable Totals').cell('employee').locator).toHaveText('1,345.1');
  await page.keyboard.press('Control+z');
  await expect(budget.cell(0, 'employee').locator).toHaveText('944.4');
});

test('a memorandum item is typed in its row below the lines and Delete clears it; the total cost follows', async ({ app, page }) => {
  const budget = app.grid(SECONDARY);
  const memo = budget.row('Capital Charges').cell('controllable');
  await memo.type('12.5');
  await page.keyboard.press('Enter');
  await expect(memo.locator).toHaveText('12.5');
  await expect(budget.totals('Total Cost of Unit').cell('controllable').locator).toHaveText('3,292.3');
  await memo.click();
  await page.keyboard.press('Delete');
  await expect(memo.locator).toHaveText('');
  await expect(budget.totals('Total Cost of Unit').cell('controllable').locator).toHaveText('3,279.8');
});
