/**
 * Text typed or pasted into a cell, read as that column's value: figures through parseFigure, ratings as
 * whole numbers 1-5, lists one item per line, deliverables as "text [target]" lines. The same reading is
 * used by the grid, by paste and by spreadsheet import, so a value means the same wherever it comes from.
 */
import type { CellValue, ColumnDef, Deliverable } from '../model/columns';
import { parseFigure } from './numbers';

export type CellParse = { ok: true; value: CellValue } | { ok: false; message: string };

const lines = (t: string) =>
  t
    .split(/\r?\n/)
    .map((s) => s.replace(/^\s*[•\-*]\s+/, '').trim())
    .filter(Boolean);

export function parseDeliverableLine(line: string): Deliverable {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
  return m ? { text: m[1].trim(), target: m[2].trim() } : { text: line.trim(), target: '' };
}

export function parseCellText(col: ColumnDef, text: string): CellParse {
  const t = text.trim();
  switch (col.type) {
    case 'money':
    case 'fte': {
      const p = parseFigure(t);
      return p.ok ? { ok: true, value: p.value } : { ok: false, message: `${col.heading}: ${p.message}` };
    }
    case 'rating': {
      if (t === '') return { ok: true, value: null };
      const n = Number(t);
      return Number.isInteger(n) && n >= 1 && n <= 5
        ? { ok: true, value: n }
        : { ok: false, message: `${col.heading}: "${t}" is not a whole number from 1 to 5` };
    }
    case 'list':
    case 'links':
      return { ok: true, value: t ? lines(text) : null };
    case 'deliverables':
      return { ok: true, value: t ? lines(text).map(parseDeliverableLine) : null };
    case 'band':
      return { ok: false, message: `${col.heading} is computed` };
    default:
      return { ok: true, value: t === '' ? null : text.replace(/\r\n/g, '\n') };
  }
}
