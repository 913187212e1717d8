/**
 * A logged value as one line of text for history lists and change reports: figures as printed, lists
 * joined, deliverables with their dates, narrative as its words, rows and sections by their label. Pure.
 */
import { formatFigure } from './numbers';
import { docText, type RichDoc } from '../model/richtext';
import type { ColumnType } from '../model/columns';

const MAX = 300;
const cut = (s: string): string => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

/** `type`, when known, says how a number prints: £000s and FTE to one decimal, ratings as typed. */
export function valueText(v: unknown, type?: ColumnType): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return type === 'money' || type === 'fte' || (type === undefined && !Number.isInteger(v)) ? formatFigure(v) : String(v);
  if (typeof v === 'string') return cut(v);
  if (Array.isArray(v)) {
    return cut(
      v
        .map((x) =>
          typeof x === 'object' && x && 'text' in x
            ? `${(x as { text: string }).text}${(x as { target?: string }).target ? ` (${(x as { target: string }).target})` : ''}`
            : String(x),
        )
        .join('; '),
    );
  }
  if (typeof v === 'object' && (v as { type?: unknown }).type === 'doc') return cut(docText(v as RichDoc).replace(/\n+/g, ' / '));
  if (typeof v === 'object' && 'cells' in (v as object)) {
    const cells = (v as { cells: Record<string, unknown> }).cells;
    const label = Object.values(cells).find((x) => typeof x === 'string' && x.trim());
    return cut(`row “${String(label ?? '')}”`);
  }
  if (typeof v === 'object' && 'title' in (v as object)) return cut(`section “${String((v as { title: unknown }).title)}”`);
  return cut(JSON.stringify(v));
}
