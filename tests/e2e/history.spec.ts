/**
 * Issue 15 in Chromium: the roll-forward review and the new plan's "to review" list, a cell's history
 * with who and when and putting an old value back (undoable), and a comparison exported to Excel.
 */
import { test, expect } from './fixtures';
import os from 'node:os';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { GridCell } from './grid-page';

const SECONDARY = 'Advisory Service Kent - Secondary';

/** Types over a cell in its editor and waits for the grid to show the new text. */
async function typeInto(cell: GridCell, text: string) {
  await cell.edit(text);
  await expect(cell.locator).toHaveText(text);
}

async function rollForward(page: Page, actions: 'All actions' | null) {
  await page.getByRole('button', { name: 'Next year’s plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start next year’s plan' });
  await expect(dialog).toContainText('becomes Annual Business Unit Operational Plan 2009/10 (2009/10)');
  if (actions) await dialog.getByLabel(actions).check();
  return dialog;
}

test('the roll-forward review: open actions only, then all; the new plan opens with its review list', async ({ app, page }) => {
  const dialog = await rollForward(page, null);
  await expect(dialog.locator('.roll-actions-count')).toContainText(/Actions carried: \d+; dropped: [1-9]\d*;/);
  await dialog.getByLabel('All actions').check();
  await expect(dialog.locator('.roll-actions-count')).toContainText('Actions carried: 128; dropped: 0;');
  await dialog.getByRole('button', { name: 'Start 2009/10 plan' }).click();
  await expect(page.locator('.plan-name')).toContainText('Annual Business Unit Operational Plan 2009/10 · 2009/10');
  const review = page.getByRole('dialog', { name: 'To review' });
  await expect(review.getByText('Purpose of the Service')).toBeVisible();
  const count = async () => Number((await page.locator('.review-count').textContent())!.match(/\d+/)![0]);
  const before = await count();
  await review.getByLabel('Reviewed: Purpose of the Service').check();
  await expect(page.locator('.review-count')).toHaveText(`To review (${before - 1})`);
  await review.getByRole('button', { name: 'Close' }).click();
  // Last year's column of next year's budget holds this year's controllable expenditure.
  await app.openSection('Secondary');
  const budget = app.grid(SECONDARY);
  await expect(budget.cell(0, 'lastYearControllable').locator).toHaveText('1,126.2');
  await expect(budget.cell(1, 'lastYearControllable').locator).toHaveText('456.5');
  // Editing a marked section (the risk register) marks it done: the count follows once the typing pauses.
  const beforeEdit = await count();
  await app.openSection('Risks');
  const impact = app.grid({ kind: 'risks' }).cell(0, 'impact');
  const was = (await impact.locator.textContent())?.trim();
  await impact.type(was === '2' ? '3' : '2', { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.review-count')).toHaveText(`To review (${beforeEdit - 1})`);
});

test('a cell’s history lists each step with who and when; putting an old value back is undoable', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid(SECONDARY);
  await typeInto(budget.cell(1, 'employee'), '420.0');
  await typeInto(budget.cell(1, 'employee'), '430.5');
  await budget.cell(1, 'employee').click();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'History' });
  await expect(panel.getByLabel('History of')).toHaveValue('cell');
  const items = panel.locator('.history-list li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator('.history-change')).toHaveText('420.0 → 430.5');
  await expect(items.nth(1).locator('.history-change')).toHaveText('409.5 → 420.0');
  await expect(items.nth(0).locator('.who')).toHaveText(os.userInfo().username);
  await expect(items.nth(0)).toContainText('Senior secondary advisers › Employee Costs');
  await items.nth(1).getByRole('button', { name: 'Put back 409.5' }).click();
  await expect(budget.cell(1, 'employee').locator).toHaveText('409.5');
  await expect(items).toHaveCount(3);
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /Undo/ }).first().click();
  await expect(budget.cell(1, 'employee').locator).toHaveText('430.5');
});

test('comparing next year’s plan with this year’s shows the one edit, and exports a change report', async ({ app, page }) => {
  const dialog = await rollForward(page, 'All actions');
  await dialog.getByRole('button', { name: 'Start 2009/10 plan' }).click();
  await expect(page.locator('.plan-name')).toContainText('2009/10');
  await page.getByRole('dialog', { name: 'To review' }).getByRole('button', { name: 'Close' }).click();
  await app.openSection('Secondary');
  const budget = app.grid(SECONDARY);
  await typeInto(budget.cell(1, 'employee'), '420.0');
  await page.getByRole('button', { name: 'Compare…' }).click();
  const view = page.getByRole('dialog', { name: 'Compare' });
  await expect(view.locator('.compare-summary')).toContainText(
    '1 change from Standards and Achievement Division: Annual Business Unit Operational Plan 2008/9 2008/09',
  );
  const line = view.locator('.budget-lines tr.changed');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveText(/Senior secondary advisers\s*456\.5\s*467\.0\s*\+10\.5\s*\+2\.3%/);
  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Changes')!;
  expect(String(ws.getCell('A3').value)).toContain('Senior secondary advisers › Employee Costs');
  expect([ws.getCell('B3').value, ws.getCell('C3').value, ws.getCell('D3').value]).toEqual([409.5, 420, { formula: 'C3-B3', result: 10.5 }]);
});
