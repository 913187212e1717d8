/**
 * How our workbooks look, in one place: one typeface (every font written with its name and size, so no
 * program falls back to a serif for a bare <b/>), padding that keeps figures off neighbouring text, and
 * row heights computed from wrapped text and column widths. Excel fits unsized rows when it opens a file
 * but LibreOffice keeps the height it is given, so a row must be neither too short (cut text) nor too tall
 * (the whole-plan workbook once printed pages holding a single row).
 */
import type { Alignment, Font, HeaderFooter, Worksheet } from 'exceljs';
import type { PlanHeader } from '../../shared/model/plan';

export const FONT_NAME = 'Arial';
export const FONT_SIZE = 10;

/** A complete font: name and size always, with any of bold, italic, size, colour on top. */
export const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, family: 2, size: FONT_SIZE, ...extra });

/** Figures sit one indent in from the right edge; text one in from the left: they never touch. */
export const FIGURE_ALIGN: Partial<Alignment> = { horizontal: 'right', vertical: 'top', indent: 1 };
export const TEXT_ALIGN: Partial<Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true, indent: 1 };
export const CENTRE_ALIGN: Partial<Alignment> = { horizontal: 'center', vertical: 'top' };

/**
 * Points per line of 10-point text, and padding. Excel needs 12.75 a line for Arial 10; LibreOffice sets
 * DejaVu Sans 10 at 11.7 (measured), so there a tall cell keeps about a line in twelve spare, never cut.
 */
const LINE_PT = 12.75;
const PAD_PT = 3;
/**
 * Average characters of 10-point text per unit of column width (a unit is a digit of the default 11-point
 * font). Measured on LibreOffice's PDFs with DejaVu Sans, the widest of the faces it puts in for Arial:
 * a 44-unit column holds "ICT infrastructure and Whiteboard - standards fund (ABG)" on one line; Arial
 * and Liberation Sans are narrower, so text never needs more lines than counted here. Bold is about a
 * tenth wider; an indent costs two characters.
 */
const PER_UNIT = 1.2;
const BOLD = 0.9;
const INDENT_CHARS = 2;

/** Width of a text in average characters: narrow letters count less, capitals and m/w more. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[il.,:;'|!()[\]ftjr ]/.test(ch) ? 0.6 : /[A-Z]/.test(ch) ? (/[IJ]/.test(ch) ? 0.6 : 1.25) : /[mw]/.test(ch) ? 1.45 : /[£%&@#]/.test(ch) ? 1.3 : 1;
  return w;
}

/** Lines a paragraph takes in `room` average characters, wrapped at spaces (a longer word breaks anywhere). */
export function wrappedLines(text: string, room: number): number {
  let lines = 1;
  let used = 0;
  const space = textWidth(' ');
  for (const word of text.split(' ')) {
    const w = textWidth(word);
    if (used && used + space + w > room) {
      lines += 1;
      used = 0;
    }
    used += (used ? space : 0) + w;
    while (used > room) {
      lines += 1;
      used -= room;
    }
  }
  return lines;
}

/** Average characters a column holds on a line, for its width, weight and indent. */
export function columnRoom(width: number, bold = false, indent = 0): number {
  return Math.max(3, width * PER_UNIT * (bold ? BOLD : 1) - 1 - indent * INDENT_CHARS);
}

/** Lines a cell's text takes in its column (each line break starts a paragraph). */
export function cellLines(text: string, width: number, bold = false, indent = 0): number {
  const room = columnRoom(width, bold, indent);
  return text.split('\n').reduce((n, l) => n + wrappedLines(l, room), 0);
}

/** Row height, in points, for `lines` lines of text. */
export const rowHeight = (lines: number) => Math.min(409, Math.max(1, lines) * LINE_PT + PAD_PT);

/**
 * Sets a row's height to fit its tallest wrapped cell (merged cells are left to their own rows). Rows whose
 * text fits on one line keep the default height.
 */
export function fitRow(ws: Worksheet, r: number, lastCol: number): void {
  let lines = 1;
  for (let k = 1; k <= lastCol; k++) {
    const cell = ws.getCell(r, k);
    const v = cell.value;
    if (typeof v !== 'string' || cell.isMerged) continue;
    if (!cell.alignment?.wrapText) continue; // unwrapped text runs on or is cut, but never adds lines
    lines = Math.max(lines, cellLines(v, ws.getColumn(k).width ?? 9, !!cell.font?.bold, cell.alignment?.indent ?? 0));
  }
  if (lines > 1) ws.getRow(r).height = rowHeight(lines);
}

/** A column wide enough that its heading's longest word is never broken ("Likeliho od"). */
export function headingWidth(heading: string, width: number): number {
  const longest = Math.max(...heading.split(/\s+/).map(textWidth));
  return Math.max(width, Math.ceil(longest / BOLD + 2));
}

/**
 * The plan's name in the page header, the sheet (or unit) and page number in the footer: side by side in
 * one footer they overprinted each other on portrait pages and under long unit names. Excel refuses a
 * header or footer over 255 characters, so a long plan name is cut (never through an "&&").
 */
export function planHeaderFooter(h: PlanHeader, sheet: string): Partial<HeaderFooter> {
  const esc = (s: string) => s.replace(/&/g, '&&');
  const cut = (s: string, room: number) =>
    esc(s)
      .slice(0, room)
      .replace(/(^|[^&])((?:&&)*)&$/, '$1$2');
  const plan = [h.division, h.title].filter(Boolean).join(' - ');
  return { oddHeader: `&L${cut(plan, 250)}`, oddFooter: `&L${cut(sheet, 200)}&RPage &P of &N` };
}
