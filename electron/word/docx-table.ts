/**
 * A plan table as a real Word table: heading rows marked to repeat on every page, no row split across
 * pages, fixed column widths shared out of the page's text width, figures right-aligned, totals and unit
 * rows bold, heading and unit rows shaded as in print.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Align, WordCell, WordRow, WordTable } from './table-rows';
import { textWidth } from './docx-styles';

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const SHADE: Partial<Record<WordRow['kind'] | 'head', string>> = { head: 'D9E2F3', unit: '1F3864', objective: 'D9E2F3', total: 'EEF1F7' };

function cellOf(c: WordCell, opts: { bold?: boolean; italics?: boolean; color?: string; fill?: string; width: number }): TableCell {
  const lines = c.lines.length ? c.lines : [''];
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    ...(c.colSpan ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: lines.map(
      (l) =>
        new Paragraph({
          style: 'TableText',
          alignment: ALIGN[c.align as Align],
          children: [new TextRun({ text: l, bold: opts.bold, italics: opts.italics, color: opts.color })],
        }),
    ),
  });
}

/** Column widths in twips: the table's relative widths scaled to the page. */
function twips(t: WordTable, landscape: boolean): number[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  return t.widths.map((w) => Math.floor((w / total) * textWidth(landscape)));
}

/** The widths a run of cells covers, walking the grid (spans add up; rowSpan columns of the row above are skipped). */
function spanWidths(cells: WordCell[], cols: number[], skip: Set<number>): number[] {
  const out: number[] = [];
  let at = 0;
  for (const c of cells) {
    while (skip.has(at)) at++;
    const n = c.colSpan ?? 1;
    out.push(cols.slice(at, at + n).reduce((a, b) => a + b, 0));
    at += n;
  }
  return out;
}

export function docxTable(t: WordTable, landscape: boolean): Table {
  const cols = twips(t, landscape);
  // Columns held by a heading cell spanning both heading rows: the second row's cells sit beside them.
  const spanned = new Set<number>();
  let at = 0;
  for (const c of t.head[0]) {
    if (c.rowSpan && c.rowSpan > 1) spanned.add(at);
    at += c.colSpan ?? 1;
  }
  const head = t.head.map((cells, i) => {
    const widths = spanWidths(cells, cols, i === 0 ? new Set() : spanned);
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells.map((c, j) => cellOf(c, { bold: true, fill: SHADE.head, width: widths[j] })) });
  });
  const body = t.rows.map((r) => {
    const widths = spanWidths(r.cells, cols, new Set());
    const style = {
      bold: r.kind === 'total' || r.kind === 'unit' || r.kind === 'objective',
      italics: r.kind === 'memo' || r.kind === 'empty',
      color: r.kind === 'unit' ? 'FFFFFF' : undefined,
      fill: SHADE[r.kind],
    };
    return new TableRow({ cantSplit: true, children: r.cells.map((c, j) => cellOf(c, { ...style, width: widths[j] })) });
  });
  return new Table({
    rows: [...head, ...body],
    width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
  });
}
