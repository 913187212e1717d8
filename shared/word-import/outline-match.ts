/**
 * Which headings of a Word plan start its sections, when the document has a contents table: each
 * contents entry is given one heading (a Heading paragraph or an all-bold line) with the entry's words.
 * "&" and "and" count alike. A unit's heading names more than the unit ("UNIT 2: PRIMARY CORE SERVICES
 * AND FORECAST ACTIVITY LEVELS"), so for a top-level entry a "UNIT n:" heading holding the entry's words is
 * preferred to a bare heading of the same words elsewhere ("Primary" in last year's review). Repeated
 * entries ("Revenue Budget" under each unit) take the matching headings in document order.
 */
import type { DocBlock } from './html-blocks';
import { fold } from './table-recognition';

export interface ContentsEntry {
  title: string;
  level: 1 | 2;
}

/** Words compared: folded, with "and" dropped. */
export const matchKey = (s: string): string =>
  fold(s)
    .replace(/\band\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const UNIT = /^unit \d+ /;

/** Block index -> the entry whose section it starts. */
export function assignSections(blocks: DocBlock[], entries: ContentsEntry[]): Map<number, ContentsEntry> {
  const candidates = blocks
    .map((b, i) => ({ i, text: b.kind === 'heading' || (b.kind === 'text' && b.boldOnly) ? b.text : '' }))
    .filter((c) => c.text && !/^contents$/i.test(c.text.trim()))
    .map((c) => ({ ...c, key: matchKey(c.text) }));
  const taken = new Map<number, ContentsEntry>();
  const free = (c: { i: number }) => !taken.has(c.i);
  for (const e of entries) {
    const key = matchKey(e.title);
    if (!key) continue;
    const unit = e.level === 1 ? candidates.find((c) => free(c) && UNIT.test(c.key) && ` ${c.key} `.includes(` ${key} `)) : undefined;
    const exact = unit ?? candidates.find((c) => free(c) && c.key === key);
    if (exact) taken.set(exact.i, e);
  }
  return taken;
}
