import { test, expect } from './fixtures';

test('search "Leuven" and land on the right action', async ({ app: _app, page }) => {
  await page.getByLabel('Search this plan').fill('Leuven');
  await page.keyboard.press('Enter');
  const results = page.locator('.search-results');
  await expect(results.getByRole('heading', { name: 'Search: “Leuven”' })).toBeVisible();
  await expect(results.getByRole('region', { name: 'Results in Core Service & Forecast Activity Levels' })).toContainText(
    'Professor Ferre Laevers of Leuven University',
  );
  const inActions = results.getByRole('region', { name: 'Results in Projects, Developments & Key Actions' });
  await inActions.getByRole('button', { name: 'Projects, Developments & Key Actions' }).first().click();
  const focused = page.locator('[data-table-kind="actions"] .ag-cell-focus');
  await expect(focused).toContainText('Leuven');
  const rowId = await focused.evaluate((c) => c.closest('.ag-row')!.getAttribute('row-id'));
  await expect(page.locator(`[data-table-kind="actions"] .ag-row[row-id="${rowId}"] [col-id="ref"]`)).toHaveText('1.3.5');
});

test('sections are renamed, moved, added and removed from the outline, and removal can be undone', async ({ app, page }) => {
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Edit outline' }).click();
  await outline.getByRole('button', { name: 'Risks', exact: true }).dblclick();
  const rename = outline.getByLabel('Rename Risks');
  await rename.fill('Risk Register');
  await rename.press('Enter');
  await expect(outline.getByRole('button', { name: 'Risk Register', exact: true })).toBeVisible();
  await outline.getByRole('button', { name: 'Move Lead Roles up' }).click();
  const items = outline.getByRole('listitem');
  const titles = async () => (await items.allInnerTexts()).map((t) => t.replace(/[↑↓+✕]/g, '').trim());
  await expect.poll(async () => (await titles()).indexOf('Lead Roles') < (await titles()).indexOf('Key Responsibilities')).toBe(true);
  page.once('dialog', (d) => void d.accept());
  await outline.getByRole('button', { name: 'Remove Service Comparisons' }).click();
  await expect(outline.getByRole('button', { name: 'Service Comparisons', exact: true })).toHaveCount(0);
  await outline.getByRole('button', { name: 'Contents', exact: true }).click();
  await expect(page.locator('.contents-page')).not.toContainText('Service Comparisons');
  await page.locator('.contents-page').click();
  await page.keyboard.press('Control+z');
  await expect(outline.getByRole('button', { name: 'Service Comparisons', exact: true })).toBeVisible();
  await app.openSection('Service Comparisons');
  await expect(page.locator('main')).toContainText('Statistical Neighbour Benchmarking Tool');
  await outline.getByRole('button', { name: 'Add a section after Monitoring and Review' }).click();
  const fresh = outline.getByLabel('Rename New section');
  await fresh.fill('Glossary');
  await fresh.press('Enter');
  await expect(items.last()).toContainText('Glossary');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('listitem').last()).toContainText('Glossary');
});
