/**
 * Renders a narrative document as React elements: no HTML strings anywhere, so text from a plan can
 * never inject script. Links open only if http(s) or mailto (the schema refuses anything else).
 */
import type { ReactNode } from 'react';
import type { BlockNode, InlineNode, RichDoc } from '../../shared/model/richtext';

function inline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((n, i) => {
    if (n.type === 'hardBreak') return <br key={i} />;
    let el: ReactNode = n.text;
    for (const m of n.marks ?? []) {
      if (m.type === 'bold') el = <strong>{el}</strong>;
      else if (m.type === 'italic') el = <em>{el}</em>;
      else if (m.type === 'link') el = <a href={m.attrs.href} target="_blank" rel="noreferrer noopener">{el}</a>;
    }
    return <span key={i}>{el}</span>;
  });
}

function block(b: BlockNode, key: number): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return <p key={key}>{inline(b.content)}</p>;
    case 'heading': {
      const H = `h${Math.min(6, b.attrs.level + 2)}` as 'h3';
      return <H key={key}>{inline(b.content)}</H>;
    }
    case 'bulletList':
      return <ul key={key}>{b.content.map((li, i) => <li key={i}>{li.content.map(block)}</li>)}</ul>;
    case 'orderedList':
      return <ol key={key} start={b.attrs?.start}>{b.content.map((li, i) => <li key={i}>{li.content.map(block)}</li>)}</ol>;
    case 'blockquote':
      return <blockquote key={key}>{b.content.map(block)}</blockquote>;
  }
}

export function NarrativeView({ doc }: { doc: RichDoc }) {
  if (!doc.content.length) return <p className="empty-note">No text yet.</p>;
  return <div className="narrative">{doc.content.map(block)}</div>;
}
