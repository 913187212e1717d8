/**
 * Narrative text of the seeds (markdown with a little inline HTML) to RichDoc. Only what the seeds
 * use is supported: ATX and "--" headings, paragraphs, "- " and "1. " lists, **bold**, *italic*,
 * ***both***, <b>/<i>/<sup>, backslash escapes, entities, and two trailing spaces as a hard break.
 * Page breaks in the source split paragraphs and list items; they are rejoined here (see `joins`).
 */
import type { BlockNode, InlineNode, ListItem, Mark, RichDoc } from '../model/richtext';
import { decodeEntities } from './html-cells';

/** Stands for a hard line break inside a paragraph's text until inline parsing. */
const BREAK = '\u0000';

/* ---------- inline ---------- */

/** Star runs that open emphasis only count if the same run closes it later; otherwise they are text. */
function closes(src: string, from: number, n: number): boolean {
  const re = /(\\?)(\*+)/g;
  re.lastIndex = from;
  for (let m = re.exec(src); m; m = re.exec(src)) if (!m[1] && m[2].length === n) return true;
  return false;
}

export function inlineNodes(src: string, opts: { plainMarks?: boolean } = {}): InlineNode[] {
  const out: InlineNode[] = [];
  let bold = 0;
  let italic = 0;
  let buf = '';
  const flush = () => {
    if (!buf) return;
    const text = decodeEntities(buf);
    buf = '';
    const marks: Mark[] = [];
    if (bold > 0 && !opts.plainMarks) marks.push({ type: 'bold' });
    if (italic > 0) marks.push({ type: 'italic' });
    const prev = out[out.length - 1];
    const same = prev?.type === 'text' && JSON.stringify(prev.marks ?? []) === JSON.stringify(marks);
    if (same && prev.type === 'text') prev.text += text;
    else out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  };
  for (let i = 0; i < src.length;) {
    const ch = src[i];
    if (ch === '\\' && /[\\*_#`[\]()\-.!+]/.test(src[i + 1] ?? '')) {
      buf += src[i + 1];
      i += 2;
    } else if (ch === BREAK) {
      flush();
      out.push({ type: 'hardBreak' });
      i += 1;
    } else if (ch === '*') {
      let n = 0;
      while (src[i + n] === '*') n += 1;
      const opening = (k: number, open: number) => open === 0 && closes(src, i + n, k);
      const wantBold = n >= 2 && (bold > 0 || opening(n, bold));
      const wantItalic = n !== 2 && (italic > 0 || opening(n, italic));
      if (!wantBold && !wantItalic) {
        buf += '*'.repeat(n);
      } else {
        flush();
        if (wantBold) bold = bold > 0 ? 0 : 1;
        if (wantItalic) italic = italic > 0 ? 0 : 1;
      }
      i += n;
    } else if (ch === '<') {
      const m = /^<(\/?)(b|strong|i|em|sup|sub|span|u)\b[^>]*>/i.exec(src.slice(i));
      if (!m) {
        buf += ch;
        i += 1;
        continue;
      }
      flush();
      const tag = m[2].toLowerCase();
      const d = m[1] ? -1 : 1;
      if (tag === 'b' || tag === 'strong') bold = Math.max(0, bold + d);
      if (tag === 'i' || tag === 'em') italic = Math.max(0, italic + d);
      i += m[0].length;
    } else {
      buf += ch;
      i += 1;
    }
  }
  flush();
  // Collapse the source's wrap spaces, trim whitespace at the paragraph's edges and around hard
  // breaks, and drop text nodes left empty (the schema wants non-empty text).
  const nodes = out.map((n) => (n.type === 'text' ? { ...n, text: n.text.replace(/[ \t\u00a0]+/g, ' ') } : n));
  nodes.forEach((n, k) => {
    if (n.type !== 'text') return;
    if (k === 0 || nodes[k - 1].type === 'hardBreak') n.text = n.text.trimStart();
    if (k === nodes.length - 1 || nodes[k + 1].type === 'hardBreak') n.text = n.text.trimEnd();
  });
  const cleaned = nodes.filter((n) => n.type !== 'text' || n.text.length > 0);
  return cleaned;
}

/* ---------- blocks ---------- */

type Draft =
  { type: 'para'; text: string } | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string } | { type: 'list'; ordered: boolean; start: number; items: string[] };

