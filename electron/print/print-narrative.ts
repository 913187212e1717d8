/**
 * Narrative (RichDoc) to print HTML. Every piece of text is escaped: nothing typed in a plan can become
 * markup. Links survive only with https/mailto targets; anything else prints as plain text.
 */
import { isAllowedHref, type BlockNode, type InlineNode, type ListItem, type RichDoc } from '../../shared/model/richtext';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Only https and mailto targets become links (the model's own rule, checked again at print). */
export const isSafeHref = isAllowedHref;

function inlineHtml(nodes: InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '<br>';
      if (n.type !== 'text') return '';
      let html = escapeHtml(n.text);
      for (const m of n.marks ?? []) {
        if (m.type === 'bold') html = `<strong>${html}</strong>`;
        else if (m.type === 'italic') html = `<em>${html}</em>`;
        else if (m.type === 'link' && isSafeHref(m.attrs?.href)) html = `<a href="${escapeHtml(m.attrs.href)}">${html}</a>`;
      }
      return html;
    })
    .join('');
}

function listItemHtml(li: ListItem): string {
  return `<li>${(li.content ?? []).map(blockHtml).join('')}</li>`;
}

function blockHtml(b: BlockNode): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inlineHtml(b.content)}</p>`;
    case 'heading': {
      // Section titles are h1/h2 on the page; narrative headings sit below them.
      const level = Math.min(Math.max(Number(b.attrs?.level) || 1, 1), 4) + 2;
      return `<h${Math.min(level, 6)} class="narrative-heading">${inlineHtml(b.content)}</h${Math.min(level, 6)}>`;
    }
    case 'bulletList':
      return `<ul>${(b.content ?? []).map(listItemHtml).join('')}</ul>`;
    case 'orderedList': {
      const start = Number(b.attrs?.start);
      const attr = Number.isInteger(start) && start !== 1 ? ` start="${start}"` : '';
      return `<ol${attr}>${(b.content ?? []).map(listItemHtml).join('')}</ol>`;
    }
    case 'blockquote':
      return `<blockquote>${(b.content ?? []).map(blockHtml).join('')}</blockquote>`;
    default:
      return '';
  }
}

/** The narrative as HTML block elements. */
export function narrativeHtml(doc: RichDoc): string {
  return `<div class="narrative">${(doc?.content ?? []).map(blockHtml).join('\n')}</div>`;
}
