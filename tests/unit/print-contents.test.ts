/**
 * The printed contents page (issue 16): every section's page number, checked against the PDF's own text
 * (the page whose text starts that section); bookmarks; short sections sharing a page; the title page
 * not repeating the year the title names; the risk heat map printed with the risk register.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { sampleDb } from './sample-db';
import { tempDir } from '../support/fixtures';
import { printHtml, titleHasYear } from '../../electron/print/print-html';
import { sheetsOf } from '../../electron/print/print-sheets';
import { pagedPdf } from '../../electron/print/paged-pdf';
import { renderPdf } from '../../electron/print/pdf';
import type { PlanDocument, Section } from '../../shared/model/plan';

const TIMEOUT = 180_000;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const pagesText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\f')
    .slice(0, -1);

/** "Title ....... 12" lines of the contents page(s), in order. */
function contentsLines(pages: string[]): { title: string; page: number }[] {
  const at = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
  const out: { title: string; page: number }[] = [];
  for (const p of pages.slice(at, at + 2)) {
    for (const line of p.split('\n')) {
      const m = /^\s*(\S.*?\S)\s{2,}(\d+)\s*$/.exec(line);
      if (m && !/^Page \d+ of/.test(m[1])) out.push({ title: m[1], page: Number(m[2]) });
    }
  }
  return out;
}

/** PDF bookmark titles (the outline's /Title strings, literal or UTF-16 hex). */
function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f]*)>)/g)].map((m) =>
    m[2] !== undefined ? Buffer.from(m[2].slice(4), 'hex').swap16().toString('utf16le') : m[1].replace(/\\(.)/g, '$1'),
  );
}

describe('the printed contents page', () => {
  let doc: PlanDocument;
  let pages: string[];
  let pdf: Buffer;
  let numbers: Map<number, number>;

  beforeAll(async () => {
    doc = sampleDb().doc();
    const r = await pagedPdf(doc, {}, (html) => renderPdf(html));
    pdf = r.pdf;
    numbers = r.pages;
    const file = `${tempDir()}/plan.pdf`;
    fs.writeFileSync(file, pdf);
    pages = pagesText(file);
  }, TIMEOUT);

  it('gives every section the page its heading is printed on', () => {
    const listed = contentsLines(pages);
    expect(listed.map((l) => l.title)).toEqual(doc.sections.map((s) => s.title));
    listed.forEach((l, i) => {
      const s = doc.sections[i];
      expect(l.page, s.title).toBe(numbers.get(s.id));
      // The page as a reader finds it: its text has the section's title as a line of its own.
      const page = pages[l.page - 1];
      expect(
        page.split('\n').map((x) => x.trim()),
        `${s.title} on page ${l.page}`,
      ).toContain(s.title);
      expect(norm(page)).toContain(`Page ${l.page} of ${pages.length}`);
    });
    // Pages only go forward, and the last section is on or before the last page.
    const nums = listed.map((l) => l.page);
    expect([...nums].sort((a, b) => a - b)).toEqual(nums);
    expect(nums[0]).toBe(3);
    expect(nums.at(-1)).toBeLessThanOrEqual(pages.length);
    const risks = listed.find((l) => l.title === 'Risks')!;
    expect(pages[risks.page - 1]).toContain('Primary Attainment:');
  });

  it('has bookmarks for the sections', () => {
    const titles = outlineTitles(pdf).map(norm);
    for (const s of doc.sections.filter((x) => x.level === 1)) expect(titles, s.title).toContain(s.title);
    expect(titles.filter((t) => t === 'Revenue Budget')).toHaveLength(5);
  });

  it('prints the risk heat map with the risk register', () => {
    const risks = pages.findIndex((p) => p.includes('Primary Attainment:'));
    const map = pages.findIndex((p) => p.includes('Risk heat map: 2 of 2 risks rated.'));
    expect(map - risks).toBeGreaterThanOrEqual(0);
    expect(map - risks).toBeLessThanOrEqual(1);
    expect(pages[map]).toMatch(/\bR1 R2\b/); // both rated impact 4, likelihood 4
    expect(pages[map]).toContain('Likelihood');
  });

  it('does not give a section of a line or two a page of its own', () => {
    const chart = numbers.get(doc.sections.find((s) => s.title === 'Structure Chart')!.id);
    const equalities = numbers.get(doc.sections.find((s) => s.title === 'Equalities and Diversity' && s.level === 2)!.id);
    expect(chart).toBe(equalities);
  });

  it('does not repeat on the title page the year the title names', () => {
    const cover = norm(pages[0]);
    expect(cover).toContain('Annual Business Unit Operational Plan 2008/9');
    expect(cover).not.toContain('2008/09');
  });
});

describe('print layout rules', () => {
  it('knows when a title names its year', () => {
    expect(titleHasYear('Annual Business Unit Operational Plan 2008/9', 2008)).toBe(true);
    expect(titleHasYear('Plan 2008/09', 2008)).toBe(true);
    expect(titleHasYear('Plan 2008 - 2009', 2008)).toBe(true);
    expect(titleHasYear('Annual Business Unit Operational Plan', 2008)).toBe(false);
    expect(titleHasYear('Plan 2007/8', 2008)).toBe(false);
  });

  it('prints the year when the title does not name it', () => {
    const doc = sampleDb().doc();
    doc.header.title = 'Annual Business Unit Operational Plan';
    expect(printHtml(doc)).toContain('<div class="year">2008/09</div>');
  });

  it('lets a short section follow on the page before, and starts long ones on a page of their own', () => {
    const para = (chars: number) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x'.repeat(chars) }] }],
    });
    const s = (id: number, chars: number, level: 1 | 2 = 1): Section => ({ id, title: `S${id}`, level, blocks: [{ id, kind: 'narrative', doc: para(chars) }] });
    const doc = { sections: [s(1, 2000), s(2, 120), s(3, 2000), s(4, 50, 2)] } as PlanDocument;
    const sheets = sheetsOf(doc, doc.sections);
    expect(sheets.map((x) => x.sections.map((y) => y.title))).toEqual([
      ['S1', 'S2'],
      ['S3', 'S4'],
    ]);
    expect(sheets.map((x) => x.header)).toEqual(['S1', 'S3']);
  });
});
