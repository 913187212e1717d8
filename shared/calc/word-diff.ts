/**
 * Word-by-word differences between two texts (longest common subsequence over words), for narrative
 * changes in comparisons. Pure. Very long texts that differ throughout fall back to "all removed, all
 * added" rather than a quadratic table.
 */
export interface WordPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

const MAX_CELLS = 2_000_000;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function push(out: WordPart[], op: WordPart['op'], w: string): void {
  const last = out.at(-1);
  if (last && last.op === op) last.text += ` ${w}`;
  else out.push({ op, text: w });
}

export function wordDiff(before: string, after: string): WordPart[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordPart[] = [];
  a.slice(0, start).forEach((w) => push(out, 'same', w));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    midA.forEach((w) => push(out, 'del', w));
    midB.forEach((w) => push(out, 'add', w));
  } else middle(midA, midB, out);
  a.slice(endA).forEach((w) => push(out, 'same', w));
  return out;
}

function middle(a: string[], b: string[], out: WordPart[]): void {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: common length of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[at(i, j)] = a[i] === b[j] ? lcs[at(i + 1, j + 1)] + 1 : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i++]);
      j++;
    } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) push(out, 'del', a[i++]);
    else push(out, 'add', b[j++]);
  }
  while (i < n) push(out, 'del', a[i++]);
  while (j < m) push(out, 'add', b[j++]);
}
