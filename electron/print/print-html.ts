/**
 * The print layout of a plan: one self-contained HTML document (inline CSS, no scripts, no external
 * resources) with a title page, a contents page and every selected section on its own pages. CSS @page
 * rules drive the paper: A4 portrait by default, A4 landscape for sections holding a wide table.
 *
 * Chromium (150) prints named pages, @page margin boxes and counter(pages), but not `string-set`/`string()`
 * (a running header from body text prints empty). So each printed section gets its own named page
 * (`wide-3`, `page-4`) whose @top-right margin box holds the section title as a literal CSS string.
 */
import type { PlanDocument, Section } from '../../shared/model/plan';
import { HEADER_FIELDS } from '../../shared/model/plan';
import { fyLabel } from '../../shared/calc/financial-year';
import { exportFileName } from '../../shared/format/file-names';
import { planNumbers } from '../../shared/calc/numbering';
import { escapeHtml, narrativeHtml } from './print-narrative';
import { tableHtml } from './print-tables';
import { HEAT_MAP_CSS, heatMapHtml } from './print-heat-map';
import { sheetsOf, type Sheet } from './print-sheets';

export { escapeHtml } from './print-narrative';

export interface PrintOptions {
  /** Sections to print, by id (every one listed is printed; parents are not implied). Default: all. */
  sectionIds?: number[];
  /**
   * The page each section starts on (section id -> page), from a first printing (paged-pdf.ts). When
   * given, the contents page has a page column (blank where a number is missing, same width, so the
   * numbers never move what they number); when absent (the on-screen preview) it has none.
   */
  pageNumbers?: ReadonlyMap<number, number>;
}

/** A CSS string literal; every character but letters, digits and spaces is a hex escape, so no text can end the string or the <style>. */
export function cssString(s: string): string {
  const body = Array.from(s.replace(/[\r\n\t]+/g, ' '))
    .map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${body}"`;
}

const pageName = (sheet: Sheet, i: number) => `${sheet.landscape ? 'wide' : 'page'}-${i + 1}`;

