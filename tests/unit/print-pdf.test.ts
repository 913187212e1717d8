/**
 * The print layout, checked for real: the sample plan goes through printHtml and headless Chromium to PDF,
 * and poppler (pdfinfo, pdftotext, pdftoppm) reads back page sizes, headers/footers and every row.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sampleDb } from './sample-db';
import { tempDir } from '../support/fixtures';
import { printHtml } from '../../electron/print/print-html';
import { renderPdf } from '../../electron/print/pdf';
import { actionNumbers } from '../../shared/calc/numbering';
import type { Block, PlanDocument, Section } from '../../shared/model/plan';

const TIMEOUT = 120_000;
const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const hasChromium = fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
type TableBlock = Extract<Block, { kind: 'table' }>;

/** [width, height] in points of every page. */
function pageSizes(file: string): [number, number][] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}
const PORTRAIT: [number, number] = [595, 842];
const LANDSCAPE: [number, number] = [842, 595];

/** Text of each page (pdftotext -layout; pages end with a form feed). */
function pagesText(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\f')
    .slice(0, -1);
}
/** The running header at the top right of a page: the section it prints. */
const headerOf = (page: string) => (page.split('\n').find((l) => l.trim()) ?? '').trim();

const byTitle = (doc: PlanDocument, title: string, after?: Section): Section => {
  const from = after ? doc.sections.indexOf(after) + 1 : 0;
  const s = doc.sections.slice(from).find((x) => x.title === title);
  if (!s) throw new Error(`no section ${title}`);
  return s;
};

describe('print HTML', () => {
  it('escapes plan text in cells, narrative, titles and the page CSS; drops unsafe links', () => {
    const doc = sampleDb().doc();
    const evil = '<script>alert(1)</script>';
    const risks = byTitle(doc, 'Risks');
    const table = risks.blocks.find((b): b is TableBlock => b.kind === 'table')!;
    table.rows[0].cells.event = evil;
    const narrative = doc.sections.find((s) => s.blocks[0]?.kind === 'narrative')!;
    narrative.title = `Title </style><script>alert(2)</script> "quoted"`;
    narrative.blocks.unshift({
      id: -1,
      kind: 'narrative',
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: evil },
              { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] },
            ],
          },
        ],
      },
    });
    doc.header.title = `Plan </style><img src=x onerror=alert(4)>`;
    const html = printHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/javascript:/i);
    // In the risk table, its search text and the heat map's list of risks: escaped each time.
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length - 1).toBe(3);
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt; &quot;quoted&quot;');
    // Exactly one <style> element: no plan text closed it early.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('prints every row of every table, computed columns and action refs', () => {
    const doc = sampleDb().doc();
    const html = printHtml(doc);
    const tables = doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
    const summaries = tables.reduce((n, t) => n + (t.tableKind === 'budget' ? 2 : t.tableKind === 'staffing' ? 1 : 0), 0);
    const rowCount = tables.reduce((n, t) => n + Math.max(t.rows.length, 1), 0);
    expect((html.match(/<tr class="row-/g) ?? []).length).toBe(rowCount + summaries);
    expect(html).toContain('<td class="t-money computed">3,189.6</td>'); // Secondary controllable totals, computed
    const refs = actionNumbers(tables.filter((t) => t.tableKind === 'actions').flatMap((t) => t.rows));
    for (const ref of refs.values()) expect(html).toContain(`<td class="ref">${ref}</td>`);
  });
});

