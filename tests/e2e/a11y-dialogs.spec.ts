/**
 * Every dialog by keyboard: it takes the focus when it opens (on the field or button named below), Tab and
 * Shift+Tab stay inside it, Escape closes it (not the damaged-file choice, which must be made), the focus
 * goes back to what opened it, and axe finds nothing on it. The host runs the app's own database session,
 * as `npm run web` does, so the Backups dialog can say where the backups are.
 */
import { test as base, expect, type Page, type Locator } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppDatabase } from '../../electron/app-database';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { startHost } from '../../electron/api/http-host';
import { PlanEditorPage } from './fixtures';
import { axeViolations, expectVisibleFocus } from './a11y-support';

const test = base.extend<{ file: string; app: PlanEditorPage }>({
  file: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-a11y-'));
    await use(path.join(dir, 'plans.db'));
    fs.rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, file }, use) => {
    const session = await AppDatabase.open(file);
    const host = await startHost({ dispatch: makeDispatch(makeHandlers(session), () => {}), staticDir: path.resolve('dist/renderer') });
    await page.goto(host.appUrl);
    await use(new PlanEditorPage(page));
    await host.close();
    session.close();
  },
});

// axe is injected into the page: the app's CSP forbids that, so it is bypassed for these tests only.
test.use({ viewport: { width: 1366, height: 768 }, bypassCSP: true });

/** Tab and Shift+Tab, more times than the dialog has controls: the focus never leaves it. */
async function expectTrapped(page: Page, dialog: Locator, presses: number): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `${key} #${i + 1} left the dialog`).toBe(true);
    }
  }
  await expectVisibleFocus(page);
}

test('Backups: opens on "Back up now", says where backups are kept, traps Tab, closes on Escape and gives the focus back', async ({ app, page, file }) => {
  await app.outlineItem('Title page').waitFor();
  const opener = page.getByRole('button', { name: 'Backups…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Back up now' })).toBeFocused();
  await expectVisibleFocus(page);
  await expect(dialog).toContainText(`They are kept in ${path.join(path.dirname(file), 'backups')}, beside the plans file.`);
  await page.keyboard.press('Enter'); // back up now
  await expect(dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem').filter({ hasText: 'made by hand' })).toHaveCount(1);
  await dialog.getByRole('radio').first().check();
  await expect(dialog.getByRole('note')).toContainText('Restoring replaces every plan');
  expect(await axeViolations(page)).toEqual([]);
  await expectTrapped(page, dialog, 8);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expectVisibleFocus(page);
});

