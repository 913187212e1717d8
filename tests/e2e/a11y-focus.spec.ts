/**
 * Focus you can see, measured from the computed styles: every kind of place the keyboard lands on draws a
 * ring of at least 2px at >= 3:1 against the colours either side of it, and is not hidden (WCAG 1.4.11,
 * 2.4.7, 2.4.11): grid cells (plain, computed, totals and memorandum rows, inside a selected block),
 * column headers, an action table's unit row, the narrative editor, outline entries, app bar controls,
 * print ticks and search results. The issue measured 1.15:1 to 3.1:1 here before.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { expectVisibleFocus } from './a11y-support';

test.use({ viewport: { width: 1366, height: 768 } });

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    return { col: el.closest('[col-id]')?.getAttribute('col-id') ?? null, row: el.closest('.ag-row')?.className ?? '', role: el.getAttribute('role') };
  });

async function arrowTo(page: Page, key: string, done: (a: Awaited<ReturnType<typeof active>>) => boolean, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done(await active(page))) return;
    await page.keyboard.press(key);
  }
  expect(done(await active(page)), `reached with ${key}`).toBe(true);
}

test('grid cells of every shade, a selected block and the headers show a ring of >= 3:1', async ({ app, page }) => {
  await app.outlineItem('Secondary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Secondary', exact: true })).toBeFocused();
  await page.keyboard.press('Control+Tab');
  await expect(page.locator('[data-table-kind="budget"] [role="gridcell"]:focus')).toHaveCount(1);
  const contrasts: Record<string, number> = {};
  contrasts.plain = (await expectVisibleFocus(page)).contrast;
  await arrowTo(page, 'ArrowRight', (a) => a.col === 'gross', 12);
  expect(await page.evaluate(() => document.activeElement!.classList.contains('cell-computed'))).toBe(true);
  contrasts.computed = (await expectVisibleFocus(page)).contrast;
  await arrowTo(page, 'ArrowDown', (a) => a.row.includes('row-summary'), 10);
  contrasts.totals = (await expectVisibleFocus(page)).contrast;
  await arrowTo(page, 'ArrowDown', (a) => a.row.includes('row-memo'), 3);
  contrasts.memo = (await expectVisibleFocus(page)).contrast;
  await arrowTo(page, 'ArrowUp', (a) => a.role === 'columnheader', 14);
  contrasts.header = (await expectVisibleFocus(page)).contrast;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('.cell-in-range').first()).toBeVisible();
  contrasts.block = (await expectVisibleFocus(page)).contrast;
  for (const [kind, c] of Object.entries(contrasts)) expect(c, kind).toBeGreaterThanOrEqual(3);
});

test("an action table's unit row and the narrative editor show a ring of >= 3:1", async ({ app, page }) => {
  await app.outlineItem('Early Years & Childcare').focus();
  await page.keyboard.press('Enter');
  // The page is drawn (its grids' rows in), as a user would see before reaching for Ctrl+Tab.
  await expect(page.locator('main [data-table-kind="actions"] .ag-row').first()).toBeVisible();
  for (let i = 0; i < 6 && !(await page.evaluate(() => !!document.activeElement?.closest('[data-table-kind="actions"] [role="gridcell"]'))); i++)
    await page.keyboard.press('Control+Tab');
  await arrowTo(page, 'ArrowDown', (a) => a.row.includes('row-unit') || a.row.includes('row-objective'), 6);
  await expectVisibleFocus(page);

  await app.outlineItem('Purpose of the Service').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Tab');
  await expect(page.getByRole('textbox', { name: 'Purpose of the Service text' })).toBeFocused();
  expect((await expectVisibleFocus(page)).contrast).toBeGreaterThanOrEqual(3);
});

test('outline entries, app bar controls, print ticks and search results show a ring of >= 3:1', async ({ app, page }) => {
  await app.outlineItem('Title page').waitFor();
  await page.keyboard.press('Tab'); // the skip link
  await expectVisibleFocus(page);
  await page.keyboard.press('F6'); // the app bar's first control, on the dark bar
  await expectVisibleFocus(page);
  for (let i = 0; i < 5 && !(await page.getByRole('button', { name: 'Backups…' }).evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab'); // the search box among them
    await expectVisibleFocus(page);
  }
  await expect(page.getByRole('button', { name: 'Backups…' })).toBeFocused();
  await page.keyboard.press('F6');
  await expectVisibleFocus(page); // a plan
  await page.keyboard.press('F6');
  await page.keyboard.type('print');
  await expectVisibleFocus(page); // the current outline entry is shaded
  await page.keyboard.press('Enter');
  await expectVisibleFocus(page); // the heading
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Leuven');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results .hits button').first()).toBeFocused();
  await expectVisibleFocus(page);
});
