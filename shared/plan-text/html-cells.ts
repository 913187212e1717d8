/**
 * Table cells in the seed are tab-separated text carrying a little inline HTML (<b>, <i>, <p>,
 * <ul><li>, <sup>). This turns one cell into the shapes the table kinds store: one line of text,
 * a list of items, or multi-line text. No HTML survives into the plan.
 */

export type HNode = string | { tag: string; children: HNode[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export const decodeEntities = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);

/** Collapse runs of whitespace (the seed keeps the source's line-wrap spaces) and trim. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A forgiving tag tree: unknown or unclosed tags are closed at the end of the cell. */
export function parseHtml(src: string): HNode[] {
  const root: { tag: string; children: HNode[] } = { tag: 'root', children: [] };
  const stack = [root];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m.index > last) stack[stack.length - 1].children.push(src.slice(last, m.index));
    last = re.lastIndex;
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else {
      const el = { tag, children: [] as HNode[] };
      stack[stack.length - 1].children.push(el);
      if (tag !== 'br') stack.push(el);
    }
  }
  if (last < src.length) stack[stack.length - 1].children.push(src.slice(last));
  return root.children;
}

const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'br']);

/** Raw text of nodes, block boundaries as spaces, entities decoded, whitespace kept. */
function rawOf(nodes: HNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? decodeEntities(n) : BLOCK_TAGS.has(n.tag) ? ` ${rawOf(n.children)} ` : rawOf(n.children))).join('');
}

/** Text of a cell with whitespace kept (double spaces mark line breaks in the source cell). */
export const rawText = (cell: string): string => rawOf(parseHtml(cell)).trim();

/** One line of text: tags dropped (<sup>st</sup> keeps "st"), whitespace collapsed. */
export const plain = (cell: string): string => squash(rawText(cell));

/** The leading bullet typed into list items ("• ", "- ") is presentation, not content. */
export const dropBullet = (s: string): string => s.replace(/^(?:•|-)\s*/, '');

export interface CellBlock {
  /** 'text': words outside any <p>/<ul>; 'p': a paragraph; 'li': a top-level list item. */
  kind: 'text' | 'p' | 'li';
  text: string;
  /** Items of a list nested inside this item, already without their bullets. */
  nested: string[];
}

function liBlock(li: { children: HNode[] }): CellBlock {
  const own = li.children.filter((c) => typeof c === 'string' || !['ul', 'ol'].includes(c.tag));
  const nested = li.children.flatMap((c) => (typeof c !== 'string' && ['ul', 'ol'].includes(c.tag) ? listOf(c.children) : []));
  return { kind: 'li', text: dropBullet(squash(rawOf(own))), nested };
}

function listOf(children: HNode[]): string[] {
  return children.flatMap((c) => {
    if (typeof c === 'string' || c.tag !== 'li') return [];
    const b = liBlock(c);
    return [b.text, ...b.nested.map((n) => `• ${n}`)].filter(Boolean);
  });
}

/** The cell as a sequence of paragraphs, list items and loose text, in order. */
export function cellBlocks(cell: string): CellBlock[] {
  const out: CellBlock[] = [];
  let run: HNode[] = [];
  const flush = () => {
    const text = squash(rawOf(run));
    if (text) out.push({ kind: 'text', text, nested: [] });
    run = [];
  };
  for (const n of parseHtml(cell)) {
    if (typeof n === 'string' || !BLOCK_TAGS.has(n.tag)) run.push(n);
    else if (n.tag === 'p') {
      flush();
      const text = squash(rawOf(n.children));
      if (text) out.push({ kind: 'p', text, nested: [] });
    } else if (n.tag === 'ul' || n.tag === 'ol') {
      flush();
      for (const c of n.children) if (typeof c !== 'string' && c.tag === 'li') out.push(liBlock(c));
    } else if (n.tag === 'li') {
      flush();
      out.push(liBlock(n));
    } else run.push(' ');
  }
  flush();
  return out.filter((b) => b.text || b.nested.length);
}

/** A block as one list entry: nested items become following lines starting "• ". */
export const blockItem = (b: CellBlock): string => [b.text, ...b.nested.map((n) => `• ${n}`)].filter(Boolean).join('\n');

/** A list cell: one entry per paragraph or list item (loose text is an entry too). */
export const listItems = (cell: string): string[] => cellBlocks(cell).map(blockItem);

/** A multi-line text cell: paragraphs on their own lines, list items as lines starting "• ". */
export const longText = (cell: string): string =>
  cellBlocks(cell)
    .map((b) => (b.kind === 'li' ? `• ${blockItem(b)}` : blockItem(b)))
    .join('\n');

/**
 * Split a cell into entries at each bold run that starts a new entry: lead-role targets are printed
 * as "<b>LAA Outcome 1:</b> text  <b>47)</b> text". Paragraph-structured cells split by paragraph.
 */
export function boldEntries(cell: string): string[] {
  const blocks = cellBlocks(cell);
  if (blocks.some((b) => b.kind !== 'text')) return blocks.map(blockItem);
  const entries: HNode[][] = [[]];
  for (const n of parseHtml(cell)) {
    const cur = entries[entries.length - 1];
    if (typeof n !== 'string' && n.tag === 'b' && squash(rawOf(cur))) entries.push([n]);
    else cur.push(n);
  }
  return entries.map((e) => squash(rawOf(e))).filter(Boolean);
}

/** Cells of a tab-separated row. */
export const cellsOf = (line: string): string[] => line.split('\t');

/** True when every cell of the row is blank. */
export const blankRow = (cells: string[]): boolean => cells.every((c) => !plain(c));

/** Numbers as printed: "1,116.9", "-160.0"; blank gives undefined. */
export function parseNumber(cell: string): number | undefined {
  const t = plain(cell).replace(/,/g, '');
  if (!t) return undefined;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${JSON.stringify(cell)}`);
  return n;
}

/**
 * Continue list-like content cut by a page break: loose text (no list markup) or a first item that
 * starts lower-case continues the last entry; everything else is a new entry.
 */
export function continueItems(items: string[], blocks: CellBlock[], render: (b: CellBlock) => string = blockItem): void {
  blocks.forEach((b, k) => {
    if (k === 0 && items.length && (b.kind === 'text' || /^[a-z]/.test(b.text))) items[items.length - 1] += ` ${blockItem(b)}`;
    else items.push(render(b));
  });
}
