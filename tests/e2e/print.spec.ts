import { test, expect } from './fixtures';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Each page's size and text, read back with poppler. */
function pages(pdf: string): { size: string; text: string }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
  return sizes.map((size, i) => ({
    size,
    text: execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
  }));
}

test('print the Risks and Secondary sections to PDF: landscape A4 for the tables, repeated headings, page numbers', async ({ app, page }) => {
  await app.openSection('Print and PDF');
  const sections = page.getByRole('group', { name: 'Sections to print' });
  await sections.getByRole('button', { name: 'None' }).click();
  await sections.getByLabel('Risks').check();
  await sections.getByLabel('Secondary', { exact: true }).check(); // ticks its budget, core service and actions too
  await expect(page.getByText('5 of 42 sections')).toBeVisible();
  await expect(page.frameLocator('iframe[title="Print preview"]').locator('body')).toContainText('Advisory Service Kent - Secondary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF…' }).click()]);
  expect(download.suggestedFilename()).toBe('Standards and Achievement Division plan 2008-09.pdf');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-pdf-')), 'plan.pdf');
  await download.saveAs(file);
  const all = pages(file);
  const n = all.length;
  expect(n).toBeGreaterThan(4);
  all.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${n}`));
  const budget = all.filter((p) => p.text.includes('Total Cost of Unit'));
  expect(budget.length).toBeGreaterThan(0);
  expect(budget.every((p) => p.size === 'landscape')).toBe(true);
  expect(budget.map((p) => p.text).join('\n')).toMatch(/3,189\.6[\s\S]*3,279\.8/);
  const risks = all.filter((p) => p.text.includes('Proposed strategies do not result in raising'));
  expect(risks.map((p) => p.size)).toEqual(risks.map(() => 'landscape'));
  const actionPages = all.filter((p) => /\b3\.\d+\.\d+\b/.test(p.text));
  expect(actionPages.length).toBeGreaterThan(1);
  // The heading row repeats on every page (its two-word headings may wrap onto two lines of the heading row).
  for (const p of actionPages) expect(p.text).toContain('Deliverables or outcomes planned');
  for (const p of actionPages) expect(p.text).toContain('Accountable');
  expect(all.find((p) => p.text.includes('Core Service & Forecast Activity Levels'))!.size).toBe('portrait');
  // The contents page numbers each printed section with the page its title heads.
  const listed = [...all[1].text.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].filter((m) => !m[1].startsWith('Page ')).map((m) => [m[1], Number(m[2])] as const);
  expect(listed.map(([t]) => t)).toEqual([
    'Secondary',
    'Revenue Budget',
    'Core Service & Forecast Activity Levels',
    'Projects, Developments & Key Actions',
    'Risks',
  ]);
  for (const [title, n] of listed)
    expect(
      all[n - 1].text.split('\n').map((l) => l.trim()),
      `${title} on page ${n}`,
    ).toContain(title);
  expect(listed.slice(0, 3).map(([, p]) => p)).toEqual([3, 3, 4]); // Secondary and its budget share page 3
  expect(listed[4][1]).toBeGreaterThan(listed[3][1]);
});
