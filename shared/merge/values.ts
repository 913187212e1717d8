/**
 * Values as merging compares and shows them: a canonical JSON form (key order never makes two equal values
 * differ), the three-way rule for one slot, and short text for a review line.
 */
import type { RichDoc } from '../model/richtext';
import { docText } from '../model/richtext';
import { formatFigure } from '../format/numbers';

/** JSON with object keys sorted, so values read from different files compare equal when they are. */
export function canon(v: unknown): string {
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canon(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export const same = (a: unknown, b: unknown): boolean => canon(a ?? null) === canon(b ?? null);

export type SlotOutcome = 'unchanged' | 'ours' | 'theirs' | 'both-same' | 'conflict';

/** Three-way rule for one value: one side changed → that side; both changed alike → either; else a conflict. */
export function slot(base: unknown, ours: unknown, theirs: unknown): SlotOutcome {
  const o = !same(base, ours);
  const t = !same(base, theirs);
  if (!o && !t) return 'unchanged';
  if (!t) return 'ours';
  if (!o) return 'theirs';
  return same(ours, theirs) ? 'both-same' : 'conflict';
}

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A value as one review line shows it: figures as printed, text quoted, lists joined, narrative as its words. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(empty)';
  if (typeof v === 'number') return formatFigure(v);
  if (typeof v === 'string') return JSON.stringify(clip(v));
  if (Array.isArray(v))
    return v.length ? JSON.stringify(clip(v.map((x) => (typeof x === 'string' ? x : ((x as { text?: string }).text ?? canon(x)))).join('; '))) : '(empty)';
  if (typeof v === 'object' && (v as RichDoc).type === 'doc')
    return JSON.stringify(
      clip(
        docText(v as RichDoc)
          .replace(/\s+/g, ' ')
          .trim(),
      ) || '(empty)',
    );
  return clip(canon(v));
}
