/** Search results grouped by section; each takes you to its place in the plan. */
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/api/contract';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';

export function SearchResults({ planId, query }: { planId: number; query: string }) {
  const { go, setFocus, say } = usePlanStore();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    setHits(null);
    api.searchPlan({ planId, query }).then(setHits, (e) => say((e as Error).message, 'error'));
  }, [planId, query, say]);
  const groups = new Map<number, SearchHit[]>();
  for (const h of hits ?? []) groups.set(h.sectionId, [...(groups.get(h.sectionId) ?? []), h]);
  const open = (h: SearchHit) => {
    if (h.section === 'Title page') return go({ kind: 'header' });
    setFocus(h.blockId ? { blockId: h.blockId, rowId: h.rowId, column: h.column } : null);
    go({ kind: 'section', sectionId: h.sectionId });
  };
  return (
    <article className="search-results">
      <h2>Search: “{query}”</h2>
      {hits === null && <p className="empty-note">Searching…</p>}
      {hits?.length === 0 && <p className="empty-note">Nothing in this plan matches.</p>}
      {hits && hits.length > 0 && <p className="hint">{hits.length} place{hits.length === 1 ? '' : 's'} in {groups.size} section{groups.size === 1 ? '' : 's'}</p>}
      {[...groups].map(([sectionId, list]) => (
        <section key={sectionId} aria-label={`Results in ${list[0].section}`}>
          <h3>{list[0].section}</h3>
          <ul className="hits">
            {list.map((h, i) => (
              <li key={i}>
                <button type="button" className="link" onClick={() => open(h)}>{h.where}</button>
                <span className="excerpt">{highlight(h.excerpt, query)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function highlight(text: string, query: string) {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + query.length)}</mark>
      {text.slice(at + query.length)}
    </>
  );
}
