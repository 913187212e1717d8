/**
 * 200% zoom on a 1366 x 768 laptop (683 x 384 CSS pixels) and a 1280 px window: every function stays
 * reachable (WCAG 1.4.10 as far as a data grid allows): each control can be scrolled to and is then whole in
 * the window and on top; the page never scrolls sideways (wide tables scroll inside their own box); dialogs
 * fit the window. Screenshots of each are attached to the test.
 */
import { test, expect } from './fixtures';
import type { Page, Locator } from '@playwright/test';

/** Scrolled to, the control is whole inside the window and nothing covers its centre. */
async function expectReachable(page: Page, control: Locator, what: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const ok = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return (
      r.width > 0 && r.left >= 0 && r.right <= innerWidth + 0.5 && r.top >= 0 && r.bottom <= innerHeight + 0.5 && !!top && (el === top || el.contains(top))
    );
  });
  expect(ok, `${what} is reachable`).toBe(true);
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth + 1);

for (const size of [
  { width: 683, height: 384, name: '200% zoom' },
  { width: 1280, height: 720, name: '1280 px' },
]) {
  test(`at ${size.name} (${size.width} x ${size.height}) every function is reachable and the page does not scroll sideways`, async ({ app, page }, info) => {
    await page.setViewportSize(size);
    await app.outlineItem('Title page').waitFor();
    const bar = page.locator('header.app-bar');
    for (const name of ['Backups…', 'Shortcuts']) await expectReachable(page, bar.getByRole('button', { name }), name);
    await expectReachable(page, page.getByLabel('Search this plan'), 'search box');
    await expectReachable(page, page.getByRole('button', { name: 'New plan…' }), 'New plan…');
    await expectReachable(page, page.getByRole('button', { name: 'Edit outline' }), 'Edit outline');
    for (const title of ['Title page', 'Secondary', 'Risks', 'Print and PDF']) await expectReachable(page, app.outlineItem(title).first(), `outline: ${title}`);
    await expectReachable(page, page.getByLabel('Unit Business Plan Contact'), 'a title page field');
    expect(await noSidewaysScroll(page)).toBe(true);
    await info.attach('title page', { body: await page.screenshot(), contentType: 'image/png' });

    await app.openSection('Secondary');
    const budget = page.locator('[data-table-kind="budget"]').first();
    await expectReachable(page, budget.getByRole('button', { name: 'Insert row below' }), 'the row tools');
    await expectReachable(page, page.getByRole('button', { name: 'Export to Excel…' }).first(), 'Export to Excel…');
    expect(await noSidewaysScroll(page)).toBe(true);
    await info.attach('budget', { body: await page.screenshot(), contentType: 'image/png' });

    await app.openSection('Print and PDF');
    await expectReachable(page, page.getByRole('button', { name: 'Save as PDF…' }), 'Save as PDF…');
    await expectReachable(page, page.getByRole('checkbox', { name: 'Risks' }), 'a section to print');
    expect(await noSidewaysScroll(page)).toBe(true);

    for (const [opener, name, last] of [
      ['Backups…', 'Backups', 'Restore'],
      ['Shortcuts', 'Keyboard shortcuts', 'Close'],
      ['New plan…', 'New plan', 'Create plan'],
    ] as const) {
      await page.getByRole('button', { name: opener }).first().focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name });
      const box = (await dialog.boundingBox())!;
      expect(box.y >= 0 && box.y + box.height <= size.height + 0.5 && box.x >= 0 && box.x + box.width <= size.width + 0.5, `${name} fits the window`).toBe(
        true,
      );
      await expectReachable(page, dialog.getByRole('button', { name: last }), `${name}: ${last}`);
      await info.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
}

test('at 200% zoom a budget line can be reached inside its grid (the lines are not all under the totals)', async ({ app, page }) => {
  // The grid's fitted height leaves room for two lines beyond its headings and totals, however small the window.
  await page.setViewportSize({ width: 683, height: 384 });
  await app.openSection('Secondary');
  const budget = page.locator('[data-table-kind="budget"]').first();
  await expectReachable(page, budget.locator('.ag-row[row-index="0"] [col-id="activity"]'), 'a budget line');
  await expectReachable(page, budget.locator('.ag-row[row-index="0"] [col-id="employee"]'), 'a budget figure');
});
