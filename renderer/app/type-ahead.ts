/** Type-ahead in a list, as in a tree view: the first letters of an entry's label move to it. */

/** Letters typed within this time make one search ("sec" goes to "Secondary"); a pause starts afresh. */
export const TYPE_AHEAD_MS = 800;

/** The next entry, from `from` on, whose label starts with `typed` (one letter repeated steps through them). */
export function typeAhead(labels: string[], from: number, typed: string): number {
  const single = typed.length > 1 && [...typed].every((c) => c === typed[0]) ? typed[0] : typed;
  const start = single.length === 1 ? from + 1 : from;
  for (let i = 0; i < labels.length; i++) {
    const at = (start + i) % labels.length;
    if (labels[at].startsWith(single)) return at;
  }
  return -1;
}
