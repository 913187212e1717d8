/**
 * Every table usable on a council laptop (1366 x 768) and on a 1920 x 1080 screen: all columns within the
 * grid's width (no hunting with a horizontal scrollbar), bands on one line, the grid no taller than the
 * window so its last row and any scrollbar are on screen. Screenshots are kept for a person to look at.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const tables: [section: string, kind: string][] = [
  ['Secondary', 'budget'],
  ['Secondary', 'actions'],
  ['Risks', 'risks'],
];

async function fits(page: Page, kind: string) {
  return page
    .locator(`[data-table-kind="${kind}"]`)
    .first()
    .evaluate((grid) => {
      const viewport = grid.querySelector('.ag-grid-viewport') as HTMLElement;
      const frame = grid.querySelector('.grid-frame') as HTMLElement;
      const r = frame.getBoundingClientRect();
      return {
        overflowX: viewport.scrollWidth - viewport.clientWidth,
        frameHeight: r.height,
        windowHeight: window.innerHeight,
        headers: [...grid.querySelectorAll('.ag-header-cell')].map((h) => (h as HTMLElement).getBoundingClientRect().right).filter((x) => x > r.right + 1)
          .length,
        // Heading text cut short ("Employ…") or a totals row drawn over: text that does not fit its box.
        cutHeadings: [...grid.querySelectorAll('.ag-header-cell-text')].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent),
        cutPinned: [...grid.querySelectorAll('.ag-row-pinned')].filter((row) => {
          const a = row.getBoundingClientRect();
          const area = (row.parentElement as HTMLElement).getBoundingClientRect();
          return a.top < area.top - 1 || a.bottom > area.bottom + 1;
        }).length,
      };
    });
}

for (const size of sizes) {
  for (const [section, kind] of tables) {
    test(`${kind} at ${size.width} x ${size.height}: every column fits and the grid fits the window`, async ({ app, page }) => {
      await page.setViewportSize(size);
      await app.openSection(section);
      const grid = page.locator(`[data-table-kind="${kind}"]`).first();
      await grid.scrollIntoViewIfNeeded();
      await expect(grid.locator('.ag-row .ag-cell').first()).toBeVisible();
      const f = await fits(page, kind);
      expect(f.overflowX, 'no horizontal scrolling needed').toBeLessThanOrEqual(1);
      expect(f.headers, 'no heading beyond the right edge').toBe(0);
      expect(f.cutHeadings, 'no heading cut short').toEqual([]);
      expect(f.cutPinned, 'totals rows wholly inside their area').toBe(0);
      expect(f.frameHeight).toBeLessThanOrEqual(f.windowHeight - 100);
      // The last row: scroll the grid to its end; the row's bottom is inside the grid's frame.
      const last = await grid.evaluate((g) => {
        const viewport = g.querySelector('.ag-grid-viewport') as HTMLElement;
        viewport.scrollTop = viewport.scrollHeight;
        return new Promise<{ rowBottom: number; frameBottom: number }>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const rows = [...g.querySelectorAll('.ag-row:not(.ag-row-pinned)')] as HTMLElement[];
              const lastRow = rows.sort((a, b) => Number(b.getAttribute('row-index')) - Number(a.getAttribute('row-index')))[0];
              const pinned = g.querySelector('.ag-row-pinned') as HTMLElement | null;
              const limit = pinned ? pinned.getBoundingClientRect().top : (g.querySelector('.grid-frame') as HTMLElement).getBoundingClientRect().bottom;
              done({ rowBottom: lastRow.getBoundingClientRect().bottom, frameBottom: limit });
            }),
          ),
        );
      });
      expect(last.rowBottom).toBeLessThanOrEqual(last.frameBottom + 1);
      if (kind === 'risks') {
        const band = grid.locator('[col-id="band"]', { hasText: 'HIGH' }).first();
        // The text's own box, whatever element ag-grid or our renderer puts it in.
        const lines = await band.evaluate((c) => {
          const text = document.createRange();
          text.selectNodeContents(c);
          return Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight));
        });
        expect(lines, 'the rating on one line').toBe(1);
      }
      await page.screenshot({ path: test.info().outputPath(`${kind}-${size.width}.png`) });
    });
  }
}

test('an empty table shows its note clear of its totals row', async ({ app: _app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page
    .getByRole('navigation', { name: 'Plans' })
    .getByRole('button', { name: /New plan/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Division / unit').fill('Test Division');
  await dialog.getByLabel(/Units \(one per line\)/).fill('Unit A');
  await dialog.getByRole('button', { name: /Create/ }).click();
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: 'Revenue Budget', exact: true }).first().click();
  const grid = page.locator('[data-table-kind="budget"]').first();
  const note = grid.locator('.grid-empty');
  await expect(note).toBeVisible();
  const totals = grid.locator('.ag-row-pinned').first();
  const a = await note.boundingBox();
  const b = await totals.boundingBox();
  expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y + 1);
  await page.screenshot({ path: test.info().outputPath('empty-budget.png') });
});
