/**
 * A plan (or its ticked sections) as a Word document, written with `docx`: the title page's fields, a
 * contents field Word fills on opening (headings 1–2, so the plan's sections), then the sections as the
 * print lays them out (electron/print/print-sheets.ts): each run of pages a Word section, landscape where
 * it holds a wide table (budgets, actions, risks). The plan's name heads every page, "Page N of M" foots it.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { PlanDocument, Section } from '../../shared/model/plan';
import { HEADER_FIELDS } from '../../shared/model/plan';
import { fyLabel } from '../../shared/calc/financial-year';
import { planNumbers } from '../../shared/calc/numbering';
import { exportFileName } from '../../shared/format/file-names';
import { sheetsOf } from '../print/print-sheets';
import { titleHasYear } from '../print/print-html';
import { narrativeParagraphs } from './docx-narrative';
import { docxTable } from './docx-table';
import { A4, NUMBERING, STYLES } from './docx-styles';
import { wordTable } from './table-rows';

export interface WordOptions {
  sectionIds?: number[];
}

const small = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Paragraph({ alignment, children: [new TextRun({ text, size: 16, color: '555555' })] });

function page(landscape: boolean, first: boolean): ISectionOptions['properties'] & object {
  return {
    ...(first ? {} : { type: SectionType.NEXT_PAGE }),
    page: {
      size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: 1000, bottom: 900, left: A4.margin, right: A4.margin, header: 500, footer: 450 },
    },
  };
}

function titlePage(doc: PlanDocument): FileChild[] {
  const h = doc.header;
  const people = HEADER_FIELDS.filter((f) => ['cabinetMember', 'director', 'planContact'].includes(f.id)).map(
    (f) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(String(h[f.id]))] }),
  );
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1400 }, children: [new TextRun({ text: h.directorate, bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: h.division, size: 26 })] }),
    new Paragraph({ style: 'Title', children: [new TextRun(h.title)] }),
    ...(titleHasYear(h.title, h.year)
      ? []
      : [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: fyLabel(h.year), bold: true, size: 32 })] })]),
    new Paragraph({ spacing: { before: 1200 }, children: [] }),
    ...people,
  ];
}

function sectionChildren(doc: PlanDocument, s: Section, landscape: boolean, refs: Map<number, string>): FileChild[] {
  const out: FileChild[] = [new Paragraph({ style: s.level === 1 ? 'Heading1' : 'Heading2', children: [new TextRun(s.title)] })];
  for (const b of s.blocks) {
    if (b.kind === 'narrative') {
      out.push(...narrativeParagraphs(b.doc));
      continue;
    }
    if (b.title && b.title.trim() !== s.title.trim()) out.push(new Paragraph({ style: 'Heading3', children: [new TextRun(b.title)] }));
    if (b.meta?.unitName) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: b.meta.unitName, bold: true })] }));
    out.push(docxTable(wordTable(b, doc.header.year, refs), landscape));
    for (const n of b.meta?.notes ?? []) out.push(new Paragraph({ children: [new TextRun({ text: n, size: 16 })] }));
    out.push(new Paragraph({ children: [] }));
  }
  return out;
}

export function wordDocument(doc: PlanDocument, opts: WordOptions = {}): Document {
  const wanted = opts.sectionIds ? new Set(opts.sectionIds) : null;
  const selected = doc.sections.filter((s) => !wanted || wanted.has(s.id));
  const refs = planNumbers(doc);
  const name = doc.header.title || 'Business plan';
  const headers = { default: new Header({ children: [small(name, AlignmentType.LEFT)] }) };
  const footers = {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '555555' })],
        }),
      ],
    }),
  };
  const front: ISectionOptions = {
    properties: page(false, true),
    headers,
    footers,
    children: [
      ...titlePage(doc),
      // Not a Heading: the contents must not list itself.
      new Paragraph({ pageBreakBefore: true, style: 'TOCHeading', children: [new TextRun('Contents')] }),
      new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
      // A section ending in the contents field gets a blank page after it in LibreOffice; a line of text avoids it.
      new Paragraph({
        children: [new TextRun({ text: 'Right-click the contents and choose Update Field if page numbers are missing.', size: 14, color: '808080' })],
      }),
    ],
  };
  const sheets = sheetsOf(doc, selected).map((sheet): ISectionOptions => ({
    properties: page(sheet.landscape, false),
    headers,
    footers,
    children: sheet.sections.flatMap((s) => sectionChildren(doc, s, sheet.landscape, refs)),
  }));
  return new Document({
    creator: 'Plan Editor',
    title: name,
    description: `${doc.header.division} ${fyLabel(doc.header.year)}`,
    // Word asks to update fields on opening, which fills the contents and the page count.
    features: { updateFields: true },
    styles: STYLES,
    numbering: NUMBERING,
    sections: [front, ...sheets],
  });
}

export async function wordBuffer(doc: PlanDocument, opts: WordOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(wordDocument(doc, opts));
}

/** "Standards and Achievement Division plan 2008-09.docx" */
export const wordFileName = (doc: PlanDocument): string => exportFileName(doc.header, 'plan', 'docx');
