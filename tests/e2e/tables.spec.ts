import { test, expect } from './fixtures';

test('inserting an action between 1.1.2 and 1.1.3 renumbers the actions after it', async ({ app, page }) => {
  await app.openSection('Early Years & Childcare');
  // Body rows of the action table: unit, objective, actions...
  const actions = app.grid({ kind: 'actions' });
  const ref = (i: number) => actions.cell(i, 'ref').locator;
  const title = (i: number) => actions.cell(i, 'title');
  await expect(ref(3)).toHaveText('1.1.2');
  await expect(ref(4)).toHaveText('1.1.3');
  const was113 = await title(4).locator.innerText();
  await title(3).click();
  await page.getByRole('button', { name: 'Insert action below' }).click();
  await expect(ref(4)).toHaveText('1.1.3');
  await expect(title(4).locator).toHaveText('');
  await expect(ref(5)).toHaveText('1.1.4');
  await expect(title(5).locator).toHaveText(was113);
  await page.keyboard.press('Control+z');
  await expect(title(4).locator).toHaveText(was113);
});

test('a deliverable with its own target date is added without leaving the keyboard', async ({ app, page }) => {
  await app.openSection('Early Years & Childcare');
  const actions = app.grid({ kind: 'actions' });
  const cell = actions.cell(3, 'deliverables');
  await expect(actions.cell(3, 'ref').locator).toHaveText('1.1.2');
  await cell.click();
  await page.keyboard.press('F2'); // as in Excel: F2 edits, Enter moves down
  const editor = page.getByRole('group', { name: 'Deliverables' });
  await expect(editor).toBeVisible();
  const count = await editor.getByRole('listitem').count();
  await editor.getByLabel(`Target date ${count}`).focus();
  await page.keyboard.press('Enter'); // a new deliverable below
  await page.keyboard.type('Quality audit of ten settings completed');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nov 2008');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
  await expect(cell.locator).toContainText('• Quality audit of ten settings completed [Nov 2008]');
  await page.reload();
  await app.openSection('Early Years & Childcare');
  await expect(actions.cell(3, 'deliverables').locator).toContainText('[Nov 2008]');
});

test('setting a risk rating recomputes its score, band and the heat map', async ({ app, page }) => {
  await app.openSection('Risks');
  const row = app.grid({ kind: 'risks' }).row(1);
  await expect(row.cell('score').locator).toHaveText('16');
  await row.cell('likelihood').type('3');
  await page.keyboard.press('Enter');
  await expect(row.cell('score').locator).toHaveText('12');
  await expect(row.cell('band').locator).toHaveText('MEDIUM');
  await row.cell('impact').type('5');
  await page.keyboard.press('Enter');
  await expect(row.cell('score').locator).toHaveText('15');
  await expect(row.cell('band').locator).toHaveText('HIGH');
  await expect(page.locator('.heat-cell[data-impact="5"][data-likelihood="3"] .risk-dot')).toHaveText('Early Years Standards');
  await row.cell('impact').type('9');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('"9" is not a whole number from 1 to 5');
  await expect(row.cell('impact').locator).toHaveText('5');
});

test('paste three KPI rows from a spreadsheet, adding rows at the end', async ({ app, page }) => {
  await app.openSection('Key Performance Indicators');
  const kpi = app.grid({ kind: 'kpi' });
  await kpi.cell(10, 'category').click();
  await kpi.paste(
    'NI 72\tEarly Years Foundation Stage: 78 points\t49%\t52%\t55%\nNI 73\tKey Stage 2 English and Maths Level 4+\t69%\t71%\t74%\nNI 92\tNarrowing the gap, lowest 20%\t36.2%\t34%\t32%\n',
  );
  await expect(page.getByRole('status')).toHaveText('Pasted 15 cells.');
  await expect(kpi.cell(10, 'category').locator).toHaveText('NI 72');
  await expect(kpi.cell(12, 'targetNextYear').locator).toHaveText('32%');
  await expect(kpi.rows).toHaveCount(13);
});