const blank = (l: string) => l.replace(/[\s\u00a0]/g, '') === '';
const BULLET = /^\s*(?:[-+]|\*(?!\*))\s+(.*)$/;
const ORDERED = /^\s*(\d+)\.\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s*(-{2,}|={2,})\s*$/;

/** Words a sentence cannot end on: a paragraph ending in one was cut by a page break. */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'and', 'in', 'with', 'by', 'on', 'at', 'from', 'or']);

/** A source line's text: two trailing spaces are a hard break. */
const lineText = (l: string) => (/ {2,}$/.test(l) ? `${l.trimEnd()}${BREAK}` : l.trim());

/** Join text cut by a page break; the source sometimes repeats the cut line on the next page. */
export function joinCut(a: string, b: string): string {
  // eslint-disable-next-line no-control-regex -- \u0000 stands for a line break here (BREAK), trimmed like whitespace
  const head = a.replace(/[\s\u0000]+$/, '');
  for (let k = Math.min(head.length, b.length); k >= 20; k--) {
    if (head.endsWith(b.slice(0, k)) && (b[k] === undefined || /\s/.test(b[k]))) return `${head}${b.slice(k)}`;
  }
  return `${head} ${b.trim()}`;
}

const startsLower = (s: string) => /^[*_\s]*[a-z]/.test(s);
// eslint-disable-next-line no-control-regex -- \u0000 is BREAK, a line break, skipped like whitespace
const endsDangling = (s: string) => DANGLING.has((/([A-Za-z]+)[\s\u0000]*$/.exec(s)?.[1] ?? '').toLowerCase()) && !/[.:;!?]\s*$/.test(s);

function drafts(lines: string[]): Draft[] {
  const out: Draft[] = [];
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (blank(line)) {
      afterBlank = true;
      continue;
    }
    const prev = out[out.length - 1];
    const h = HEADING.exec(line);
    const b = BULLET.exec(line);
    const o = ORDERED.exec(line);
    if (h) out.push({ type: 'heading', level: Math.min(h[1].length, 4) as 1 | 2 | 3 | 4, text: h[2] });
    else if (i + 1 < lines.length && SETEXT.test(lines[i + 1]) && !b && !o) {
      out.push({ type: 'heading', level: lines[i + 1].trim().startsWith('=') ? 1 : 2, text: line.trim() });
      i += 1;
    } else if (b || o) {
      const ordered = !!o;
      const text = ((b ?? o) as RegExpExecArray)[ordered ? 2 : 1];
      // A list continues across a blank line when the next item is of the same kind (loose list).
      if (prev?.type === 'list' && prev.ordered === ordered) prev.items.push(lineText(text));
      else out.push({ type: 'list', ordered, start: o ? Number(o[1]) : 1, items: [lineText(text)] });
    } else if (prev && prev.type !== 'heading' && (startsLower(line) || (prev.type === 'para' && endsDangling(prev.text)))) {
      // Lazy continuation: a lower-case start (or a paragraph left on "the") continues the text above,
      // whether the page break left a blank line in between or not.
      if (prev.type === 'para') prev.text = joinCut(prev.text, lineText(line));
      else prev.items[prev.items.length - 1] = joinCut(prev.items[prev.items.length - 1], lineText(line));
    } else if (prev?.type === 'para' && !afterBlank) prev.text += (prev.text.endsWith(BREAK) ? '' : ' ') + lineText(line);
    else if (prev?.type === 'list' && !afterBlank) prev.items[prev.items.length - 1] += ` ${lineText(line)}`;
    else out.push({ type: 'para', text: lineText(line) });
    afterBlank = false;
  }
  return out;
}

const para = (text: string): BlockNode => {
  const content = inlineNodes(text);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

/** Markdown lines to a document. Headings carry no bold mark (a heading is bold already). */
export function markdownToDoc(lines: string[]): RichDoc {
  const content: BlockNode[] = drafts(lines).map((d): BlockNode => {
    if (d.type === 'heading') return { type: 'heading', attrs: { level: d.level }, content: inlineNodes(d.text, { plainMarks: true }) };
    if (d.type === 'para') return para(d.text);
    const items: ListItem[] = d.items.map((t) => ({ type: 'listItem', content: [para(t)] }));
    return d.ordered ? { type: 'orderedList', attrs: { start: d.start }, content: items } : { type: 'bulletList', content: items };
  });
  return { type: 'doc', content };
}

/** A document of plain paragraphs (for the few notes the converter writes itself). */
export const paragraphsDoc = (...texts: string[]): RichDoc => ({
  type: 'doc',
  content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })),
});
