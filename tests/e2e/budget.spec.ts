import { test, expect } from './fixtures';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { recalculatedSheets } from '../support/libreoffice';

const SECONDARY = 'Advisory Service Kent - Secondary';

const grid = (page: Page) => page.locator('.table-block', { has: page.getByRole('heading', { name: SECONDARY, exact: true }) });
const cell = (page: Page, row: number, col: string) => grid(page).locator(`.ag-row[row-index="${row}"] [col-id="${col}"]`);

async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

test.beforeEach(async ({ app }) => {
  await app.openSection('Secondary');
});

test('editing an employee cost updates gross, controllable and every total, and is saved', async ({ app, page }) => {
  await cell(page, 0, 'employee').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1,000.0');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0, 'employee')).toHaveText('1,000.0');
  await expect(cell(page, 0, 'gross')).toHaveText('1,341.8');
  await expect(cell(page, 0, 'controllable')).toHaveText('1,181.8');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'controllable')).toHaveText('3,245.2');
  await expect(app.summaryCell(SECONDARY, 'Total Cost of Unit', 'controllable')).toHaveText('3,335.4');
  await page.reload();
  await app.openSection('Secondary');
  await expect(app.summaryCell(SECONDARY, 'Total Cost of Unit', 'controllable')).toHaveText('3,335.4');
});

test('a value that is not a number is refused with a message and nothing is stored', async ({ app, page }) => {
  await cell(page, 1, 'running').click();
  await page.keyboard.type('lots');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('"lots" is not a number');
  await expect(cell(page, 1, 'running')).toHaveText('47.0');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'controllable')).toHaveText('3,189.6');
});

test('paste a 3 x 4 block from a spreadsheet, then undo it in one step', async ({ app, page }) => {
  await cell(page, 1, 'fte').click();
  // FTE, employee, running, contracts for lines 2-4, as Excel puts them on the clipboard
  await paste(page, '7.0\t£1,000.0\t(10.0)\t5\n1.5\t200\t-20.0\t0\n2\t1,116.9\t30\t\n');
  await expect(page.getByRole('status')).toHaveText('Pasted 12 cells.');
  await expect(cell(page, 1, 'employee')).toHaveText('1,000.0');
  await expect(cell(page, 1, 'running')).toHaveText('-10.0');
  await expect(cell(page, 2, 'fte')).toHaveText('1.5');
  await expect(cell(page, 3, 'employee')).toHaveText('1,116.9');
  await expect(cell(page, 3, 'contracts')).toHaveText('');
  // gross of line 2 = 1000 - 10 + 5; controllable totals follow
  await expect(cell(page, 1, 'gross')).toHaveText('995.0');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'controllable')).toHaveText('4,952.6');
  await cell(page, 0, 'activity').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText(/^Undone: \d rows of Advisory Service Kent - Secondary\.$/);
  await expect(cell(page, 1, 'employee')).toHaveText('409.5');
  await expect(cell(page, 3, 'employee')).toHaveText('0.0');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'controllable')).toHaveText('3,189.6');
  await page.keyboard.press('Control+y');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'controllable')).toHaveText('4,952.6');
});

test('a paste with a word where a figure belongs is refused whole', async ({ app, page }) => {
  await cell(page, 0, 'employee').click();
  await paste(page, '100\t200\nabc\t300\n');
  await expect(page.getByRole('status')).toContainText('Row 2, column 1');
  await expect(cell(page, 0, 'employee')).toHaveText('944.4');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'controllable')).toHaveText('3,189.6');
});

test('export to Excel: the workbook read back and recalculated holds the app totals; an edited copy imports for review', async ({ app, page }) => {
  await cell(page, 0, 'employee').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1000');
  await page.keyboard.press('Enter');
  await expect(app.summaryCell(SECONDARY, 'Total Cost of Unit', 'controllable')).toHaveText('3,335.4');

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
  await expect(review.locator('.cell-change')).toHaveText([
    "Employee Costs £000's: 570.2 → 600.0",
    "Running Costs £000's: 47.0 → 50.0",
  ]);
  await expect(review.locator('tr')).toHaveCount(2);
  await review.getByRole('button', { name: 'Apply 2 of 2' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByTestId('grand-total')).toHaveText('20,690.1');
  await page.locator('main').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('grand-total')).toHaveText('20,657.3');
});

test('Shift+arrows select a block that Ctrl+C copies as tab-separated text, and Delete clears it', async ({ app, page }) => {
  await cell(page, 0, 'fte').click();
  // As a user would, start selecting once the clicked cell shows its focus (on a busy machine it can lag).
  await expect(cell(page, 0, 'fte')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(grid(page).locator('.cell-in-range')).toHaveCount(4);
  const copied = await page.evaluate(() => {
    const dt = new DataTransfer();
    document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/plain');
  });
  expect(copied).toBe('19.6\t944.4\n6.0\t409.5');
  await page.keyboard.press('Delete');
  await expect(cell(page, 0, 'employee')).toHaveText('');
  await expect(cell(page, 1, 'fte')).toHaveText('');
  await expect(app.summaryCell(SECONDARY, 'Controllable Totals', 'employee')).toHaveText('1,345.1');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 0, 'employee')).toHaveText('944.4');
});

test('a memorandum item is typed in its row below the lines and Delete clears it; the total cost follows', async ({ app, page }) => {
  const memo = grid(page).locator('.ag-row.row-memo', { hasText: 'Capital Charges' }).locator('[col-id="controllable"]');
  await memo.click();
  await page.keyboard.type('12.5');
  await page.keyboard.press('Enter');
  await expect(memo).toHaveText('12.5');
  await expect(app.summaryCell(SECONDARY, 'Total Cost of Unit', 'controllable')).toHaveText('3,292.3');
  await memo.click();
  await page.keyboard.press('Delete');
  await expect(memo).toHaveText('');
  await expect(app.summaryCell(SECONDARY, 'Total Cost of Unit', 'controllable')).toHaveText('3,279.8');
});
