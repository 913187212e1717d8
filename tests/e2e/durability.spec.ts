/**
 * The plans file as a user meets it: backups and restore, a damaged file at start-up, and an edit the disk
 * would not take. The host here runs the app's own database session (AppDatabase), as `npm run web` does.
 */
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppDatabase } from '../../electron/app-database';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { startHost } from '../../electron/api/http-host';
import { PlanEditorPage } from './fixtures';

const SECONDARY = 'Advisory Service Kent - Secondary';
const cell = (page: Page, row: number, col: string) =>
  page.locator('.table-block', { has: page.getByRole('heading', { name: SECONDARY, exact: true }) }).locator(`.ag-row[row-index="${row}"] [col-id="${col}"]`);

/** Opens `file` the way the app does and serves it; `prepare` may damage it first. */
async function serve(page: Page, file: string): Promise<{ session: AppDatabase; app: PlanEditorPage; close: () => Promise<void> }> {
  const session = await AppDatabase.open(file);
  const host = await startHost({ dispatch: makeDispatch(makeHandlers(session), () => {}), staticDir: path.resolve('dist/renderer') });
  await page.goto(host.appUrl);
  return { session, app: new PlanEditorPage(page), close: async () => (await host.close(), session.close()) };
}

const test = base.extend<{ file: string }>({
  file: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-e2e-'));
    await use(path.join(dir, 'plans.db'));
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

async function editEmployee(page: Page, value: string): Promise<void> {
  await cell(page, 0, 'employee').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

test('back up now, edit, then restore the backup: the old figures return and the replaced file is kept', async ({ page, file }) => {
  const { app, close } = await serve(page, file);
  await app.openSection('Secondary');
  await expect(cell(page, 0, 'employee')).toHaveText('944.4');
  await page.getByRole('button', { name: 'Backups…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const list = page.getByRole('list', { name: 'Backups' });
  await expect(list.getByRole('listitem').filter({ hasText: 'made by hand' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Close' }).click();

  await editEmployee(page, '1000');
  await expect(cell(page, 0, 'employee')).toHaveText('1,000.0');

  await page.getByRole('button', { name: 'Backups…' }).click();
  await list.getByRole('listitem').filter({ hasText: 'made by hand' }).getByRole('radio').check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Backup restored');
  await app.openSection('Secondary');
  await expect(cell(page, 0, 'employee')).toHaveText('944.4');
  await page.getByRole('button', { name: 'Backups…' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'before a restore' })).toHaveCount(1);
  await close();
});

test('a damaged file at start-up is moved aside and the newest sound backup is offered and restored', async ({ page, file }) => {
  const first = await AppDatabase.open(file);
  await first.backupNow();
  first.close();
  fs.writeFileSync(file, Buffer.alloc(8192, 0x42)); // the file is overwritten with junk
  const { app, close } = await serve(page, file);
  const dialog = page.getByRole('alertdialog', { name: 'The plans file is damaged' });
  await expect(dialog).toContainText('moved, exactly as it was');
  await expect(dialog).toContainText('made by hand');
  expect(fs.readdirSync(path.join(path.dirname(file), 'damaged'))).toHaveLength(1);
  await dialog.getByRole('button', { name: 'Restore that backup' }).click();
  await expect(dialog).toBeHidden();
  await app.openSection('Secondary');
  await expect(cell(page, 0, 'employee')).toHaveText('944.4');
  await close();
});

test('an edit the disk will not take is reported as not saved and the grid keeps the old value', async ({ page, file }) => {
  const { session, app, close } = await serve(page, file);
  await app.openSection('Secondary');
  session.get().pragma('query_only = ON'); // SQLite now refuses every write, as with a read-only file
  await editEmployee(page, '1000');
  await expect(page.getByRole('status')).toContainText('Not saved: the plans file or its folder is read-only');
  await expect(cell(page, 0, 'employee')).toHaveText('944.4');
  session.get().pragma('query_only = OFF');
  await editEmployee(page, '1000');
  await expect(cell(page, 0, 'employee')).toHaveText('1,000.0');
  await page.reload();
  await app.openSection('Secondary');
  await expect(cell(page, 0, 'employee')).toHaveText('1,000.0');
  await close();
});