test('a deliverable due Nov 2008 is found with the overdue filter', async ({ app, page }) => {
  // Tall enough that the grid draws every row of the table: the test reads the order from the rows drawn.
  await page.setViewportSize({ width: 1440, height: 3000 });
  await app.openSection('Early Years & Childcare');
  const actions = app.grid({ kind: 'actions' });
  const cell = actions.cell(3, 'deliverables');
  await cell.click();
  await page.keyboard.press('F2');
  const editor = page.getByRole('group', { name: 'Deliverables' });
  await editor.getByRole('button', { name: 'Add deliverable' }).click();
  await page.keyboard.type('Zebra audit of treasure chests');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nov 2008');
  await page.keyboard.press('Control+Enter');
  await expect(cell.locator).toContainText('[Nov 2008]');
  await expect(cell.locator.locator('.target.overdue', { hasText: '[Nov 2008]' })).toHaveAttribute('title', 'Overdue: the target month has passed');
  await expect(actions.locator('.target', { hasText: '[Termly]' }).first()).not.toHaveClass(/overdue/);
  const find = page.getByRole('search', { name: 'Find actions' });
  await find.getByLabel('Overdue').check();
  await find.getByLabel('Text').fill('zebra');
  await expect(actions.locator('.ag-center-cols-viewport .ag-row, .ag-row').filter({ hasText: 'Zebra audit' })).toHaveCount(1);
  await expect(actions.column('ref').filter({ hasText: /^1\.1\.\d+$/ })).toHaveText(['1.1.2']);
  await find.getByLabel('Due from').fill('2010-01'); // nothing in this plan is due after 2009
  await expect(actions.column('ref').filter({ hasText: /^1\.1\.\d+$/ })).toHaveCount(0);
  await find.getByRole('button', { name: 'Clear' }).click();
  await expect(
    actions
      .column('ref')
      .filter({ hasText: /^1\.1\.\d+$/ })
      .first(),
  ).toHaveText('1.1.1');
  // Ordered by target date within each objective; numbers stay those of the plan.
  const shownRefs = async () => (await actions.columnTexts('ref')).filter((ref) => /^1\.1\.\d+$/.test(ref));
  const planOrder = [...new Set(await shownRefs())];
  await find.getByLabel('Order').selectOption('due');
  await expect.poll(async () => [...new Set(await shownRefs())].join(' ')).not.toBe(planOrder.join(' '));
  const dueOrder = [...new Set(await shownRefs())];
  expect([...dueOrder].sort()).toEqual([...planOrder].sort());
  await find.getByLabel('Order').selectOption('plan');
  await expect(
    actions
      .column('ref')
      .filter({ hasText: /^1\.1\.\d+$/ })
      .first(),
  ).toHaveText('1.1.1');
});

test('an action links to T2010 Target 11 by picking it, and is listed under that target', async ({ app, page }) => {
  await app.openSection('Early Years & Childcare');
  const actions = app.grid({ kind: 'actions' });
  const links = actions.cell(2, 'links');
  await expect(actions.cell(2, 'ref').locator).toHaveText('1.1.1');
  await links.click();
  await page.keyboard.press('F2');
  const editor = page.getByRole('group', { name: 'Links to other plans' });
  await editor.getByLabel('Find a target').fill('T2010 Target 11');
  await expect(editor.getByRole('option').first()).toContainText('Help and inspire');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Some local plan nobody catalogued');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Control+Enter');
  await expect(links.locator).toContainText('T2010 Target 11');
  await expect(links.locator.locator('.link-unmatched', { hasText: 'Some local plan nobody catalogued' })).toHaveCount(1);
  await expect(links.locator.locator('.links-cell > div:not(.link-unmatched)', { hasText: 'T2010 Target 11' })).toHaveCount(1);
  await app.openSection('Targets of other plans');
  await page.getByRole('button', { name: /^T2010 Target 11 / }).click();
  const serving = page.getByRole('list', { name: 'Serving T2010 Target 11' });
  await expect(serving).toContainText('Action 1.1.1');
  await serving.getByRole('button', { name: 'Action 1.1.1' }).click();
  await expect(page.locator('.plan-section h3').first()).toHaveText('Projects, Developments & Key Actions');
  await expect(actions.cell(2, 'links').locator).toContainText('T2010 Target 11');
});

test('"Export whole plan" writes a workbook with a contents sheet and a sheet per table, row counts as in the app', async ({ app, page, host, request }) => {
  const res = await request.post(`${host.url}/api/getPlan`, { data: { planId: 2 }, headers: { Authorization: `Bearer ${host.token}` } });
  const plan = (await res.json()).result as { sections: { blocks: { kind: string; rows?: unknown[] }[] }[] };
  const tables = plan.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
  await app.openSection('Title page');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export whole plan to Excel…' }).click()]);
  const file = await download.path();
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file!);
  expect(wb.worksheets[0].name).toBe('Contents');
  expect(wb.worksheets).toHaveLength(tables.length + 1);
  const contents = wb.worksheets[0];
  const counts: number[] = [];
  contents.eachRow((row, r) => {
    if (r > 6 && typeof row.getCell(4).value === 'number') counts.push(row.getCell(4).value as number);
  });
  expect(counts).toEqual(tables.map((t) => t.rows!.length));
  const kpi = wb.worksheets.find((w) => w.name.startsWith('KPI'))!;
  expect(kpi.getCell('B6').value).toBe('Percentage of pupils achieving Level 4 in Key Stage 2 English test');
});

test('any table exports to Excel on its own: the risk register with its live score formulas', async ({ app, page }) => {
  await app.openSection('Risks');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel…' }).click()]);
  expect(download.suggestedFilename()).toBe('Standards and Achievement Division Risks 2008-09.xlsx');
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Risks']);
  const ws = wb.worksheets[0];
  const scores: unknown[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => typeof c.value === 'object' && c.value && 'formula' in c.value && scores.push((c.value as { result: unknown }).result)),
  );
  expect(scores).toEqual([16, 'HIGH', 16, 'HIGH']);
});