function css(doc: PlanDocument, sheets: Sheet[]): string {
  const named = sheets
    .map(
      (s, i) =>
        `@page ${pageName(s, i)} { size: A4 ${s.landscape ? 'landscape' : 'portrait'}; @top-right { content: ${cssString(s.header)}; } }\n.sheet-${i + 1} { page: ${pageName(s, i)}; }`,
    )
    .join('\n');
  return `
@page { size: A4 portrait; margin: 18mm 15mm 16mm 15mm;
  @top-left { content: ${cssString(doc.header.title || 'Business plan')}; font: 8pt Arial, "Liberation Sans", sans-serif; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { font: 8pt Arial, "Liberation Sans", sans-serif; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; color: #555; }
}
@page cover { @top-left { content: none; } @top-right { content: none; } }
@page contents { @top-right { content: "Contents"; } }
${named}
html { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; color: #000; line-height: 1.3; }
body { margin: 0; }
.cover { page: cover; text-align: center; padding-top: 40mm; }
.cover .directorate { font-size: 14pt; font-weight: bold; }
.cover .division { font-size: 13pt; margin-top: 4mm; }
.cover h1 { font-size: 22pt; margin: 30mm 0 6mm; }
.cover .year { font-size: 16pt; font-weight: bold; }
.cover table { margin: 30mm auto 0; border-collapse: collapse; font-size: 11pt; text-align: left; }
.cover th, .cover td { padding: 2mm 5mm; border-bottom: 0.5pt solid #999; }
.contents { page: contents; break-before: page; line-height: 1.15; }
.contents h1 { font-size: 16pt; margin: 0 0 3mm; }
.contents ol { list-style: none; padding: 0; margin: 0; }
.contents li { margin: 0; padding: 0.5mm 0; border-bottom: 0.3pt dotted #bbb; }
.contents li.level-2 { padding-left: 9mm; font-size: 9.5pt; }
.contents li.level-1 { font-weight: bold; margin-top: 1mm; }
.contents a { color: inherit; text-decoration: none; }
.contents.numbered li { display: flex; align-items: baseline; }
.contents.numbered li a { flex: 1; }
.contents .page-no { flex: none; width: 12mm; text-align: right; font-weight: normal; font-variant-numeric: tabular-nums; }
.sheet .joined { margin-top: 6mm; }${HEAT_MAP_CSS}
section.sheet { break-before: page; }
h1.section-title { font-size: 15pt; margin: 0 0 3mm; color: #1f3864; }
h2.section-title { font-size: 12.5pt; margin: 0 0 3mm; color: #1f3864; }
h1, h2, h3, h4, h5, h6, .unit-name { break-after: avoid; }
.narrative-heading { font-size: 11pt; margin: 4mm 0 2mm; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 2.5mm; padding-left: 6mm; }
li { margin-bottom: 1mm; }
blockquote { margin: 0 0 2.5mm 6mm; padding-left: 3mm; border-left: 1.5pt solid #bbb; }
a { color: #1f3864; }
.table-block { margin: 0 0 5mm; }
.table-title { font-size: 11pt; margin: 2mm 0 1.5mm; }
.unit-name { font-weight: bold; margin: 0 0 1.5mm; }
.table-note { font-size: 8pt; margin-top: 1.5mm; }
table.plan-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8pt; line-height: 1.25; }
table.plan-table thead { display: table-header-group; }
table.plan-table th, table.plan-table td { border: 0.5pt solid #555; padding: 1.5pt 3pt; vertical-align: top; overflow-wrap: break-word; }
table.plan-table th { background: #d9e2f3; font-weight: bold; text-align: center; vertical-align: bottom; padding: 1.5pt 2pt; }
table.plan-table th.year { vertical-align: middle; }
table.plan-table tr { break-inside: avoid; }
td.t-money, td.t-fte { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.t-rating, td.t-band, td.ref { text-align: center; }
td.ref, th .nowrap { white-space: nowrap; }
td.t-longText, td.t-text { white-space: pre-line; }
td.computed { background: #f4f6fa; }
td.band-high { background: #f4b6b6; font-weight: bold; }
td.band-medium { background: #fbe3a7; }
td.band-low { background: #cfe8c8; }
td .item + .item { margin-top: 1.5pt; }
td .target { color: #333; white-space: nowrap; }
tr.row-unit td { background: #1f3864; color: #fff; font-weight: bold; font-size: 9pt; }
tr.row-objective td { background: #d9e2f3; font-weight: bold; }
tr.row-total td { font-weight: bold; background: #eef1f7; border-top: 1pt solid #000; }
tr.row-memo td { font-style: italic; }
tr.row-empty td { font-style: italic; color: #555; }
/* On screen (the in-app preview) each printed piece sits on a sheet of paper of its size. */
@media screen {
  html { background: #dfe3e8; }
  body { padding: 6mm 0; }
  .cover, .contents, section.sheet { background: #fff; width: 210mm; box-sizing: border-box; margin: 0 auto 6mm; padding: 18mm 15mm; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); }
  section.sheet.landscape { width: 297mm; }
  .cover { min-height: 297mm; padding-top: 40mm; }
}
`;
}

function coverHtml(doc: PlanDocument): string {
  const h = doc.header;
  const people = HEADER_FIELDS.filter((f) => ['cabinetMember', 'director', 'planContact'].includes(f.id))
    .map((f) => `<tr><th>${escapeHtml(f.label)}</th><td>${escapeHtml(h[f.id])}</td></tr>`)
    .join('');
  return `<div class="cover">
<div class="directorate">${escapeHtml(h.directorate)}</div>
<div class="division">${escapeHtml(h.division)}</div>
<h1>${escapeHtml(h.title)}</h1>
${titleHasYear(h.title, h.year) ? '' : `<div class="year">${escapeHtml(fyLabel(h.year))}</div>`}
<table>${people}</table>
</div>`;
}

