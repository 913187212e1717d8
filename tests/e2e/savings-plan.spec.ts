/**
 * A table kind declared in the model alone (the savings plan) is added from the outline and works like
 * the others: typed figures, a computed total, the summary row pinned below, and search finding it.
 */
import { test, expect } from './fixtures';

test('a savings plan added from the outline computes its totals and is found by search', async ({ app: _app, page }) => {
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Edit outline' }).click();
  await outline.getByRole('button', { name: 'Add a table section after Risks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a table section' });
  await expect(dialog.getByLabel('Table')).toHaveValue('savings');
  await dialog.getByRole('button', { name: 'Add section' }).click();
  await expect(outline.getByRole('button', { name: 'Savings Plan', exact: true })).toBeVisible();

  const grid = page.locator('[data-table-kind="savings"]');
  await expect(grid).toBeVisible();
  await page.getByRole('button', { name: 'Insert row below' }).click();
  const cell = (col: string) => grid.locator(`.ag-row[row-index="0"] [col-id="${col}"]`);
  await expect(cell('saving')).toBeVisible();
  for (const [col, text] of [['saving', 'Shared office with Primary'], ['thisYear', '12.5'], ['nextYear', '20']]) {
    await cell(col).click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(cell('thisYear')).toHaveText('12.5');
  await expect(cell('total')).toHaveText('32.5');
  await expect(grid.locator('.ag-row.row-summary', { hasText: 'Total Savings' }).locator('[col-id="total"]')).toHaveText('32.5');

  await page.getByLabel('Search this plan').fill('Shared office');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results').getByRole('region', { name: 'Results in Savings Plan' })).toContainText('Shared office with Primary');
});
