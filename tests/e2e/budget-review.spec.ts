/**
 * The import review in the browser, for a workbook LibreOffice Calc itself edited (through Python-UNO):
 * finance sorted the lines, typed over a total and left a comment. The review says so in words, applying
 * gives the plan the new order and the note, and Ctrl+Z takes it all back.
 */
import { test, expect } from './fixtures';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editWithLibreOffice } from '../support/libreoffice-edit';

const SECONDARY = 'Advisory Service Kent - Secondary';

test('a workbook LibreOffice sorted, typed over and commented: reviewed in words, applied as one undoable step', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openSection('Budget summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all budgets to Excel…' }).click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-review-'));
  const file = path.join(dir, 'budgets.xlsx');
  await download.saveAs(file);
  const [edited] = await editWithLibreOffice(fs.readFileSync(file), [
    [
      { op: 'sort', sheet: 'Secondary', range: 'A8:M12', column: 3 },
      { op: 'set', sheet: 'Secondary', cell: 'K13', value: 3000 },
      { op: 'comment', sheet: 'Secondary', cell: 'E9', text: 'Check with HR before April' },
    ],
  ]);
  fs.writeFileSync(file, edited);

  await page.getByLabel('Budget workbook to import').setInputFiles(file);
  const review = page.getByRole('dialog', { name: /Review/ });
  await expect(review.locator('.review-summary')).toHaveText(
    "In this workbook: 1 changed cell, order changed in 1 unit, 1 figure typed over the plan's formulas (not imported), 1 comment.",
  );
  await expect(review.locator('tr.not-imported')).toHaveText(
    "Controllable TotalsControllable Expenditure £000's (K13): typed 3,000.0, the plan computes 3,189.6. Not imported because the plan computes it.",
  );
  await expect(review.locator('tr.comment')).toContainText('Comment on E9: “Check with HR before April” (kept as the line’s notes)');
  await expect(review.locator('tr.changed')).toHaveText([
    /Curriculum support and widening opportunities- baseNotes: \(blank\) → Employee Costs £000's: Check with HR before April/,
    /Order of linesChanged in the workbook/,
  ]);
  if (process.env.REVIEW_SCREENSHOT) await review.screenshot({ path: process.env.REVIEW_SCREENSHOT });
  await review.getByRole('button', { name: 'Apply 2 of 2' }).click();
  await expect(review).toBeHidden();

  await app.openSection('Secondary');
  const budget = app.grid(SECONDARY);
  await expect(budget.cell(0, 'activity').locator).toHaveText('14-19 - standards fund');
  await expect(budget.cell(1, 'notes').locator).toHaveText("Employee Costs £000's: Check with HR before April");
  if (process.env.REVIEW_SCREENSHOT) await budget.root.screenshot({ path: process.env.REVIEW_SCREENSHOT.replace(/\.png$/, '-grid.png') });
  await page.locator('main').click();
  await page.keyboard.press('Control+z');
  await expect(budget.cell(0, 'activity').locator).toHaveText('Curriculum support and widening opportunities- base');
  // No line has a note any more: the empty Notes column gives its width back to the figures.
  await expect(budget.column('notes')).toHaveCount(0);
});
