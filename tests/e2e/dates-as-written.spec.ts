/**
 * Issue 10, defect 6: a target written "31/03/09" (UK day/month/two-digit year) or "31.03.2009" is a date
 * like "March 2009" and is marked overdue once that month has passed. The targets are rewritten with find and
 * replace (one step), as a user tidying a plan would, then read in the action grid.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function replaceTargets(page: Page, to: string) {
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByLabel('Find').fill('March 2009');
  await dialog.getByLabel('Replace with').fill(to);
  await dialog.getByLabel('Whole cell only').check();
  await expect(dialog.getByRole('button', { name: /^Replace [1-9]\d*$/ })).toBeEnabled();
  await dialog.getByRole('button', { name: /^Replace / }).click();
  await expect(dialog).toBeHidden();
}

for (const written of ['31/03/09', '31.03.2009', '31-03-2009']) {
  test(`a target written ${written} is marked overdue like March 2009`, async ({ app, page }) => {
    // Tall enough that the action grid draws all its rows (it virtualises rows beyond the window).
    await page.setViewportSize({ width: 1440, height: 4000 });
    await app.openSection('Secondary');
    const actions = app.grid({ kind: 'actions' });
    const march = actions.locator('.target', { hasText: '[March 2009]' }).first();
    await expect(march).toHaveClass(/overdue/);
    await replaceTargets(page, written);
    const target = actions.locator('.target', { hasText: `[${written}]` }).first();
    await expect(target).toHaveClass(/overdue/);
    await expect(target).toHaveAttribute('title', 'Overdue: the target month has passed');
    await expect(actions.locator('.target', { hasText: '[March 2009]' })).toHaveCount(0);
  });
}
