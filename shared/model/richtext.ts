/**
 * Narrative text as a structured document, never HTML. The node and mark names follow
 * ProseMirror/TipTap's StarterKit so a TipTap editor can load and save these documents as is.
 */
import { z } from 'zod';
import './zod-csp';

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };
export type InlineNode = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };
export type BlockNode =
  | { type: 'paragraph'; content?: InlineNode[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 | 4 }; content?: InlineNode[] }
  | { type: 'bulletList'; content: ListItem[] }
  | { type: 'orderedList'; attrs?: { start: number }; content: ListItem[] }
  | { type: 'blockquote'; content: BlockNode[] };
export type ListItem = { type: 'listItem'; content: BlockNode[] };
export type RichDoc = { type: 'doc'; content: BlockNode[] };

/**
 * Only https and mailto links survive: no javascript:, data:, file: or plain http URL can reach a renderer.
 * No whitespace or control character anywhere (browsers strip them, so 'java\tscript:' would run), no
 * relative or protocol-relative address, and the URL must parse with that same scheme.
 */
export function isAllowedHref(href: unknown): href is string {
  // eslint-disable-next-line no-control-regex -- a control character in a link is refused on purpose (see above)
  if (typeof href !== 'string' || href.length > 2000 || /[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/.test(href)) return false;
  if (!/^(https:\/\/[^/]|mailto:.)/i.test(href)) return false;
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export const safeHref = z.string().max(2000).refine(isAllowedHref, 'links must be https:// or mailto: addresses');

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]);
const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(100_000), marks: z.array(markSchema).max(3).optional() }),
  z.object({ type: z.literal('hardBreak') }),
]);
const inlineContent = z.array(inlineSchema).max(10_000).optional();

export const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), content: inlineContent }),
    z.object({
      type: z.literal('heading'),
      attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
      content: inlineContent,
    }),
    z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).max(5000) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).max(100_000) }).optional(),
      content: z.array(listItemSchema).max(5000),
    }),
    z.object({ type: z.literal('blockquote'), content: z.array(blockSchema).max(5000) }),
  ]),
) as z.ZodType<BlockNode>;
const listItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(blockSchema).max(5000) }),
) as z.ZodType<ListItem>;

/** JSON nesting a document may reach: lists nested about twenty deep. Deeper input is refused before the recursive schema sees it. */
export const MAX_DOC_DEPTH = 100;

/** Whether a value nests objects/arrays deeper than `limit`, walked without recursion so no input can exhaust the stack. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

export const richDocSchema: z.ZodType<RichDoc> = z
  .unknown()
  .refine((v) => !nestsDeeperThan(v, MAX_DOC_DEPTH), `the document is nested more than ${MAX_DOC_DEPTH} levels deep`)
  .pipe(z.object({ type: z.literal('doc'), content: z.array(blockSchema).max(20_000) })) as unknown as z.ZodType<RichDoc>;

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [] });

/** Plain text of a document, one line per block; used by search, checks and tests. */
export function docText(doc: RichDoc): string {
  const lines: string[] = [];
  const inline = (c?: InlineNode[]) => (c ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
  const walk = (b: BlockNode): void => {
    if (b.type === 'paragraph' || b.type === 'heading') lines.push(inline(b.content));
    else if (b.type === 'blockquote') b.content.forEach(walk);
    else b.content.forEach((li) => li.content.forEach(walk));
  };
  doc.content.forEach(walk);
  return lines.join('\n');
}
