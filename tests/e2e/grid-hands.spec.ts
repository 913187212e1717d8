/**
 * The grid under real hands (issue 10): what a new user hit, reproduced with their own keys at human speed
 * on a 1366 x 768 laptop screen.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 768 } });

const errors = (page: Page) => {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
};

test('editing a manager with F2 and Ctrl+Enter saves it and the app stays on screen', async ({ app, page }) => {
  const seen = errors(page);
  await app.openSection('Secondary');
  const actions = app.grid({ kind: 'actions', nth: 0 });
  await expect(actions.root).toBeVisible();
  const action = actions.row('3.1.1');
  const managers = action.cell('managers');
  const before = await managers.text();
  await managers.click();
  await page.keyboard.press('F2');
  await page.keyboard.type(' X', { delay: 60 });
  await page.keyboard.press('Control+Enter');
  await expect(managers.locator).toHaveText(`${before} X`);
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  // Then the other way out: F2, type, click another cell, once the first edit is acknowledged.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('plan-editor:ack:updateCell').length)).toBe(1);
  await managers.click();
  await page.keyboard.press('F2');
  await page.keyboard.type('Y', { delay: 60 });
  await action.cell('title').click();
  await expect(managers.locator).toHaveText(`${before} XY`);
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  expect(seen).toEqual([]);
});

test('typing on a selected multi-line cell replaces it, starting with the first key', async ({ app, page }) => {
  await app.openSection('Risks');
  const event = app.grid({ kind: 'risks', nth: 0 }).cell(0, 'event');
  await event.type('Set targets', { delay: 60 });
  await page.keyboard.press('Control+Enter');
  await expect(event.locator).toHaveText('Set targets');
  // F2 edits at the end of what is there.
  await event.click();
  await page.keyboard.press('F2');
  await page.keyboard.type(' now', { delay: 60 });
  await page.keyboard.press('Control+Enter');
  await expect(event.locator).toHaveText('Set targets now');
  await page.reload();
  await app.openSection('Risks');
  await expect(app.grid({ kind: 'risks', nth: 0 }).cell(0, 'event').locator).toHaveText('Set targets now');
});

test('typing into an empty action keeps the first letter', async ({ app, page }) => {
  await app.openSection('Early Years & Childcare');
  const actions = app.grid({ kind: 'actions', nth: 0 });
  await actions.cell(3, 'title').click();
  await page.getByRole('button', { name: 'Insert action below' }).click();
  const title = actions.cell(4, 'title');
  await expect(title.locator).toHaveText('');
  await title.type('Hello world', { delay: 60 });
  await page.keyboard.press('Control+Enter');
  await expect(title.locator).toHaveText('Hello world');
});

test('a new budget line typed with no pause keeps every keystroke', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid({ kind: 'budget', nth: 0 });
  await budget.cell(0, 'activity').click();
  await page.getByRole('button', { name: /Insert (row|line) below/ }).click();
  const row = budget.row(1);
  await expect(row.cell('activity').locator).toHaveText('');
  await row.cell('activity').type('Tutoring', { delay: 0 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('3', { delay: 0 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('120', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(row.cell('activity').locator).toHaveText('Tutoring');
  await expect(row.cell('fte').locator).toHaveText('3.0');
  await expect(row.cell('employee').locator).toHaveText('120.0');
  await page.reload();
  await app.openSection('Secondary');
  await expect(budget.cell(1, 'employee').locator).toHaveText('120.0');
});

test('Tab to a filled cell, then typing with no pause replaces its figure, as in Excel', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid({ kind: 'budget', nth: 0 });
  await budget.cell(1, 'employee').type('412.5', { delay: 0 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('99', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(budget.cell(1, 'employee').locator).toHaveText('412.5');
  await expect(budget.cell(1, 'running').locator).toHaveText('99.0');
  await page.reload();
  await app.openSection('Secondary');
  await expect(budget.cell(1, 'running').locator).toHaveText('99.0');
});

test('removing the open section leaves the user on its neighbour with no error', async ({ app: _app, page }) => {
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Edit outline' }).click();
  await outline.getByRole('button', { name: 'Add a section after Risks' }).click();
  const fresh = outline.getByLabel('Rename New section');
  await fresh.fill('Scratch notes');
  await fresh.press('Enter');
  await outline.getByRole('button', { name: 'Scratch notes', exact: true }).click();
  await expect(page.locator('main h2')).toHaveText('Scratch notes');
  await page.locator('main .narrative-editable').click();
  await page.keyboard.type('a note', { delay: 30 });
  page.once('dialog', (d) => void d.accept());
  await outline.getByRole('button', { name: 'Remove Scratch notes' }).click();
  await expect(outline.getByRole('button', { name: 'Scratch notes', exact: true })).toHaveCount(0);
  await expect(page.locator('main h2')).toHaveText('Risks');
  await expect(page.getByRole('status')).toHaveText(/^Removed "Scratch notes"/);
  await expect(page.locator('footer.status')).not.toHaveClass(/error/);
});

test('a search result jumps to its row, in view and flashed; results name the unit and action', async ({ app, page }) => {
  await page.getByLabel('Search this plan').fill('Quest project');
  await page.keyboard.press('Enter');
  const results = page.locator('.search-results');
  await results
    .getByRole('button', { name: /Projects, Developments & Key Actions/ })
    .first()
    .click();
  const focused = app.grid({ kind: 'actions' }).focusedCell;
  await expect(focused).toContainText('Quest');
  await expect(focused).toBeInViewport({ ratio: 0.5 });
});

test('undo says what it undid and brings the place into view', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid({ kind: 'budget', nth: 0 });
  const employee = budget.cell(0, 'employee');
  const line = await budget.cell(0, 'activity').text();
  await employee.type('999', { delay: 40 });
  await page.keyboard.press('Enter');
  await expect(employee.locator).toHaveText('999.0');
  await app.openSection('Risks');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText(`Undone: Employee Costs of ${line}.`);
  await expect(page.locator('main')).toContainText('Advisory Service Kent - Secondary');
  const restored = budget.cell(0, 'employee');
  await expect(restored.locator).not.toHaveText('999.0');
  await expect(budget.focusedCell).toBeInViewport();
});

test('after a reload the app returns to the section the user was in', async ({ app, page }) => {
  await app.openSection('Lead Roles');
  await expect(page.locator('main h2')).toHaveText('Lead Roles');
  await page.reload();
  await expect(page.locator('main h2')).toHaveText('Lead Roles');
  await expect(app.outlineItem('Lead Roles')).toHaveAttribute('aria-current', 'true');
});

test('Insert row below puts the focus on the new row, ready for typing', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid({ kind: 'budget', nth: 0 });
  await budget.cell(1, 'activity').click();
  await page.getByRole('button', { name: 'Insert row below' }).first().click();
  await expect(budget.focusedCell).toHaveAttribute('col-id', 'lastYearControllable');
  await expect(budget.focusedRow).toHaveAttribute('row-index', '2');
  await page.keyboard.type('12.5', { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(budget.cell(2, 'lastYearControllable').locator).toHaveText('12.5');
});

test('Ctrl+D fills down and Ctrl+R fills right as one undoable step; the status line sums the selection', async ({ app, page }) => {
  await app.openSection('Secondary');
  const budget = app.grid({ kind: 'budget', nth: 0 });
  const running = (r: number) => budget.cell(r, 'running');
  const first = await running(0).text();
  await running(0).click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  await expect(running(1).locator).toHaveText(first);
  await expect(running(2).locator).toHaveText(first);
  await expect(page.locator('.selection-stats')).toContainText('Count: 3');
  const n = Number(first.replace(/,/g, ''));
  await expect(page.locator('.selection-stats')).toContainText(
    `Sum: ${(n * 3).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`,
  );
  await page.keyboard.press('Control+z');
  await expect(running(1).locator).not.toHaveText(first);
  // Ctrl+R: employee costs of line 1 into running costs and contracts.
  const employee = await budget.cell(1, 'employee').text();
  await budget.cell(1, 'employee').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+r');
  await expect(budget.cell(1, 'running').locator).toHaveText(employee);
  await expect(budget.cell(1, 'contracts').locator).toHaveText(employee);
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible(); // no page reload
});

test('the right-click menu inserts and deletes rows and adds a deliverable', async ({ app, page }) => {
  await app.openSection('Early Years & Childcare');
  const actions = app.grid({ kind: 'actions', nth: 0 });
  const ref = (i: number) => actions.cell(i, 'ref').locator;
  const title = actions.cell(3, 'title');
  await expect(ref(3)).toHaveText('1.1.2');
  await title.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Table' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /Insert action above/ }).click();
  await expect(menu).toBeHidden();
  await expect(title.locator).toHaveText('');
  await expect(ref(4)).toHaveText('1.1.3');
  await title.click();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await menu.getByRole('menuitem', { name: 'Delete row' }).click();
  await expect(ref(3)).toHaveText('1.1.2');
  await title.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Add deliverable' }).click();
  const editor = page.getByRole('group', { name: 'Deliverables' });
  await expect(editor).toBeVisible();
  await page.keyboard.type('Menu-added deliverable', { delay: 20 });
  await page.keyboard.press('Control+Enter');
  await expect(actions.cell(3, 'deliverables').locator).toContainText('• Menu-added deliverable');
});
