/**
 * The Word export's styles and list numbering. Every paragraph uses a named Word style (Title, Heading
 * 1–4, Normal, List Bullet, List Number, Quote) rather than direct formatting, so the central team's
 * template can restyle the whole document by attaching it. Sizes are half-points, spacing twips.
 */
import { AlignmentType, LevelFormat, type IStylesOptions, type INumberingOptions } from 'docx';

export const FONT = 'Arial';
export const TABLE_TEXT = 16; // 8 pt, as print
/** A4 in twips, margins 15 mm (850 twips): the text width each orientation leaves for a table. */
export const A4 = { width: 11906, height: 16838, margin: 850 };
export const textWidth = (landscape: boolean) => (landscape ? A4.height : A4.width) - 2 * A4.margin;

const heading = (id: string, name: string, size: number, before: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { size, bold: true, color: '1F3864' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

export const STYLES: IStylesOptions = {
  default: { document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100 } } } },
  paragraphStyles: [
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 44, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 240 } },
    },
    heading('Heading1', 'Heading 1', 30, 240),
    heading('Heading2', 'Heading 2', 25, 200),
    heading('Heading3', 'Heading 3', 22, 160),
    heading('Heading4', 'Heading 4', 20, 120),
    { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
    { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '404040' },
      paragraph: { indent: { left: 567, right: 567 } },
    },
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 30, bold: true, color: '1F3864' },
      paragraph: { spacing: { after: 120 } },
    },
    // Contents entries: compact, so a plan's forty-odd sections fit one page.
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { size: 19, bold: true }, paragraph: { spacing: { before: 40, after: 0 } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 0 }, indent: { left: 300 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: TABLE_TEXT }, paragraph: { spacing: { after: 0 } } },
  ],
};

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (i: number) => string) =>
  [0, 1, 2, 3].map((level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
  }));

export const BULLETS = 'plan-bullets';
export const NUMBERS = 'plan-numbers';
export const NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: levels(LevelFormat.BULLET, (i) => ['•', '◦', '▪', '•'][i]) },
    { reference: NUMBERS, levels: levels(LevelFormat.DECIMAL, (i) => `%${i + 1}.`) },
  ],
};
