/**
 * A table kind declared in the model alone (the savings plan) is added from the outline and works like
 * the others: typed figures, a computed total, the summary row pinned below, and search finding it.
 */
import { test, expect } from './fixtures';

test('a savings plan added from the outline computes its totals and is found by search', async ({ app, page }) => {
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Edit outline' }).click();
  await outline.getByRole('button', { name: 'Add a table section after Risks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a table section' });
  await expect(dialog.getByLabel('Table')).toHaveValue('savings');
  await dialog.getByRole('button', { name: 'Add section' }).click();
  await expect(outline.getByRole('button', { name: 'Savings Plan', exact: true })).toBeVisible();

  const grid = app.grid({ kind: 'savings' });
  await expect(grid.root).toBeVisible();
  await page.getByRole('button', { name: 'Insert row below' }).click();
  const row = grid.row(0);
  await expect(row.cell('saving').locator).toBeVisible();
  for (const [col, text] of [
    ['saving', 'Shared office with Primary'],
    ['thisYear', '12.5'],
    ['nextYear', '20'],
  ]) {
    await row.cell(col).type(text);
    await page.keyboard.press('Enter');
  }
  await expect(row.cell('thisYear').locator).toHaveText('12.5');
  await expect(row.cell('total').locator).toHaveText('32.5');
  await expect(grid.totals('Total Savings').cell('total').locator).toHaveText('32.5');

  await page.getByLabel('Search this plan').fill('Shared office');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results').getByRole('region', { name: 'Results in Savings Plan' })).toContainText('Shared office with Primary');
});
