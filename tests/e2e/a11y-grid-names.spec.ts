/**
 * Screen readers: every grid is named by its caption (section, unit, table), and computed cells and totals
 * rows say they are computed and from what; the heading of a computed column shows its rule as a tooltip.
 */
import { test, expect } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a budget grid is named and its computed cells say so', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = page.getByRole('grid', { name: 'Revenue Budget, Advisory Service Kent - Secondary' });
  await expect(budget).toBeVisible();
  const line = budget.locator('.ag-row').filter({ hasText: 'Senior secondary advisers' }).first();
  await expect(line.locator('[col-id="gross"]')).toHaveAttribute('aria-description', "Computed: Employee Costs + Running Costs + Contracts & Projects");
  await expect(line.locator('[col-id="employee"]')).not.toHaveAttribute('aria-description', /.*/);
  const totals = budget.locator('.ag-row.row-summary', { hasText: 'Controllable Totals' });
  await expect(totals.locator('[col-id="employee"]')).toHaveAttribute('aria-description', 'Computed from the rows above');
  await expect(page.getByRole('grid', { name: 'Projects, Developments & Key Actions' })).toBeVisible();
});

test('the risk register names its grid and describes score and rating', async ({ app, page }) => {
  await app.openSection('Risks');
  const grid = page.getByRole('grid', { name: 'Risks', exact: true });
  const first = grid.locator('.ag-row[row-index="0"]:not(.ag-row-pinned)');
  await expect(first.locator('[col-id="score"]')).toHaveAttribute('aria-description', 'Computed: Impact × Likelihood');
  await expect(first.locator('[col-id="band"]')).toHaveAttribute('aria-description', /^Computed: HIGH from 15, MEDIUM from 8, LOW from 1 of Score$/);
});
