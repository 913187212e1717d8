import { test, expect } from './fixtures';

const BUDGETS = [
  { unit: 'Early Years & Childcare', name: 'Advisory Service Kent - Early Years', controllable: '5,769.6', total: '5,925.3' },
  { unit: 'Primary', name: 'Advisory Service Kent - Primary', controllable: '4,623.3', total: '4,751.9' },
  { unit: 'Secondary', name: 'Advisory Service Kent - Secondary', controllable: '3,189.6', total: '3,279.8' },
  { unit: 'Professional Development', name: 'Advisory Service Kent - Professional Development', controllable: '2,893.8', total: '3,032.7' },
  { unit: 'Improvement Partnerships', name: 'Advisory Service Kent - Improvement Partnerships', controllable: '3,485.8', total: '3,612.0' },
];

test('opens the sample plan under its directorate, with its header', async ({ app, page }) => {
  await expect(app.planButton(/Standards and Achievement Division/)).toHaveAttribute('aria-current', 'true');
  await expect(app.planButton(/Managing Director's Introduction/)).toBeVisible();
  await expect(page.getByText('Children, Families, Health and Education Directorate').first()).toBeVisible();
  await expect(page.getByLabel('Unit Business Plan Contact')).toHaveValue('Carrie Beech');
  await expect(page.getByLabel('Cabinet Member')).toHaveValue('Chris Wells');
  await expect(page.getByLabel('Director', { exact: true })).toHaveValue('Carol Parsons');
  await expect(page.getByLabel('Financial year (first year)')).toHaveValue('2008');
});

test('the outline follows the contents page and every section reads', async ({ app, page }) => {
  // Tall enough that every grid draws all its rows (grids virtualise rows beyond the window): this test reads them all.
  await page.setViewportSize({ width: 1440, height: 4000 });
  const outline = page.getByRole('navigation', { name: 'Outline' }).getByRole('listitem');
  await expect(outline.first()).toHaveText('Title page');
  const texts = await outline.allInnerTexts();
  const sections = texts.slice(texts.indexOf('Purpose of the Service'));
  // The seed's contents page, level-1 entries in order.
  const level1 = [
    'Purpose of the Service',
    'Planning Context & Priorities',
    'Section 17 Crime and Disorder Act',
    'Equalities and Diversity',
    'Corporate Environmental Performance and Climate Change Adaptation',
    'Key Responsibilities',
    'Lead Roles',
    'Early Years & Childcare',
    'Primary',
    'Secondary',
    'Professional Development',
    'Improvement Partnerships',
    'Risks',
    'Consultation Exercises, Satisfaction Surveys, Reviews',
    'Capacity, Skills and Development Planning',
    'Staffing',
    'Monitoring and Review',
  ];
  expect(sections).toEqual(expect.arrayContaining(level1));
  expect(level1.map((t) => sections.indexOf(t))).toEqual([...level1.map((t) => sections.indexOf(t))].sort((a, b) => a - b));
  expect(sections).toHaveLength(42);
  expect(sections.at(-1)).toBe('Monitoring and Review');

  await app.openSection('Purpose of the Service');
  await expect(page.locator('main')).toContainText("works with Local Children's Services Partnerships");
  await expect(page.locator('main li').first()).toContainText('act as advocates in the best interests of children');

  await app.openSection('Contents');
  await expect(page.locator('.contents-page')).toContainText('– Projects, Developments & Key Actions');

  await app.openSection('Risks');
  await expect(page.locator('[data-table-kind="risks"]')).toContainText('Proposed strategies do not result in raising primary attainment');
  await expect(page.locator('[data-table-kind="risks"] [col-id="band"]').nth(1)).toHaveText('HIGH');

  await app.openSection('Early Years & Childcare');
  await expect(page.locator('[data-table-kind="actions"]')).toContainText('Leuven');
  await expect(page.locator('[data-table-kind="actions"] .ag-row[row-index="2"] [col-id="ref"]')).toHaveText('1.1.1');
});

test('editing the plan contact is saved and kept after a reload', async ({ page, app: _app }) => {
  const contact = page.getByLabel('Unit Business Plan Contact');
  await contact.fill('Jo Bloggs');
  await contact.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByLabel('Unit Business Plan Contact')).toHaveValue('Jo Bloggs');
  await expect(page.locator('.title-block')).toContainText('Jo Bloggs');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Unit Business Plan Contact')).toHaveValue('Carrie Beech');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('a year that is not a year is refused at the field and nothing is saved', async ({ page, app: _app }) => {
  const year = page.getByLabel('Financial year (first year)');
  await year.fill('20x8');
  await year.press('Enter');
  await expect(page.getByRole('alert')).toContainText('first year of the financial year');
  await page.reload();
  await expect(page.getByLabel('Financial year (first year)')).toHaveValue('2008');
});

for (const b of BUDGETS) {
  test(`${b.unit}: the budget totals equal the seed's`, async ({ app }) => {
    await app.openSection(b.unit);
    await expect(app.grid(b.name).totals('Controllable Totals').cell('controllable').locator).toHaveText(b.controllable);
    await expect(app.grid(b.name).totals('Total Cost of Unit').cell('controllable').locator).toHaveText(b.total);
  });
}

test('a new, empty plan for another unit is laid out with the standard sections', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Division / unit').fill('Resources Division');
  await dialog.getByLabel(/Units \(one per line\)/).fill('Finance\nPersonnel');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.planButton(/Resources Division/)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByLabel('Financial year (first year)')).toHaveValue('2009');
  await expect(app.outlineItem('Finance')).toBeVisible();
  await expect(app.outlineItem('Key Performance Indicators')).toBeVisible();
  await app.openSection('Finance');
  await expect(app.grid('Finance').totals('Total Cost of Unit').cell('controllable').locator).toHaveText('0.0');
});
