/**
 * "New plan from a Word document…" in the browser host: the seed plan converted to .docx by pandoc is
 * chosen through the file input, the review lists the recognised budgets with their totals beside the
 * document's, and Create plan creates and opens the plan.
 */
import { test, expect } from './fixtures';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDocx, SEED_000 } from '../support/seed-docx';
import { axeViolations } from './a11y-support';

// axe is injected into the page: the app's CSP forbids that, so it is bypassed for these tests only.
test.use({ bypassCSP: true });

test('File menu: a plan written in Word is reviewed, then created and opened', async ({ app, page }) => {
  void app; // the fixture starts the host and opens the sample plan
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-word-')), 'Standards plan.docx');
  fs.writeFileSync(file, seedDocx(fs.readFileSync(SEED_000, 'utf8')));

  await page.getByRole('button', { name: 'File', exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'New plan from a Word document…' }).click(),
  ]);
  await chooser.setFiles(file);

  const review = page.getByRole('dialog', { name: 'New plan from Standards plan.docx' });
  await expect(review).toContainText('18 tables recognised');
  await expect(review).toContainText('Every budget total agrees with the document.');
  const tables = review.getByRole('table', { name: 'Tables recognised' });
  const secondary = tables.getByRole('row').filter({ hasText: 'Advisory Service Kent - Secondary' });
  await expect(secondary).toContainText('Controllable Totals: 3,189.6 / 3,189.6');
  await expect(secondary).toContainText('Total Cost of Unit: 3,279.8 / 3,279.8');
  await expect(tables.getByRole('row').filter({ hasText: 'Projects, Developments & Key Actions' })).toHaveCount(5);
  await expect(review.getByRole('list', { name: 'Sections found' })).toContainText('Purpose of the Service');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(os.tmpdir(), 'plan-editor-word-review.png') });

  await review.getByRole('button', { name: 'Create plan' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Created Standards and Achievement Division 2008/09 from Standards plan.docx.');
});

test('File menu: Word document… downloads the plan as .docx with its sections', async ({ app, page }) => {
  void app;
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Word document…', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Standards and Achievement Division plan 2008-09.docx');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-word-')), 'plan.docx');
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const JSZip = (await import('jszip')).default;
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Advisory Service Kent - Secondary');
  await expect(page.getByRole('status')).toHaveText('Saved Standards and Achievement Division plan 2008-09.docx.');
});
