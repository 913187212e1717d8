/**
 * A stored cell value as text, by column type: the one formatter behind the grid, print, Excel, search
 * and copies. Figures to one decimal (£000s, FTE), ratings and text as stored, dates as written, lists and
 * links one item per line, deliverables one per line as "• text [target]". An output that draws a value
 * differently (print's item boxes, Excel's target-date column) takes the parts from here, not its own rules.
 */
import type { CellValue, ColumnDef, Deliverable } from '../model/columns';
import { formatFigure } from './numbers';

export const BULLET = '• ';

/** A deliverable's target as the plans print it after the text: "[March 2009]"; empty for none. */
export const targetText = (target: string | undefined): string => (target ? `[${target}]` : '');

/** One deliverable as a line of text. */
export const deliverableLine = (d: Deliverable): string => `${BULLET}${d?.text ?? ''}${d?.target ? ` ${targetText(d.target)}` : ''}`;

/** A deliverables value as its parts (text and target), for outputs that place the target apart. */
export function deliverableParts(v: CellValue | undefined): Deliverable[] {
  return Array.isArray(v) ? (v as Deliverable[]).map((d) => ({ text: d?.text ?? '', target: d?.target ?? '' })) : [];
}

/** The value as lines of text: one per list item or deliverable, otherwise the single text (or none). */
export function cellLines(col: ColumnDef, v: CellValue | undefined): string[] {
  if (v === null || v === undefined || v === '') return [];
  switch (col.type) {
    case 'money':
    case 'fte':
      return [formatFigure(v)];
    case 'deliverables':
      return Array.isArray(v) ? (v as Deliverable[]).map(deliverableLine) : [String(v)];
    default:
      // Lists, links and any other one-item-per-line type by their items, so a new list type needs no case.
      return Array.isArray(v) ? v.map(String) : [String(v)];
  }
}

/** The value as the grid shows it (and copies, search and exports write it): lines joined by line breaks. */
export function cellText(col: ColumnDef, v: CellValue | undefined): string {
  return cellLines(col, v).join('\n');
}
