/**
 * Find and replace as a user does it: Ctrl+H over a budget, type what to find and what to put instead, see
 * the places it would change, tick, "Replace N", see the cell change, and one Ctrl+Z puts everything back.
 */
import { test, expect } from './fixtures';

const SECONDARY = 'Advisory Service Kent - Secondary';

test('Ctrl+H previews, replaces the ticked places in one step, and Ctrl+Z undoes it', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid(SECONDARY);
  await expect(budget.cell(1, 'activity').locator).toHaveText('Senior secondary advisers');
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await expect(dialog.getByLabel('Find')).toBeFocused();
  await dialog.getByLabel('Find').fill('secondary advisers');
  await dialog.getByLabel('Replace with').fill('secondary leads');
  const items = dialog.getByRole('list', { name: 'Replacements' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Secondary · Revenue Budget · Advisory Service Kent - Secondary');
  await expect(items.nth(0).locator('del')).toHaveText('Senior secondary advisers');
  await expect(items.nth(0).locator('ins')).toHaveText('Senior secondary leads');
  await expect(items.nth(1)).toContainText('Core Service & Forecast Activity Levels');
  await expect(items.nth(1)).toContainText('(2 times)');
  // Untick the narrative and tick it again: the button counts what will change.
  await items.nth(1).getByRole('checkbox').uncheck();
  await expect(dialog.getByRole('button', { name: 'Replace 1' })).toBeEnabled();
  await items.nth(1).getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Replace 2' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Replaced 3 occurrences in 2 places. Ctrl+Z undoes it.');
  await expect(budget.cell(1, 'activity').locator).toHaveText('Senior secondary leads');
  // Secondary is the third unit: its own "Core Service" page.
  await app.outlineItem('Core Service & Forecast Activity Levels').nth(2).click();
  await expect(page.locator('.section-view')).toContainText('Senior secondary leads');

  // One undo takes back both places, and brings the first of them (the budget line) into view.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText(/^Undone: /);
  await expect(budget.cell(1, 'activity').locator).toHaveText('Senior secondary advisers');
  await app.outlineItem('Core Service & Forecast Activity Levels').nth(2).click();
  await expect(page.locator('.section-view')).toContainText('Senior Secondary Advisers');
  await expect(page.locator('.section-view')).not.toContainText('secondary leads');
});

test('figures are not offered, and Escape closes without changing anything, back on the cell', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid(SECONDARY);
  await budget.cell(1, 'lastYearControllable').click();
  await expect(budget.cell(1, 'lastYearControllable').locator).toBeFocused();
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByLabel('Find').fill('446.5');
  await expect(dialog).toContainText('Nothing to replace: “446.5” is not in the plan’s text.');
  await expect(dialog.getByRole('button', { name: 'Replace 0' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(budget.cell(1, 'lastYearControllable').locator).toHaveText('446.5');
  await expect(budget.cell(1, 'lastYearControllable').locator).toBeFocused();
});
