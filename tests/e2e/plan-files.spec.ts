/**
 * Plan files in the browser host: save a copy (a download), let it be edited elsewhere (a second database
 * through the services, as another laptop would), edit the same and another cell here, then merge it back
 * through File > Merge: the review shows the file's change and the conflict with base, mine and theirs;
 * the conflict is settled in the dialog and the result read back from the database.
 */
import { test, expect } from './fixtures';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openDatabase, type Db } from '../../electron/db/open';
import { getPlan } from '../../electron/services/plans';
import { updateCell } from '../../electron/services/rows';
import { readPlanFile } from '../../electron/plan-files/read';
import { writePlanFile } from '../../electron/plan-files/write';
import { openPlanFile, planFileFor } from '../../electron/plan-files/plan-files';
import type { Block } from '../../shared/model/plan';

const menu = (page: Page) => page.getByRole('menu', { name: 'File' });
async function choose(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await menu(page).getByRole('menuitem', { name: item }).click();
}
type Table = Extract<Block, { kind: 'table' }>;
const secondary = (db: Db, planId: number) =>
  getPlan(db, planId)
    .sections.flatMap((s) => s.blocks)
    .find((b): b is Table => b.kind === 'table' && b.meta.unitName === 'Advisory Service Kent - Secondary')!;

test('a plan file saved, edited elsewhere and merged back: the conflict is settled in the review', async ({ app, page, dbFile }) => {
  await expect(app.planButton(/Standards and Achievement/).first()).toBeVisible();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-planfile-'));
  const [download] = await Promise.all([page.waitForEvent('download'), choose(page, 'Save a copy as plan file…')]);
  expect(download.suggestedFilename()).toBe('Standards and Achievement Division plan 2008-09.plan');
  const sent = path.join(dir, 'sent.plan');
  await download.saveAs(sent);
  await expect(page.getByRole('status')).toContainText('Saved a copy as Standards and Achievement Division plan 2008-09.plan');

  // Elsewhere: the unit opens the file in its own database, edits two cells, and sends it back.
  const other = openDatabase(path.join(dir, 'unit.db'));
  const opened = openPlanFile(other, readPlanFile(sent));
  const theirId = opened.added!.id;
  updateCell(other, secondary(other, theirId).rows[1].id, 'employee', 420);
  updateCell(other, secondary(other, theirId).rows[2].id, 'activity', '14-19 (unit)');
  const back = path.join(dir, 'back.plan');
  writePlanFile(back, planFileFor(other, theirId));
  other.close();

  // Here, meanwhile: the same cell differently, and another one.
  const here = openDatabase(dbFile);
  updateCell(here, secondary(here, 2).rows[2].id, 'activity', '14-19 (central team)');
  updateCell(here, secondary(here, 2).rows[0].id, 'employee', 950);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose(page, 'Merge changes from a plan file…')]);
  await chooser.setFiles(back);
  const review = page.getByRole('dialog', { name: 'Merge back.plan' });
  await expect(review.getByRole('region', { name: 'Changes from the file' }).getByRole('listitem')).toHaveText([
    'Section "Revenue Budget", "Senior secondary advisers", Employee Costs £000\'s: 409.5 → 420.0',
  ]);
  const conflict = review.getByRole('row', { name: /Conflict: .*Activity/ });
  await expect(conflict.getByRole('cell')).toHaveText([
    'Section "Revenue Budget", "14-19 - standards fund", Activitychanged on both sides',
    '"14-19 - standards fund"',
    '"14-19 (central team)"',
    '"14-19 (unit)"',
  ]);
  await expect(review.getByRole('button', { name: 'Apply (0 of 1 conflicts settled)' })).toBeVisible();
  await conflict.getByRole('radio', { name: '"14-19 (unit)"' }).check();
  await review.getByRole('button', { name: 'Apply (1 of 1 conflicts settled)' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Merged back.plan: 1 change taken, 1 conflict settled. Ctrl+Z undoes the merge.');
  const rows = secondary(here, 2).rows;
  expect([rows[0].cells.employee, rows[1].cells.employee, rows[2].cells.activity]).toEqual([950, 420, '14-19 (unit)']);

  // The same file again (through Open plan file: the plan is here already, so it goes to the review): nothing to do.
  const [again] = await Promise.all([page.waitForEvent('filechooser'), choose(page, 'Open plan file…')]);
  await again.setFiles(back);
  const second = page.getByRole('dialog', { name: 'Merge back.plan' });
  await expect(second).toContainText('nothing to merge');
  await second.getByRole('button', { name: 'Cancel' }).click();
  here.close();
});

test('a damaged plan file is refused in one sentence and nothing changes', async ({ app, page }) => {
  await expect(app.planButton(/Standards and Achievement/).first()).toBeVisible();
  const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-planfile-')), 'broken.plan');
  fs.writeFileSync(bad, 'SQLite format 3\0' + 'x'.repeat(2000));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose(page, 'Open plan file…')]);
  await chooser.setFiles(bad);
  await expect(page.getByRole('status')).toHaveText(/^broken\.plan cannot be opened: it is damaged .*\. Nothing was changed\.$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Plans' }).getByRole('listitem')).toHaveCount(2);
});

test('the plan list renames, duplicates and (after asking) deletes the open plan', async ({ app, page }) => {
  await app
    .planButton(/Standards and Achievement/)
    .first()
    .click();
  const plans = page.getByRole('navigation', { name: 'Plans' });
  await plans.getByRole('button', { name: 'Rename…' }).click();
  await page.getByRole('dialog').getByLabel('Division / unit').fill('Standards Division');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(app.planButton(/^Standards Division/)).toHaveCount(1);
  await plans.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('status')).toHaveText('Duplicated as Standards Division (Annual Business Unit Operational Plan 2008/9 (copy)).');
  await expect(app.planButton(/^Standards Division/)).toHaveCount(2);
  await plans.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(plans.getByRole('listitem')).toHaveCount(3);
  await plans.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await expect(plans.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('status')).toContainText('Deleted Standards Division.');
});

test('the directorate view lists its plans with contacts and sums their budgets; its summary downloads with live formulas', async ({ app, page }) => {
  await expect(app.planButton(/Standards and Achievement/).first()).toBeVisible();
  const plans = page.getByRole('navigation', { name: 'Plans' });
  await plans.getByRole('button', { name: 'Duplicate' }).click(); // a second unit plan in the directorate
  await expect(plans.getByRole('listitem')).toHaveCount(3);
  await plans.locator('button.directorate-name').first().click();
  const view = page.getByRole('dialog');
  const list = view.getByRole('region', { name: 'Plans of the directorate' });
  await expect(list.getByRole('row')).toHaveCount(4); // heading and three plans
  await expect(list.getByRole('row').nth(2)).toContainText('Carrie Beech');
  await expect(view.getByTestId('directorate-controllable')).toHaveText('39,924.2');
  await expect(view.getByTestId('directorate-total-cost')).toHaveText('41,203.4');
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Summary to Excel…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/budget summary\.xlsx$/);
  await view.getByRole('button', { name: 'Actions by target…' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
