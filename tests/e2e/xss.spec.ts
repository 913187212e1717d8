/**
 * Cross-site scripting in the real renderer: a corpus of payloads is put everywhere a user's text goes
 * (narrative, cells of several tables, the plan header, section titles, search, a paste of hostile HTML,
 * typing into a grid cell), every place is visited, the print preview is opened. Nothing may run: no dialog,
 * no CSP violation, no element with an event handler or a script URL, and text stays literal text.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { openDatabase } from '../../electron/db/open';
import { XSS_HREFS, XSS_PAYLOADS as P } from '../support/xss-payloads';
import { ALLOWED_HREF, hrefsIn, modelViolations } from '../support/model-rules';
import type { PlanDocument } from '../../shared/model/plan';

type Host = { url: string; token: string };

async function api<T = unknown>(host: Host, name: string, arg: unknown): Promise<{ ok: boolean; result: T; error?: { code: string } }> {
  const res = await fetch(`${host.url}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(arg),
  });
  return (await res.json()) as { ok: boolean; result: T; error?: { code: string } };
}

const sectionOf = (doc: PlanDocument, title: string) => doc.sections.find((s) => s.title === title)!;
const tableIn = (doc: PlanDocument, title: string, kind: string) => sectionOf(doc, title).blocks.find((b) => b.kind === 'table' && b.tableKind === kind)!;
const narrativeIn = (doc: PlanDocument, title: string) => sectionOf(doc, title).blocks.find((b) => b.kind === 'narrative')!;
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Puts the payloads in through the API, as the renderer would; the hostile structures must be refused. */
async function seed(host: Host): Promise<PlanDocument> {
  const plans = (await api<{ id: number; kind: string }[]>(host, 'listPlans', {})).result;
  const planId = plans.find((p) => p.kind === 'unit')!.id;
  const doc = (await api<PlanDocument>(host, 'getPlan', { planId })).result;
  const ok = async (name: string, arg: unknown) => expect((await api(host, name, arg)).ok, name).toBe(true);
  await ok('updateHeader', { planId, patch: { title: P[0], division: P[8], director: P[11], cabinetMember: P[3], planContact: P[40] } });
  await ok('renameSection', { sectionId: sectionOf(doc, 'Monitoring and Review').id, title: `Monitoring ${P[16]}` });
  await ok('addSection', { planId, title: P[12], level: 1 });
  await ok('updateNarrative', { blockId: narrativeIn(doc, 'Purpose of the Service').id, doc: { type: 'doc', content: P.map(para) } });
  const purpose = narrativeIn(doc, 'Purpose of the Service').id;
  for (const href of XSS_HREFS) {
    const linked = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }] };
    expect((await api(host, 'updateNarrative', { blockId: purpose, doc: linked })).error?.code, href).toBe('BAD_REQUEST');
  }
  for (const node of [
    { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
    { type: 'paragraph', content: [{ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }] },
  ]) {
    expect((await api(host, 'updateNarrative', { blockId: purpose, doc: { type: 'doc', content: [node] } })).error?.code).toBe('BAD_REQUEST');
  }
  const risks = tableIn(doc, 'Risks', 'risks');
  await ok('updateCells', { blockId: risks.id, changes: [], append: P.map((p) => ({ event: p, existingControls: [p] })) });
  await ok('updateCells', {
    blockId: tableIn(doc, 'Key Performance Indicators', 'kpi').id,
    changes: [],
    append: P.slice(0, 10).map((p) => ({ indicator: p, targetNextYear: p })),
  });
  const budget = doc.sections.find((s) => s.blocks.some((b) => b.kind === 'table' && b.tableKind === 'budget'))!.blocks[0];
  await ok('updateCells', { blockId: budget.id, changes: [], append: [{ activity: P[20] }] });
  const actions = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.tableKind === 'actions')!;
  const action = actions.kind === 'table' ? actions.rows.find((r) => r.role === 'action')! : null;
  await ok('updateCell', { rowId: action!.id, column: 'deliverables', value: [{ text: P[9], target: P[44] }] });
  return (await api<PlanDocument>(host, 'getPlan', { planId })).result;
}

/** Elements with an event-handler attribute, or a script URL in a link or source, in the page and its frames. */
async function hostileElements(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    found.push(
      ...(await frame.evaluate(() => {
        const bad: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const a of Array.from(el.attributes)) {
            if (/^on/i.test(a.name)) bad.push(`<${el.tagName} ${a.name}>`);
            if (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(a.name) && /^\s*(javascript|vbscript):|^\s*data:text\/html/i.test(a.value))
              bad.push(`<${el.tagName} ${a.name}=${a.value}>`);
          }
        }
        // The app's own bundle is the only script, loaded by src; no inline script, no payload element.
        for (const el of Array.from(
          document.querySelectorAll(
            'script:not([src]), iframe:not([title="Print preview"]), iframe[sandbox*="allow-scripts"], img[src="x"], svg[onload], object, embed, base',
          ),
        ))
          bad.push(`<${el.tagName}>`);
        return bad;
      })),
    );
  }
  return found;
}

