/**
 * Numbers as the plans print them (£000s and FTE to one decimal, thousands separators, a minus sign for
 * negatives) and as people type or paste them: "1,116.9", "-160.0", "(160.0)", "£1,116.9".
 */
const oneDp = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatFigure(v: unknown): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  const s = oneDp.format(v);
  return s === '-0.0' ? '0.0' : s;
}

export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

/** Reads a typed or pasted figure. Blank means "no value". */
export function parseFigure(text: string): Parsed {
  let t = text.trim().replace(/[\u00a0\s]/g, '');
  if (t === '' || t === '-') return { ok: true, value: null };
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  }
  t = t.replace(/^£/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(t)) return { ok: false, message: `"${text.trim()}" is not a number` };
  const n = Number(t.replace(/,/g, ''));
  return { ok: true, value: negative ? -n : n };
}