test('New plan: opens on the division (the directorate is carried over), traps Tab, Escape gives the focus back to "New plan…"', async ({ app, page }) => {
  await app.outlineItem('Title page').waitFor();
  const opener = page.getByRole('button', { name: 'New plan…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await expect(dialog.getByLabel('Division / unit')).toBeFocused();
  await expect(dialog.getByLabel('Directorate')).toHaveValue('Children, Families, Health and Education Directorate');
  await expectVisibleFocus(page);
  expect(await axeViolations(page)).toEqual([]);
  await expectTrapped(page, dialog, 12);
  // A refusal is read out (role=alert) and keeps the dialog open with the focus in it.
  await dialog.getByRole('button', { name: 'Create plan' }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Name the division or unit the plan is for.');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the page behind an open dialog is inert (the live regions outside it stay awake), and wakes when it closes', async ({ app, page }) => {
  await app.outlineItem('Title page').waitFor();
  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  const awake = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('#root > .app > *')]
        .filter((e) => !e.querySelector('[role=dialog]') && !(e as HTMLElement).inert)
        .map((e) => e.tagName.toLowerCase()),
    );
  expect(await awake()).toEqual([]);
  expect(await page.evaluate(() => ['announce-polite', 'announce-assertive'].map((id) => document.getElementById(id)!.closest('[inert]')))).toEqual([
    null,
    null,
  ]);
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('button', { name: 'Contents' })
    .click({ force: true })
    .catch(() => undefined);
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
});

test('Keyboard shortcuts: F1 and "?" open the list (with the grid keys), focus on Close, Escape gives the focus back', async ({ app, page }) => {
  await app.openSection('Secondary');
  const heading = page.getByRole('heading', { name: 'Secondary', exact: true });
  await expect(heading).toBeFocused();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const caption of ['Anywhere', 'Outline', 'Search', 'Tables (as in Excel)', 'Text editor'])
    await expect(dialog.getByRole('table', { name: caption })).toBeVisible();
  const grid = dialog.getByRole('table', { name: 'Tables (as in Excel)' });
  for (const keys of ['Ctrl+D', 'Ctrl+R', 'Ctrl+H', 'Shift+F10', 'F2', 'Shift+arrows'])
    await expect(grid.locator('kbd', { hasText: keys }).first()).toBeVisible();
  const anywhere = dialog.getByRole('table', { name: 'Anywhere' });
  for (const keys of ['F6', 'Ctrl+Tab', 'Ctrl+S', 'F1']) await expect(anywhere.locator('kbd', { hasText: keys }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expectTrapped(page, dialog, 3);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(heading).toBeFocused();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  // "?" typed in a field is text, not the shortcut list.
  await page.getByLabel('Search this plan').focus();
  await page.keyboard.type('?');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Search this plan')).toHaveValue('?');
});

test('Import review: the workbook review takes the focus, traps it, Escape cancels and the focus returns', async ({ app, page }) => {
  await app.openSection('Budget summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all budgets to Excel…' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-a11y-xlsx-')), 'budgets.xlsx');
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet('Secondary')!.getCell('F9').value = 50; // running costs 47.0 -> 50.0
  await wb.xlsx.writeFile(file);
  // The user presses "Import from finance…" and picks the file in the system's chooser (set directly here).
  const opener = page.getByRole('button', { name: 'Import from finance…' });
  await opener.focus();
  await page.getByLabel('Budget workbook to import').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: /Review/ });
  await expect(dialog.locator('.cell-change')).toHaveText(["Running Costs £000's: 47.0 → 50.0"]);
  await expect(dialog.getByRole('checkbox', { name: 'Accept Senior secondary advisers' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await expectTrapped(page, dialog, 6);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the damaged-file choice takes the focus on "Restore that backup", keeps it, and Escape does not dismiss it', async ({ browser, file }) => {
  const first = await AppDatabase.open(file);
  await first.backupNow();
  first.close();
  fs.writeFileSync(file, Buffer.alloc(8192, 0x42));
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const session = await AppDatabase.open(file);
  const host = await startHost({ dispatch: makeDispatch(makeHandlers(session), () => {}), staticDir: path.resolve('dist/renderer') });
  try {
    await page.goto(host.appUrl);
    const dialog = page.getByRole('alertdialog', { name: 'The plans file is damaged' });
    await expect(dialog.getByRole('button', { name: 'Restore that backup' })).toBeFocused();
    await expectVisibleFocus(page);
    expect(await axeViolations(page)).toEqual([]);
    await expectTrapped(page, dialog, 4);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Restore that backup' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  } finally {
    await page.close();
    await host.close();
    session.close();
  }
});

test('Find and replace (Ctrl+H from a cell), the File menu and About: focus in, trapped, axe-clean, Escape gives the focus back', async ({ app, page }) => {
  await app.openSection('Secondary');
  await expect(page.getByRole('heading', { name: 'Secondary', exact: true })).toBeFocused();
  await page.keyboard.press('Control+Tab');
  const cell = page.locator('[data-table-kind="budget"] [role="gridcell"]:focus');
  await expect(cell).toHaveCount(1);
  await page.keyboard.press('Control+h');
  const replace = page.getByRole('dialog', { name: 'Find and replace' });
  await expect(replace.getByLabel('Find')).toBeFocused();
  await page.keyboard.type('advisers');
  await expect(replace.getByRole('list', { name: 'Replacements' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expectTrapped(page, replace, 8);
  await page.keyboard.press('Escape');
  await expect(replace).toBeHidden();
  await expect(cell).toHaveCount(1);
  await expectVisibleFocus(page);

  // About, from the browser's File menu by keyboard: ↓ moves through the menu, Escape closes it on "File".
  const file = page.getByRole('button', { name: 'File' });
  await file.focus();
  await page.keyboard.press('Enter');
  const items = page.getByRole('menu', { name: 'File' }).getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'File' }).locator('[role="menuitem"]:not(:disabled)').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(file).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'About' })).toBeFocused();
  await page.keyboard.press('Enter');
  const about = page.getByRole('dialog', { name: 'About Plan Editor' });
  await expect(about.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await expectVisibleFocus(page);
});