test('payloads everywhere a user types are shown as text and never run', async ({ page, host, dbFile }) => {
  // Tall enough that every grid draws all its rows (grids virtualise rows beyond the window): this test reads them all.
  await page.setViewportSize({ width: 1440, height: 4000 });
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  // Records CSP violations and overrides nothing else.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${(e.target as Element)?.outerHTML?.slice(0, 120) ?? e.target}`,
      ),
    );
  });
  const doc = await seed(host);
  await page.goto(host.appUrl);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  const open = (title: string) => outline.getByRole('button', { name: title, exact: true }).first().click();

  // The title page: header fields hold the payloads as typed.
  await open('Title page');
  await expect(page.getByLabel('Plan title')).toHaveValue(P[0]);
  await expect(page.getByLabel('Director', { exact: true })).toHaveValue(P[11]);
  // The outline shows hostile section titles as text.
  await expect(outline.getByRole('button', { name: P[12], exact: true })).toBeVisible();
  await expect(outline.getByRole('button', { name: `Monitoring ${P[16]}`, exact: true })).toBeVisible();

  // The narrative: every payload, literally.
  await open('Purpose of the Service');
  const purpose = page.getByRole('textbox', { name: 'Purpose of the Service text' });
  await expect(purpose.locator('p')).toHaveCount(P.length);
  expect(await purpose.locator('p').allInnerTexts()).toEqual(P);

  // Tables: risks (first appended rows), KPIs, budget, actions.
  await open('Risks');
  const risks = page.locator('[data-table-kind="risks"]');
  await expect(risks.locator('.ag-row[row-index="2"] [col-id="event"]')).toHaveText(P[0]);
  await expect(risks.locator('.ag-row[row-index="3"] [col-id="event"]')).toHaveText(P[1]);
  await expect(risks.locator('.ag-row[row-index="2"] [col-id="existingControls"]')).toContainText(P[0]);
  await open('Key Performance Indicators');
  await expect(page.locator('[data-table-kind="kpi"]').getByText(P[8], { exact: true }).first()).toBeVisible();
  await open(sectionOf(doc, P[12]).title);
  await open('Early Years & Childcare');
  expect(await hostileElements(page)).toEqual([]);

  // Typing a payload into a grid cell keeps it as text.
  await open('Risks');
  const cell = risks.locator('.ag-row[row-index="0"] [col-id="event"]');
  await cell.click();
  await page.keyboard.press('F2');
  const box = page.locator('.ag-popup-editor textarea');
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(P[8]);
  await expect(box).toHaveValue(P[8]);
  await page.keyboard.press('Control+Enter'); // a long-text cell: Ctrl+Enter saves
  await expect(cell).toHaveText(P[8]);

  // Pasting hostile HTML into the narrative editor: text survives, markup, handlers and script links do not.
  await open('Section 17 Crime and Disorder Act');
  const editor = page.getByRole('textbox', { name: 'Section 17 Crime and Disorder Act text' });
  await editor.locator('p').first().click();
  await expect(editor).toBeFocused();
  await editor.evaluate((el) => {
    const html = `<p>pasted <img src=x onerror=alert(1)><svg onload=alert(2)></svg><script>alert(3)</script>
      <a href="javascript:alert(4)">js link</a> <a href="  JAVASCRIPT:alert(5)">js2</a> <a href="data:text/html,<script>alert(6)</script>">data link</a>
      <a href="https://example.org/ok" onclick="alert(7)">good link</a><iframe srcdoc="<script>alert(8)</script>"></iframe>
      <span style="background:url(javascript:alert(9))" onmouseover="alert(10)">styled</span></p>`;
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'pasted');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(editor).toContainText('good link');
  await expect(editor).toContainText('js link');
  await expect(editor.locator('a[href="https://example.org/ok"]')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('img, svg, script, iframe')).toHaveCount(0);
  await page.locator('.page').click({ position: { x: 5, y: 5 } }); // leave the editor: saves at once
  await expect(page.getByRole('toolbar', { name: 'Text formatting' }).getByText('Saved')).toBeVisible();

  // Search for a payload: the results show it as text.
  await page.getByLabel('Search this plan').fill(P[0]);
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results').getByText(P[0]).first()).toBeVisible();
  expect(await hostileElements(page)).toEqual([]);

  // The print preview (its iframe too): payloads printed as text, no script, no handler.
  await open('Print and PDF');
  const frame = page.frameLocator('iframe[title="Print preview"]');
  await expect(frame.locator('.narrative p', { hasText: P[1] }).first()).toHaveText(P[1]);
  await expect(frame.locator('.cover h1')).toHaveText(P[0]);
  await expect(frame.locator('h1.section-title', { hasText: P[12] })).toHaveText(P[12]);
  expect(await hostileElements(page)).toEqual([]);

  const html = (await api<{ html: string }>(host, 'printPreview', { planId: doc.id })).result.html;
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

  // What is stored: the typed payload as text, no link but https/mailto, and the model's rules hold.
  const db = openDatabase(dbFile);
  try {
    const docs = (db.prepare("SELECT doc FROM plan_block WHERE kind = 'narrative'").all() as { doc: string }[]).map((r) => JSON.parse(r.doc) as unknown);
    const hrefs = hrefsIn(docs);
    expect(hrefs).toContain('https://example.org/ok');
    expect(hrefs.filter((h) => !ALLOWED_HREF.test(h))).toEqual([]);
    expect(JSON.stringify(docs)).not.toMatch(/"(href|src)":"\s*(javascript|data|vbscript):/i);
    const risks0 = tableIn(doc, 'Risks', 'risks') as Extract<PlanDocument['sections'][number]['blocks'][number], { kind: 'table' }>;
    const typed = db.prepare('SELECT cells FROM plan_row WHERE id = ?').get(risks0.rows[0].id) as { cells: string };
    expect(JSON.parse(typed.cells).event).toBe(P[8]);
    expect(modelViolations(db)).toEqual([]);
  } finally {
    db.close();
  }
});
