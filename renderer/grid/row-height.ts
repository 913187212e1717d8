/**
 * Row heights computed from the text, not measured from the page. ag-grid's autoHeight reads each cell's
 * size as the cell is built, forcing a layout per cell: most of the time it took to open an action table.
 * Here a row's height is the most lines any of its cells wraps to (line-wrap.ts, with the canvas measuring
 * words in the cell's font) times the line height, plus the cell's padding and border.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { ColumnDef, Deliverable } from '../../shared/model/columns';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { isOverdue } from '../../shared/calc/date-as-written';
import { cellText, deliverableLine, targetText } from '../../shared/format/cell-text';
import { paragraphLines, wrappedLines, type Measure } from './line-wrap';
import { textWidth } from './text-width';
import type { GridRow } from './grid-rows';

/** The grid's cell font and box; the theme (TableGrid) and styles.css use these same values. */
export const CELL_FONT_FAMILY =
  '"IBM Plex Sans", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif';
export const CELL_FONT_SIZE = 13;
const LINE_HEIGHT = CELL_FONT_SIZE * 1.4;
const PAD_Y = 4;
const PAD_X = 5;
/** .ag-column-last leaves room for the overlay scrollbar (styles.css). */
const PAD_LAST = 18;
const BORDER = 1;
/** Sub-pixel differences between the canvas and the page's layout never cost a line. */
const SLACK = 2;

const WEIGHT: Partial<Record<GridRow['role'], number>> = { unit: 700, objective: 600 };

function measurer(weight: number, style = 'normal'): Measure {
  const font = `${style} ${weight} ${CELL_FONT_SIZE}px ${CELL_FONT_FAMILY}`;
  return (s) => cachedWidth(font, s);
}

const widths = new Map<string, Map<string, number>>();
function cachedWidth(font: string, s: string): number {
  let m = widths.get(font);
  if (!m) widths.set(font, (m = new Map()));
  let w = m.get(s);
  if (w === undefined) m.set(s, (w = textWidth(s, font)));
  return w;
}

/** Lines a cell takes at an inner width (pixels). */
export function cellLines(col: ColumnDef, value: unknown, role: GridRow['role'], width: number, today = new Date()): number {
  if (value === null || value === undefined || value === '') return 1;
  const weight = WEIGHT[role] ?? 400;
  const measure = measurer(weight);
  if (col.type === 'deliverables' && Array.isArray(value)) {
    const bold = measurer(600);
    return Math.max(
      1,
      (value as Deliverable[]).reduce((n, d) => {
        const target = targetText(d.target);
        const m: Measure = (s) => (s === target && isOverdue(d.target!, today) ? bold(s) : measure(s));
        // A deliverable's text may hold line breaks of its own (pre-line); the target ends its last line.
        const paragraphs = deliverableLine(d).split('\n');
        return n + paragraphs.reduce((k, p, i) => k + paragraphLines(p, width, m, target && i === paragraphs.length - 1 ? [target] : []), 0);
      }, 0),
    );
  }
  if (col.type === 'links' && Array.isArray(value)) {
    // Links the catalogue does not know are italic with " ?": measured so, for every link, to be safe.
    const italic = measurer(weight, 'italic');
    return Math.max(
      1,
      (value as string[]).reduce((n, l) => n + wrappedLines(`${l} ?`, width, italic), 0),
    );
  }
  return wrappedLines(cellText(col, value as never), width, measure);
}

/** The height of a body row at the grid's current column widths; pinned rows keep to one line. */
export function rowHeight(api: GridApi<GridRow>, kind: TableKind, node: IRowNode<GridRow>, base: number): number {
  const row = node.data;
  if (!row || node.rowPinned) return base;
  const defs = kindDef(kind).columns;
  const shown = api.getAllDisplayedColumns();
  let lines = 1;
  shown.forEach((c: Column, i) => {
    const col = defs.find((d) => d.id === c.getColId());
    if (!col || col.type === 'money' || col.type === 'fte' || col.type === 'rating' || col.type === 'band') return;
    const inner = c.getActualWidth() - PAD_X - (i === shown.length - 1 ? PAD_LAST : PAD_X) - 2 * BORDER - SLACK;
    lines = Math.max(lines, cellLines(col, row.cells[col.id], row.role, inner));
  });
  return Math.max(base, Math.ceil(lines * LINE_HEIGHT + 2 * PAD_Y + 2 * BORDER));
}
