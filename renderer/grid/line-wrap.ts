/**
 * How many lines a piece of text takes in a box of a given width, breaking as the browser does for the
 * grid's cells (white-space: pre-line, overflow-wrap: break-word): at new lines, then between words, and
 * inside a word only when the word alone is wider than the box. Pure: the width of a string is passed in.
 */
export type Measure = (text: string) => number;

/** Lines for text with hard line breaks; each paragraph wraps on its own. */
export function wrappedLines(text: string, width: number, measure: Measure): number {
  return text.split('\n').reduce((n, paragraph) => n + paragraphLines(paragraph, width, measure), 0);
}

/**
 * One paragraph. `keep` lists runs that never break inside (a deliverable's "[March 2009]", which is
 * nowrap on screen); they wrap as one word.
 */
export function paragraphLines(paragraph: string, width: number, measure: Measure, keep: readonly string[] = []): number {
  const words = splitWords(paragraph.replace(/\s+/g, ' ').trim(), keep);
  if (!words.length) return 1;
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = measure(word);
    if (used > 0 && used + space + w <= width) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than the box breaks inside itself: it fills whole lines, and its end starts the next.
    const over = width > 0 ? Math.floor(w / width) : 0;
    lines += w > width ? over - (w % width === 0 ? 1 : 0) : 0;
    // What the word leaves on its last line (a word that fills its lines exactly leaves that line full).
    used = w > width ? w - over * width || width : w;
  }
  return lines;
}

function splitWords(text: string, keep: readonly string[]): string[] {
  if (!text) return [];
  if (!keep.length) return text.split(' ');
  const out: string[] = [];
  let rest = text;
  for (const k of keep) {
    const at = rest.indexOf(k);
    if (at < 0) continue;
    out.push(...rest.slice(0, at).split(' ').filter(Boolean), k);
    rest = rest.slice(at + k.length);
  }
  out.push(...rest.split(' ').filter(Boolean));
  return out;
}