describe.skipIf(!hasPoppler || !hasChromium)('print PDF (Chromium + poppler)', { timeout: TIMEOUT }, () => {
  const dir = tempDir();
  const wholeFile = path.join(dir, 'plan.pdf');
  const partFile = path.join(dir, 'risks-secondary.pdf');
  let doc: PlanDocument;
  let partIds: number[];
  let whole: string[];
  let part: string[];

  beforeAll(async () => {
    doc = sampleDb().doc();
    const t0 = performance.now();
    fs.writeFileSync(wholeFile, await renderPdf(printHtml(doc)));
    const ms = performance.now() - t0;
    const secondary = byTitle(doc, 'Secondary');
    const subs: Section[] = [];
    for (const s of doc.sections.slice(doc.sections.indexOf(secondary) + 1)) {
      if (s.level !== 2) break;
      subs.push(s);
    }
    partIds = [secondary.id, ...subs.map((s) => s.id), byTitle(doc, 'Risks').id];
    fs.writeFileSync(path.join(dir, 'risks-secondary.html'), printHtml(doc, { sectionIds: partIds }));
    fs.writeFileSync(partFile, await renderPdf(printHtml(doc, { sectionIds: partIds })));
    whole = pagesText(wholeFile);
    part = pagesText(partFile);
    console.log(`whole sample: ${whole.length} pages in ${Math.round(ms)} ms (HTML + PDF); partial: ${part.length} pages; files in ${dir}`);
  }, TIMEOUT);

  it('numbers every page "Page N of M" and heads it with the plan and section titles', () => {
    for (const [pages, file] of [
      [whole, wholeFile],
      [part, partFile],
    ] as const) {
      expect(pageSizes(file)).toHaveLength(pages.length);
      pages.forEach((p, i) => expect(norm(p)).toContain(`Page ${i + 1} of ${pages.length}`));
      pages.slice(1).forEach((p) => expect(headerOf(p)).toContain(doc.header.title));
    }
    // A level-2 section's header names its parent.
    expect(whole.some((p) => headerOf(p).endsWith('Early Years & Childcare – Revenue Budget'))).toBe(true);
  });

  it('prints title and contents portrait, narrative portrait, budgets and risks landscape', () => {
    const sizes = pageSizes(wholeFile);
    expect(sizes[0]).toEqual(PORTRAIT);
    expect(sizes[1]).toEqual(PORTRAIT);
    expect(norm(whole[0])).toContain(norm(doc.header.directorate));
    expect(norm(whole[0])).toContain('2008/9'); // in the title, which names the year (not repeated below it)
    expect(norm(whole[0])).toContain('Carrie Beech');
    const pagesOf = (pages: string[], header: RegExp) => pages.map((p, i) => (header.test(headerOf(p)) ? i : -1)).filter((i) => i >= 0);
    const check = (pages: string[], file: string, header: RegExp, size: [number, number]) => {
      const idx = pagesOf(pages, header);
      expect(idx.length, `pages headed ${header}`).toBeGreaterThan(0);
      const all = pageSizes(file);
      for (const i of idx) expect(all[i], `page ${i + 1} (${header})`).toEqual(size);
    };
    check(whole, wholeFile, /Purpose of the Service$/, PORTRAIT);
    check(whole, wholeFile, /Core Service & Forecast Activity Levels$/, PORTRAIT);
    check(whole, wholeFile, /Revenue Budget$/, LANDSCAPE);
    check(whole, wholeFile, /Risks$/, LANDSCAPE);
    check(whole, wholeFile, /Key Actions$/, LANDSCAPE);
    expect(pagesOf(whole, /Revenue Budget$/).length).toBeGreaterThanOrEqual(5);

    const partSizes = pageSizes(partFile);
    expect(partSizes.slice(0, 2)).toEqual([PORTRAIT, PORTRAIT]);
    check(part, partFile, /Secondary – Revenue Budget$/, LANDSCAPE);
    check(part, partFile, /Secondary – Core Service & Forecast Activity Levels$/, PORTRAIT);
    check(part, partFile, /Risks$/, LANDSCAPE);
    // The PNG of the title, contents and budget pages, for a person to look at.
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', partFile, '/tmp/plan-print-partial']);
    expect(fs.readdirSync('/tmp').filter((f) => /^plan-print-partial-0*[123]\.png$/.test(f))).toHaveLength(3);
  });

  it('prints every selected section title, and only those', () => {
    const text = norm(whole.join('\n'));
    for (const s of doc.sections) expect(text).toContain(norm(s.title));
    const partText = norm(part.join('\n'));
    for (const id of partIds) expect(partText).toContain(norm(doc.sections.find((s) => s.id === id)!.title));
    expect(partText).not.toContain('Purpose of the Service');
    expect(partText).not.toContain('Early Years & Childcare');
    expect(partText).toContain('Advisory Service Kent - Secondary');
    expect(partText).toMatch(/Controllable Totals.*3,189\.6/);
    expect(partText).toMatch(/Total Cost of Unit.*3,279\.8/);
    expect(partText).toMatch(/\b3\.1\.1\b/); // Secondary's actions keep the whole plan's numbers
    expect(partText).toContain('HIGH');
  });

  it('repeats the heading row on every page of a long action table and loses no row', () => {
    const eyActions = byTitle(doc, 'Projects, Developments & Key Actions', byTitle(doc, 'Early Years & Childcare'));
    const table = eyActions.blocks.find((b): b is TableBlock => b.kind === 'table' && b.tableKind === 'actions')!;
    const refs = actionNumbers(table.rows);
    const actions = table.rows.filter((r) => r.role === 'action');
    expect(actions.length).toBeGreaterThan(30);

    const tablePages = whole.map((p, i) => (/^\s*1\.\d+\.\d+\s/m.test(p) ? i : -1)).filter((i) => i >= 0);
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const i of tablePages) {
      // Two-word headings may wrap onto two lines of the heading row, so look for each word.
      expect(whole[i], `page ${i + 1}`).toMatch(/Accountable[\s\S]*Manager/);
      expect(whole[i], `page ${i + 1}`).toContain('Deliverables or outcomes planned');
    }

    // Every action number of the table, as the Ref cell starting a line.
    const layout = whole.join('\n');
    for (const r of actions) expect(layout, refs.get(r.id)).toMatch(new RegExp(`^\\s*${refs.get(r.id)!.replace(/\./g, '\\.')}\\s`, 'm'));
    // Every action title: -layout interleaves wrapped cells of neighbouring columns on one line, so a
    // 30-character prefix spanning a line break is read in pdftotext's reading order; the title's first
    // line must also be on a layout line.
    const reading = norm(execFileSync('pdftotext', [wholeFile, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    for (const r of actions) {
      const title = String(r.cells.title);
      expect(reading, title).toContain(norm(title).slice(0, 30).trim());
      expect(norm(layout), title).toContain(norm(title.split('\n')[0]).slice(0, 30).trim());
    }
  });

  it('fails clearly without Chromium', async () => {
    await expect(renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toThrow(/Chromium was not found/);
  });
});
