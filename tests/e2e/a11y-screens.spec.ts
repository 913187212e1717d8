/**
 * axe-core on every screen of the app (WCAG 2.0-2.2 A and AA rules): 0 violations on the title page, the
 * contents, the budget summary, the targets, print, search results, a budget, an action table, the risk
 * register, the KPIs, a narrative section, the directorate introduction, the outline in edit mode, and the
 * whole window at 200% zoom. axe is injected into the page, so the app's CSP is bypassed for this file only.
 */
import { test, expect } from './fixtures';
import { axeViolations } from './a11y-support';

test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

const SCREENS = [
  'Title page',
  'Contents',
  'Budget summary',
  'Targets of other plans',
  'Print and PDF',
  'Secondary',
  'Risks',
  'Key Performance Indicators',
  'Purpose of the Service',
  'Early Years & Childcare',
];

test('axe finds no violation on any screen of a unit plan', async ({ app, page }) => {
  for (const screen of SCREENS) {
    await app.openSection(screen);
    await expect(page.locator('main h2, main h3').first()).toBeVisible();
    // Grids draw their rows after the section: wait for them so they are scanned too.
    if (await page.locator('main .table-grid').count()) await expect(page.locator('main .ag-row').first()).toBeVisible();
    if (screen === 'Print and PDF') await expect(page.frameLocator('iframe[title="Print preview"]').locator('body')).not.toBeEmpty();
    expect(await axeViolations(page), screen).toEqual([]);
  }
});

test('axe finds no violation on search results, the outline in edit mode, a rename and the introduction plan', async ({ app, page }) => {
  await page.getByLabel('Search this plan').fill('Leuven');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results .hits button').first()).toBeVisible();
  expect(await axeViolations(page), 'search results').toEqual([]);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Edit outline' }).click();
  expect(await axeViolations(page), 'outline in edit mode').toEqual([]);
  await outline.getByRole('button', { name: 'Rename Risks' }).click();
  await expect(outline.getByRole('textbox', { name: 'Rename Risks' })).toBeFocused();
  expect(await axeViolations(page), 'renaming a section').toEqual([]);
  await page.keyboard.press('Escape');
  await app.planButton(/Managing Director's Introduction/).click();
  await expect(page.getByRole('heading', { name: 'Plan header' })).toBeVisible();
  expect(await axeViolations(page), 'introduction title page').toEqual([]);
});

test('axe finds no violation at 200% zoom (683 x 384 CSS pixels) on a budget and the contents', async ({ app, page }) => {
  await page.setViewportSize({ width: 683, height: 384 });
  await app.openSection('Secondary');
  await expect(page.locator('main .ag-row').first()).toBeVisible();
  expect(await axeViolations(page), 'budget at 200%').toEqual([]);
  await app.openSection('Contents');
  expect(await axeViolations(page), 'contents at 200%').toEqual([]);
});
