/**
 * A Word document as mammoth writes it (flat HTML: p, h1–h6, ul/ol, table) turned into a list of blocks
 * in document order, in the seed's own text shapes so the seed's readers apply unchanged: a table row is
 * its cells joined by tabs, each cell keeping the little inline HTML the readers know (<b>, <i>, <p>,
 * <ul><li>); narrative is markdown lines. Pure: no I/O, no DOM.
 */
import { parseHtml, squash, type HNode } from '../plan-text/html-cells';

export type DocBlock =
  { kind: 'heading'; level: number; text: string } | { kind: 'text'; lines: string[]; text: string; boldOnly: boolean } | { kind: 'table'; rows: string[] };

type El = Extract<HNode, { tag: string }>;
const isEl = (n: HNode): n is El => typeof n !== 'string';

/** Word's names for emphasis become the seed's; everything the readers do not know is dropped to its text. */
const RENAME: Record<string, string> = { strong: 'b', em: 'i', b: 'b', i: 'i', sup: 'sup', p: 'p', ul: 'ul', ol: 'ul', li: 'li' };

/** Inner HTML of nodes in the seed's cell dialect (no attributes, no tabs or newlines). */
export function cellHtml(nodes: HNode[]): string {
  return nodes
    .map((n) => {
      if (!isEl(n)) return n.replace(/[\t\n\r]+/g, ' ');
      if (n.tag === 'br') return '  ';
      const tag = RENAME[n.tag];
      const inner = cellHtml(n.children);
      return tag ? `<${tag}>${inner}</${tag}>` : inner;
    })
    .join('');
}

/** A cell holding one paragraph is written bare, as the seed writes single-paragraph cells. */
function cell(td: El): string {
  const kids = td.children.filter((c) => !(typeof c === 'string' && !c.trim()));
  if (kids.length === 1 && isEl(kids[0]) && kids[0].tag === 'p') return cellHtml(kids[0].children).trim();
  return cellHtml(kids).trim();
}

const childEls = (n: El, tag: string): El[] =>
  n.children.filter(isEl).flatMap((c) => (c.tag === tag ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tag) ? childEls(c, tag) : []));

function tableRows(table: El): string[] {
  return childEls(table, 'tr').map((tr) =>
    tr.children
      .filter(isEl)
      .filter((c) => c.tag === 'td' || c.tag === 'th')
      .map(cell)
      .join('\t'),
  );
}

/** Inline markdown of a paragraph: bold and italic as the seed's <b>/<i>, which its narrative reader knows. */
const inline = (nodes: HNode[]) => squash(cellHtml(nodes).replace(/<\/?(?:p|ul|li)>/g, ' ')).replace(/\*/g, '\\*');

const textOf = (nodes: HNode[]): string => squash(nodes.map((n) => (isEl(n) ? textOf(n.children) : n)).join(' '));

/** A paragraph whose every word is bold: Word documents often use one as a heading. */
function boldOnly(nodes: HNode[]): boolean {
  const text = (ns: HNode[], inBold: boolean): boolean =>
    ns.every((n) => (isEl(n) ? text(n.children, inBold || n.tag === 'strong' || n.tag === 'b') : !n.trim() || inBold));
  return textOf(nodes) !== '' && text(nodes, false);
}

function listLines(list: El, depth: number): string[] {
  const ordered = list.tag === 'ol';
  return list.children
    .filter(isEl)
    .filter((li) => li.tag === 'li')
    .flatMap((li, i) => {
      const own = li.children.filter((c) => !(isEl(c) && (c.tag === 'ul' || c.tag === 'ol')));
      const nested = li.children.filter(isEl).filter((c) => c.tag === 'ul' || c.tag === 'ol');
      const marker = ordered ? `${i + 1}. ` : '- ';
      return [`${'  '.repeat(depth)}${marker}${inline(own)}`, ...nested.flatMap((n) => listLines(n, depth + 1))];
    });
}

/** mammoth's HTML as blocks; images and anchors are dropped before parsing (an image is bytes, not text). */
export function htmlBlocks(html: string): DocBlock[] {
  const clean = html.replace(/<img\b[^>]*>/gi, '').replace(/<a id="[^"]*"><\/a>/g, '');
  const out: DocBlock[] = [];
  const walk = (nodes: HNode[]) => {
    for (const n of nodes) {
      if (!isEl(n)) {
        if (n.trim()) out.push({ kind: 'text', lines: [n.trim()], text: squash(n), boldOnly: false });
        continue;
      }
      const h = /^h([1-6])$/.exec(n.tag);
      if (h) out.push({ kind: 'heading', level: Number(h[1]), text: textOf(n.children) });
      else if (n.tag === 'table') out.push({ kind: 'table', rows: tableRows(n) });
      else if (n.tag === 'ul' || n.tag === 'ol') out.push({ kind: 'text', lines: listLines(n, 0), text: textOf(n.children), boldOnly: false });
      else if (n.tag === 'p' || n.tag === 'blockquote') {
        const text = textOf(n.children);
        if (text) out.push({ kind: 'text', lines: [inline(n.children)], text, boldOnly: boldOnly(n.children) });
      } else walk(n.children);
    }
  };
  walk(parseHtml(clean));
  return out;
}
