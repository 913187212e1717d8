/**
 * The Word export checked as a reader would see it: the sample plan's .docx is printed by LibreOffice
 * Writer (a program we did not write) and the PDF's text and page sizes are read back with poppler: every
 * section heading, every action number, every budget total, landscape pages for the wide tables, "Page N
 * of M" and the plan's name on every page. The .docx's own XML shows the Word styles, the contents field,
 * repeating header rows and rows kept whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import JSZip from 'jszip';
import { sampleDb } from './sample-db';
import { tempDir } from '../support/fixtures';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { wordBuffer } from '../../electron/word/word-export';
import { actionNumbers } from '../../shared/calc/numbering';
import { summaryRows } from '../../shared/calc/summaries';
import { formatFigure } from '../../shared/format/numbers';
import type { PlanDocument } from '../../shared/model/plan';
import { officePdf, pdfText, renderPages } from '../support/libreoffice-pdf';

const TIMEOUT = 240_000;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const tables = (doc: PlanDocument) => doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [{ section: s, block: b }] : [])));

/** [width, height] of each page in points, rounded. */
function sizes(file: string): [number, number][] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}

describe('Word export, read back through LibreOffice', () => {
  let doc: PlanDocument;
  let docx: Buffer;
  let pages: string[];
  let pageSizes: [number, number][];
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    doc = sampleDb().doc();
    docx = await wordBuffer(doc);
    const pdf = await officePdf(docx, 'docx');
    const dir = tempDir();
    fs.writeFileSync(`${dir}/plan.pdf`, pdf);
    fs.writeFileSync(`${dir}/plan.docx`, docx);
    pages = (await pdfText(pdf)).split('\f').slice(0, -1);
    pageSizes = sizes(`${dir}/plan.pdf`);
    // A few pages as PNG, for a person to look at (title, contents, narrative, a budget).
    await renderPages(pdf, `${dir}/png`, 50);
    console.log(`Word export: ${docx.length} bytes, ${pages.length} pages in LibreOffice; files in ${dir}`);
    const zip = await JSZip.loadAsync(docx);
    xml = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
  }, TIMEOUT);

  it('has the title page fields, then every section heading', () => {
    const cover = norm(pages[0]);
    for (const v of [
      doc.header.directorate,
      doc.header.division,
      doc.header.title,
      'Cabinet Member: Chris Wells',
      'Director: Carol Parsons',
      'Unit Business Plan Contact: Carrie Beech',
    ])
      expect(cover).toContain(v);
    const lines = pages.slice(2).flatMap((p) => p.split('\n').map((l) => l.trim()));
    for (const s of doc.sections) expect(lines, s.title).toContain(s.title);
  });

  it('prints every action number and every budget and staffing total', () => {
    const text = pages.join('\n');
    const rows = tables(doc)
      .filter((t) => t.block.tableKind === 'actions')
      .flatMap((t) => t.block.rows);
    const refs = actionNumbers(rows);
    expect(rows.filter((r) => r.role === 'action')).toHaveLength(128);
    for (const r of rows) expect(text, refs.get(r.id)).toMatch(new RegExp(`^\\s*${refs.get(r.id)!.replace(/\./g, '\\.')}\\s`, 'm'));
    let totals = 0;
    for (const { block } of tables(doc).filter((t) => t.block.tableKind === 'budget' || t.block.tableKind === 'staffing')) {
      for (const s of summaryRows(block.tableKind, block.rows)) {
        const line = text.split('\n').find((l) => l.includes(s.label) && Object.values(s.cells).every((v) => l.includes(formatFigure(v))));
        expect(line, `${block.meta.unitName ?? block.title}: ${s.label}`).toBeDefined();
        totals++;
      }
    }
    expect(totals).toBe(11); // five budgets' two totals each, and the staffing total
    expect(text).toMatch(/Controllable Totals.*3,189\.6/);
    expect(text).toMatch(/Total Cost of Unit.*3,279\.8/);
  });

  it('puts wide tables on landscape pages and narrative on portrait ones', () => {
    const PORTRAIT = [595, 842];
    const LANDSCAPE = [842, 595];
    expect(pageSizes).toHaveLength(pages.length);
    expect(pageSizes[0]).toEqual(PORTRAIT);
    const where = (re: RegExp) => pages.map((p, i) => (re.test(p) ? i : -1)).filter((i) => i >= 0);
    const budgets = where(/Controllable Totals/);
    expect(budgets.length).toBeGreaterThanOrEqual(5);
    for (const i of budgets) expect(pageSizes[i], `budget page ${i + 1}`).toEqual(LANDSCAPE);
    for (const i of where(/^\s*1\.1\.1\s/m)) expect(pageSizes[i]).toEqual(LANDSCAPE);
    for (const i of where(/^\s*Purpose of the Service\s*$/m).slice(-1)) expect(pageSizes[i]).toEqual(PORTRAIT);
    expect(pageSizes.filter(([w]) => w === 842).length).toBeGreaterThan(20);
  });

  it('heads every page with the plan and foots it "Page N of M"', () => {
    pages.forEach((p, i) => {
      expect(norm(p), `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(
        p
          .split('\n')
          .find((l) => l.trim())!
          .trim(),
        `page ${i + 1}`,
      ).toBe(doc.header.title);
    });
  });

  it('uses Word styles, a contents field, repeating header rows and rows kept whole', () => {
    for (const id of ['Title', 'Heading1', 'Heading2', 'ListBullet', 'Quote']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;</);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="ListBullet"/>');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThan(20);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('w:orient="landscape"');
    // The contents field as LibreOffice filled it lists the sections.
    expect(norm(pages[1])).toContain('Purpose of the Service');
  });
});

describe('Word export of ticked sections and of narrative', () => {
  it('exports only the sections asked for, through the API', async () => {
    const { db, planId, doc } = sampleDb();
    const risks = doc().sections.find((s) => s.title === 'Risks')!;
    const r = await makeDispatch(makeHandlers(db))('exportWord', { planId, sectionIds: [risks.id] });
    if (!r.ok) throw new Error(r.error.message);
    const f = r.result as { fileName: string; dataBase64: string };
    expect(f.fileName).toBe('Standards and Achievement Division plan 2008-09.docx');
    const xml = await (await JSZip.loadAsync(Buffer.from(f.dataBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Primary Attainment:');
    expect(xml).not.toContain('Purpose of the Service');
  });

  it('writes headings, emphasis, lists, quotations and links as Word sees them', async () => {
    const doc = sampleDb().doc();
    const s = doc.sections[0];
    s.blocks = [
      {
        id: 1,
        kind: 'narrative',
        doc: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Our aims' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
                { type: 'text', text: ' and ' },
                { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
              ],
            },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first point' }] }] }] },
            { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted words' }] }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'the council', marks: [{ type: 'link', attrs: { href: 'https://www.kent.gov.uk/' } }] }] },
          ],
        },
      },
    ];
    const zip = await JSZip.loadAsync(await wordBuffer(doc, { sectionIds: [s.id] }));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?Our aims/);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?Bold/);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?italic/);
    expect(xml).toMatch(/<w:pStyle w:val="ListBullet"\/>[\s\S]*?first point/);
    expect(xml).toMatch(/<w:pStyle w:val="Quote"\/>[\s\S]*?Quoted words/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?the council/);
    expect(rels).toContain('Target="https://www.kent.gov.uk/"');
  });
});
