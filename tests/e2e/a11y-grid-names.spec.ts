/**
 * Screen readers: every grid is named by its caption (section, unit, table), and computed cells and totals
 * rows say they are computed and from what; the heading of a computed column shows its rule as a tooltip.
 */
import { test, expect } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a budget grid is named and its computed cells say so', async ({ app }) => {
  await app.openSection('Secondary');
  const budget = app.grid({ name: 'Revenue Budget, Advisory Service Kent - Secondary' });
  await expect(budget.root).toBeVisible();
  const line = budget.row('Senior secondary advisers');
  await expect(line.cell('gross').locator).toHaveAttribute('aria-description', 'Computed: Employee Costs + Running Costs + Contracts & Projects');
  await expect(line.cell('employee').locator).not.toHaveAttribute('aria-description', /.*/);
  const totals = budget.totals('Controllable Totals');
  await expect(totals.cell('employee').locator).toHaveAttribute('aria-description', 'Computed from the rows above');
  await expect(app.grid({ name: 'Projects, Developments & Key Actions' }).root).toBeVisible();
});

test('the risk register names its grid and describes score and rating', async ({ app }) => {
  await app.openSection('Risks');
  const first = app.grid({ name: 'Risks', exact: true }).row(0);
  await expect(first.cell('score').locator).toHaveAttribute('aria-description', 'Computed: Impact × Likelihood');
  await expect(first.cell('band').locator).toHaveAttribute('aria-description', /^Computed: HIGH from 15, MEDIUM from 8, LOW from 1 of Score$/);
});