/** "Plan 2008/9", "2008/09", "2008-09", "2008 - 2009": the title names the year already, so the cover need not repeat it. */
export function titleHasYear(title: string, year: number): boolean {
  const next = year + 1;
  const re = new RegExp(`\\b${year}\\s*[/–-]\\s*(?:${next}|${String(next).slice(2)}|${next % 10})\\b`);
  return re.test(title);
}

function contentsHtml(selected: Section[], pages: ReadonlyMap<number, number> | undefined): string {
  const no = (s: Section) => (pages ? `<span class="page-no">${pages.get(s.id) ?? ''}</span>` : '');
  const items = selected.map((s) => `<li class="level-${s.level}"><a href="#section-${s.id}">${escapeHtml(s.title)}</a>${no(s)}</li>`).join('\n');
  return `<nav class="contents${pages ? ' numbered' : ''}"><h1>Contents</h1><ol>\n${items}\n</ol></nav>`;
}

function sheetHtml(doc: PlanDocument, sheet: Sheet, i: number, refs: Map<number, string>): string {
  const body = sheet.sections
    .map((s) => {
      const tag = s.level === 1 ? 'h1' : 'h2';
      const blocks = s.blocks
        .map((b) =>
          b.kind === 'narrative'
            ? narrativeHtml(b.doc)
            : tableHtml(b, doc.header.year, refs, s.title) + (b.tableKind === 'risks' && b.rows.length ? heatMapHtml(b) : ''),
        )
        .join('\n');
      const joined = sheet.joinedFrom !== undefined && sheet.sections.indexOf(s) === sheet.joinedFrom ? ' joined' : '';
      return `<${tag} class="section-title${joined}" id="section-${s.id}">${escapeHtml(s.title)}</${tag}>\n${blocks}`;
    })
    .join('\n');
  return `<section class="sheet sheet-${i + 1}${sheet.landscape ? ' landscape' : ''}">\n${body}\n</section>`;
}

/** The whole print layout of a plan (or of the listed sections) as one HTML document. */
export function printHtml(doc: PlanDocument, opts: PrintOptions = {}): string {
  const wanted = opts.sectionIds ? new Set(opts.sectionIds) : null;
  const selected = doc.sections.filter((s) => !wanted || wanted.has(s.id));
  const sheets = sheetsOf(doc, selected);
  // Numbers over every action table of the plan, so a partial print keeps the full plan's Refs.
  const refs = planNumbers(doc);
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(doc.header.title)}</title>
<style>${css(doc, sheets)}</style>
</head><body>
${coverHtml(doc)}
${contentsHtml(selected, opts.pageNumbers)}
${sheets.map((s, i) => sheetHtml(doc, s, i, refs)).join('\n')}
</body></html>`;
}

/** "Standards and Achievement Division plan 2008-09.pdf" */
export function pdfFileName(doc: PlanDocument): string {
  return exportFileName(doc.header, 'plan', 'pdf');
}

/** Sections named by title (case-insensitive), each with the subsections under it. */
export function sectionIdsByTitle(doc: PlanDocument, titles: string[]): { ids: number[]; unknown: string[] } {
  const want = new Set(titles.map((t) => t.trim().toLowerCase()).filter(Boolean));
  const found = new Set<string>();
  const ids: number[] = [];
  let parentPicked = false;
  for (const s of doc.sections) {
    const hit = want.has(s.title.toLowerCase());
    if (hit) found.add(s.title.toLowerCase());
    if (s.level === 1) parentPicked = hit;
    if (hit || (s.level === 2 && parentPicked)) ids.push(s.id);
  }
  return { ids, unknown: [...want].filter((t) => !found.has(t)) };
}
