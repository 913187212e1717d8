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

test('back up now, edit, then restore the backup: the old figures return and the replaced file is kept', async ({ page, file }) => {
  const { app, close } = await serve(page, file);
  const employee = app.grid(SECONDARY).cell(0, 'employee');
  await app.openSection('Secondary');
  await expect(employee.locator).toHaveText('944.4');
  await page.getByRole('button', { name: 'Backups…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const list = page.getByRole('list', { name: 'Backups' });
  await expect(list.getByRole('listitem').filter({ hasText: 'made by hand' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Close' }).click();

  await employee.edit('1000');
  await expect(employee.locator).toHaveText('1,000.0');

  await page.getByRole('button', { name: 'Backups…' }).click();
  await list.getByRole('listitem').filter({ hasText: 'made by hand' }).getByRole('radio').check();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Backup restored');
  await app.openSection('Secondary');
  await expect(employee.locator).toHaveText('944.4');
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
  const employee = app.grid(SECONDARY).cell(0, 'employee');
  const dialog = page.getByRole('alertdialog', { name: 'The plans file is damaged' });
  await expect(dialog).toContainText('moved, exactly as it was');
  await expect(dialog).toContainText('made by hand');
  expect(fs.readdirSync(path.join(path.dirname(file), 'damaged'))).toHaveLength(1);
  await dialog.getByRole('button', { name: 'Restore that backup' }).click();
  await expect(dialog).toBeHidden();
  await app.openSection('Secondary');
  await expect(employee.locator).toHaveText('944.4');
  await close();
});

test('an edit the disk will not take is reported as not saved and the grid keeps the old value', async ({ page, file }) => {
  const { session, app, close } = await serve(page, file);
  const employee = app.grid(SECONDARY).cell(0, 'employee');
  await app.openSection('Secondary');
  session.get().pragma('query_only = ON'); // SQLite now refuses every write, as with a read-only file
  await employee.edit('1000');
  await expect(page.getByRole('status')).toContainText('Not saved: the plans file or its folder is read-only');
  await expect(employee.locator).toHaveText('944.4');
  session.get().pragma('query_only = OFF');
  await employee.edit('1000');
  await expect(employee.locator).toHaveText('1,000.0');
  await page.reload();
  await app.openSection('Secondary');
  await expect(employee.locator).toHaveText('1,000.0');
  await close();
});
