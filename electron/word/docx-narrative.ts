/**
 * Narrative (the model's RichDoc) as Word paragraphs: headings as Heading 3/4 (below the section's own
 * Heading 1/2, so the contents lists sections only), paragraphs in Normal, bold and italic runs, https and
 * mailto links as hyperlinks, lists as List Bullet / List Number with their nesting, quotations as Quote.
 */
import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { BlockNode, InlineNode, RichDoc } from '../../shared/model/richtext';
import { isAllowedHref } from '../../shared/model/richtext';
import { BULLETS, NUMBERS } from './docx-styles';

/** A fresh instance per ordered list, so each restarts at 1. */
let listInstance = 0;

function runs(content: InlineNode[] | undefined): ParagraphChild[] {
  return (content ?? []).map((n) => {
    if (n.type === 'hardBreak') return new TextRun({ text: '', break: 1 });
    const marks = n.marks ?? [];
    const run = new TextRun({
      text: n.text,
      bold: marks.some((m) => m.type === 'bold'),
      italics: marks.some((m) => m.type === 'italic'),
      ...(marks.some((m) => m.type === 'link') ? { style: 'Hyperlink' } : {}),
    });
    const link = marks.find((m) => m.type === 'link');
    return link && link.type === 'link' && isAllowedHref(link.attrs.href) ? new ExternalHyperlink({ link: link.attrs.href, children: [run] }) : run;
  });
}

function blocks(nodes: BlockNode[], ctx: { level: number; quote: boolean }): Paragraph[] {
  return nodes.flatMap((n): Paragraph[] => {
    switch (n.type) {
      case 'paragraph':
        return [new Paragraph({ style: ctx.quote ? 'Quote' : undefined, children: runs(n.content) })];
      case 'heading':
        return [new Paragraph({ style: n.attrs.level <= 1 ? 'Heading3' : 'Heading4', children: runs(n.content) })];
      case 'blockquote':
        return blocks(n.content, { ...ctx, quote: true });
      case 'bulletList':
      case 'orderedList': {
        const ordered = n.type === 'orderedList';
        const instance = ordered ? ++listInstance : 0;
        return n.content.flatMap((item) =>
          item.content.flatMap((child, i): Paragraph[] => {
            if (child.type === 'bulletList' || child.type === 'orderedList') return blocks([child], { ...ctx, level: ctx.level + 1 });
            if (child.type !== 'paragraph' || i > 0) return blocks([child], ctx);
            return [
              new Paragraph({
                style: ordered ? 'ListNumber' : 'ListBullet',
                numbering: { reference: ordered ? NUMBERS : BULLETS, level: Math.min(ctx.level, 3), ...(ordered ? { instance } : {}) },
                children: runs(child.content),
              }),
            ];
          }),
        );
      }
      default:
        return [];
    }
  });
}

export function narrativeParagraphs(doc: RichDoc): Paragraph[] {
  return blocks(doc.content ?? [], { level: 0, quote: false });
}
