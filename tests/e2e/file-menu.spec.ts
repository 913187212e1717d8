/**
 * The File menu in the browser host: the same commands the desktop app's native menu sends, here with
 * downloads and a file input. Exports are read back (workbooks with exceljs, the PDF with pdftotext);
 * Print and Ctrl+P open the print preview; an edited budget workbook imports through the review.
 */
import { test, expect } from './fixtures';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Download, Page } from '@playwright/test';

const menu = (page: Page) => page.getByRole('menu', { name: 'File' });

async function choose(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await menu(page).getByRole('menuitem', { name: item }).click();
  await expect(menu(page)).toBeHidden();
}

async function saved(download: Download, name: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-filemenu-')), name);
  await download.saveAs(file);
  return file;
}

test('File menu: budgets, the whole plan and a PDF download, and each reads back with the plan’s figures', async ({ app, page }) => {
  await app.openSection('Budget summary');
  const grandTotal = await page.getByTestId('grand-total').textContent();

  const [budgets] = await Promise.all([page.waitForEvent('download'), choose(page, 'Budgets to Excel…')]);
  expect(budgets.suggestedFilename()).toBe('Standards and Achievement Division budgets 2008-09.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await saved(budgets, 'budgets.xlsx'));
  const summary = wb.getWorksheet('Budget summary')!;
  const total = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === 'Total')!;
  const lastFigure = (total.values as unknown[]).filter((v) => v !== undefined && v !== null).pop() as ExcelJS.CellFormulaValue;
  expect(Number(lastFigure.result).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(grandTotal);
  await expect(page.getByRole('status')).toHaveText('Saved Standards and Achievement Division budgets 2008-09.xlsx.');

  const [whole] = await Promise.all([page.waitForEvent('download'), choose(page, 'Whole plan to Excel…')]);
  expect(whole.suggestedFilename()).toMatch(/\.xlsx$/);
  const plan = new ExcelJS.Workbook();
  await plan.xlsx.readFile(await saved(whole, 'plan.xlsx'));
  expect(plan.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Secondary budget', 'Primary budget', 'Primary actions']));

  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), choose(page, 'PDF…')]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfFile = await saved(pdf, 'plan.pdf');
  expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
  expect(execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' })).toContain('Advisory Service Kent - Secondary');
});

test('File menu: Print… and Ctrl+P open the print preview of the plan', async ({ app, page }) => {
  await choose(page, 'Print…');
  await expect(page.getByRole('heading', { name: 'Print', exact: true })).toBeVisible();
  await expect(page.frameLocator('iframe[title="Print preview"]').locator('body')).toContainText('Advisory Service Kent - Secondary');

  await app.openSection('Budget summary');
  await expect(page.getByRole('heading', { name: 'Print', exact: true })).toBeHidden();
  await page.locator('main').click();
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('heading', { name: 'Print', exact: true })).toBeVisible();
});

test('File menu: an edited budget workbook imports through the review, and Ctrl+Z undoes it', async ({ app, page }) => {
  await app.openSection('Budget summary');
  await expect(page.getByTestId('grand-total')).toHaveText('20,601.7');
  const [download] = await Promise.all([page.waitForEvent('download'), choose(page, 'Budgets to Excel…')]);
  const file = await saved(download, 'budgets.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet('Primary')!.getCell('E8').value = 600; // Primary ASTs, employee costs 570.2 -> 600.0
  await wb.xlsx.writeFile(file);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose(page, 'Import budgets from finance…')]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(file);
  const review = page.getByRole('dialog', { name: /Review budgets\.xlsx/ });
  await expect(review.locator('.cell-change')).toHaveText(["Employee Costs £000's: 570.2 → 600.0"]);
  await review.getByRole('button', { name: 'Apply 1 of 1' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByTestId('grand-total')).toHaveText('20,631.5');
  await page.locator('main').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('grand-total')).toHaveText('20,601.7');
});

test('File menu: plan-file commands are there (tests/e2e/plan-files.spec.ts uses them); New plan, shortcuts and About open their dialogs', async ({
  page,
  app,
}) => {
  await expect(app.planButton(/Standards and Achievement/).first()).toBeVisible();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  for (const item of ['Open plan file…', 'Save a copy as plan file…', 'Merge changes from a plan file…']) {
    await expect(menu(page).getByRole('menuitem', { name: item })).toBeEnabled();
  }
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();

  await choose(page, 'New plan…');
  await expect(page.getByRole('dialog')).toContainText('New plan');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await choose(page, 'Keyboard shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+P/ })).toContainText('the print preview, then the printer');
  await shortcuts.getByRole('button', { name: 'Close' }).click();

  await choose(page, 'About Plan Editor');
  const about = page.getByRole('dialog', { name: 'About Plan Editor' });
  await expect(about).toContainText(/Plan Editor \d+\.\d+\.\d+/);
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
});
