/**
 * The outline, the contents page, search and Ctrl+S by keyboard: the outline is one Tab stop moved with
 * arrows and letters, Enter opens a section with the focus on its heading, F2 or the rename button renames
 * with the old name selected (typing replaces it), a new section's name is selected, the edit tools are
 * whole and keep the focus; the contents page has one marker per entry; search results are reached with
 * the arrow keys and open with the focus on what was found; Ctrl+S says every change is already saved;
 * the status line's messages are spoken through the live regions.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { expectVisibleFocus, focusReport, liveText } from './a11y-support';

test.use({ viewport: { width: 1366, height: 768 } });

const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });
const entry = (page: Page, name: string) => outline(page).getByRole('button', { name, exact: true });
const selection = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return { value: el.value, start: el.selectionStart, end: el.selectionEnd };
  });

test('the outline is one Tab stop: arrows, Home, End and letters move in it, Enter opens with the focus on the heading', async ({ app, page }) => {
  await app.outlineItem('Title page').waitFor();
  expect(await outline(page).locator('ul button[tabindex="0"]').count()).toBe(1);
  await outline(page).getByRole('button', { name: 'Edit outline' }).focus();
  await page.keyboard.press('Tab');
  await expect(entry(page, 'Title page')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(entry(page, 'Contents')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('End');
  await expect(outline(page).locator('ul button[data-entry]').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(entry(page, 'Title page')).toBeFocused();
  await page.keyboard.type('lead');
  await expect(entry(page, 'Lead Roles')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Lead Roles', exact: true })).toBeFocused();
  await expectVisibleFocus(page);
  // Back in the outline (Shift+Tab from the page's start would pass the tools; F6 goes straight there), the
  // entry in focus is the page on screen, and Tab leaves the outline in one press.
  await page.keyboard.press('Shift+F6');
  await expect(entry(page, 'Lead Roles')).toBeFocused();
  await expect(entry(page, 'Lead Roles')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !document.activeElement?.closest('nav.outline'))).toBe(true);
});

test('F2 renames with the old name selected, so typing replaces it; the focus returns to the entry', async ({ app, page }) => {
  await app.outlineItem('Risks').focus();
  await page.keyboard.press('F2');
  const input = outline(page).getByRole('textbox', { name: 'Rename Risks' });
  await expect(input).toBeFocused();
  expect(await selection(page)).toEqual({ value: 'Risks', start: 0, end: 5 });
  await page.keyboard.type('Risk Register');
  await page.keyboard.press('Enter');
  await expect(entry(page, 'Risk Register')).toBeFocused();
  await expectVisibleFocus(page);
  // Escape leaves the name as it was.
  await page.keyboard.press('F2');
  await page.keyboard.type('Nothing');
  await page.keyboard.press('Escape');
  await expect(entry(page, 'Risk Register')).toBeFocused();
});

test('Edit outline: a rename button, tools that are whole and keep the focus, and a new section named by typing over "New section"', async ({ app, page }) => {
  await app.outlineItem('Title page').waitFor();
  await outline(page).getByRole('button', { name: 'Edit outline' }).click();
  // Every tool is drawn whole inside the sidebar (none clipped), at level 1 and level 2.
  const clipped = await page.evaluate(() => {
    const bar = document.querySelector('.sidebar')!.getBoundingClientRect();
    const inner = bar.left + document.querySelector('.sidebar')!.clientWidth;
    return [...document.querySelectorAll('.section-tools button')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.left < bar.left || r.right > inner || r.width < 16;
    }).length;
  });
  expect(clipped).toBe(0);
  expect(await page.locator('.section-tools button').count()).toBeGreaterThan(5 * 40);
  const rename = outline(page).getByRole('button', { name: 'Rename Lead Roles' });
  await expect(rename).toHaveAttribute('title', 'Rename (F2)');

  // The tools of the entry in focus follow it in the Tab order; the others are not Tab stops.
  await app.outlineItem('Lead Roles').focus();
  await page.keyboard.press('Tab');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Tab');
  const up = outline(page).getByRole('button', { name: 'Move Lead Roles up' });
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  const titles = () => outline(page).locator('ul button[data-entry]').allInnerTexts();
  await expect.poll(async () => (await titles()).indexOf('Lead Roles') < (await titles()).indexOf('Key Responsibilities')).toBe(true);
  await expect(up).toBeFocused(); // pressed again, it would move the section once more
  await expectVisibleFocus(page);

  await outline(page).getByRole('button', { name: 'Add a section after Monitoring and Review' }).focus();
  await page.keyboard.press('Enter');
  const fresh = outline(page).getByRole('textbox', { name: 'Rename New section' });
  await expect(fresh).toBeFocused();
  expect(await selection(page)).toEqual({ value: 'New section', start: 0, end: 11 });
  await page.keyboard.type('Glossary');
  await page.keyboard.press('Enter');
  await expect(entry(page, 'Glossary')).toBeFocused();
  await expect(outline(page).locator('ul button[data-entry]').last()).toHaveText('Glossary');
});

test('the contents page shows one marker per entry: no bullets, a dash before a subsection only', async ({ app, page }) => {
  await app.openSection('Contents');
  const markers = await page.locator('.contents-page li').evaluateAll((lis) => lis.map((li) => getComputedStyle(li).listStyleType));
  expect(markers.length).toBeGreaterThan(40);
  expect(new Set(markers)).toEqual(new Set(['none']));
  const texts = await page.locator('.contents-page a').allTextContents();
  expect(texts.filter((t) => t.startsWith('– '))).toHaveLength(await page.locator('.contents-page li.level-2').count());
  expect(texts).toContain('– Revenue Budget');
  expect(texts).toContain('Secondary');
  // Subsections are a list inside their section's entry, so the levels are heard as well as seen.
  await expect(page.locator('.contents-page li.level-1', { hasText: 'Secondary' }).getByRole('list').getByRole('link', { name: 'Revenue Budget' })).toHaveCount(
    1,
  );
  await page.getByRole('link', { name: 'Risks', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Risks', exact: true })).toBeFocused();
});

test('search: ↓ from the box, ↑ back, Home/End, Escape; a text result opens in its editor and a title-page one in its field', async ({ app, page }) => {
  await app.outlineItem('Title page').waitFor();
  const box = page.getByLabel('Search this plan');
  await box.focus();
  await page.keyboard.type('Carrie Beech');
  await page.keyboard.press('ArrowDown');
  const results = page.locator('.search-results .hits button');
  await expect(results.first()).toBeFocused();
  await expect(results.first()).toHaveAccessibleDescription(/Carrie Beech/);
  await page.keyboard.press('End');
  await expect(results.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Unit Business Plan Contact')).toBeFocused();
  await expectVisibleFocus(page);

  await box.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('statutory duties');
  await expect(liveText(page, 'polite')).toHaveText(/^Search “statutory duties”: \d+ places? in \d+ sections?$/);
  await page.keyboard.press('ArrowDown');
  const text = page.locator('.search-results section', { has: page.locator('.hits button', { hasText: 'Text' }) }).first();
  const section = (await text.getAttribute('aria-label'))!.replace('Results in ', '');
  await text.getByRole('button', { name: 'Text' }).first().focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: `${section} text` });
  await expect(editor).toBeFocused();
  expect((await focusReport(page)).unobscured).toBe(true);

  await box.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('zzqqy');
  await expect(liveText(page, 'polite')).toHaveText('Search “zzqqy”: Nothing in this plan matches.');
});

test('Ctrl+S says every change is already saved, wherever the focus is, and the browser saves nothing', async ({ app, page }) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await app.openSection('Purpose of the Service');
  const status = page.getByRole('status');
  await page.getByRole('textbox', { name: 'Purpose of the Service text' }).focus();
  await page.keyboard.press('Control+s');
  await expect(status).toHaveText('Every change is already saved: Plan Editor saves each edit as you make it.');
  await app.openSection('Secondary');
  const cell = page.locator('[data-table-kind="budget"]').first().locator('.ag-row[row-index="0"] [col-id="employee"]');
  await cell.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+s');
  await expect(status).toHaveText('Every change is already saved. The cell you are typing in is saved when you press Enter or Tab.');
  await page.keyboard.press('Escape');
  expect(downloads).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Secondary', exact: true })).toBeVisible();
});

test('the status line is spoken: results politely, refusals at once, each once (the line itself is not live)', async ({ app, page }) => {
  await app.openSection('Secondary');
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'off');
  await page.keyboard.press('Control+s');
  await expect(liveText(page, 'polite')).toHaveText('Every change is already saved: Plan Editor saves each edit as you make it.');
  const cell = page.locator('[data-table-kind="budget"]').first().locator('.ag-row[row-index="1"] [col-id="running"]');
  await cell.click();
  await page.keyboard.type('lots');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('"lots" is not a number');
  await expect(liveText(page, 'assertive')).toHaveText(await page.getByRole('status').innerText());
  await expect(cell).toHaveText('47.0');
});
