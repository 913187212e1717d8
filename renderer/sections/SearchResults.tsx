/**
 * Search results grouped by section; each takes you to its place in the plan, with the focus on what was
 * found (a table's cell is focused by the grid; a text by the editor here; a title-page field by its box).
 * ↑ and ↓ move between results, ↑ on the first and Escape go back to the search box; the count is announced.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/api/contract';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { announce } from '../app/announce';
import { focusQuietly, inView, whenDrawn } from '../app/focus';

const searchBox = () => document.querySelector<HTMLElement>('input[type="search"]');

/** The narrative editor of a text hit: the block's place among its section's texts. */
function narrativeEditor(h: SearchHit): HTMLElement | null {
  const section = usePlanStore.getState().plan?.sections.find((s) => s.id === h.sectionId);
  const nth = section?.blocks.filter((b) => b.kind === 'narrative').findIndex((b) => b.id === h.blockId) ?? -1;
  return nth < 0 ? null : (document.querySelectorAll<HTMLElement>(`#section-${h.sectionId} .narrative-editable`)[nth] ?? null);
}

/** The title page's box for a header field, found by its label. */
function headerField(h: SearchHit): HTMLElement | null {
  const label = [...document.querySelectorAll<HTMLLabelElement>('main label')].find((l) => l.textContent?.trim() === h.where);
  return (label?.control as HTMLElement | null) ?? null;
}

/**
 * After a jump into a table, keep the focused cell in view while the section settles (rows above it grow
 * as they are measured): about a second and a half, or until it has stayed in view for a quarter second.
 */
function keepCellInView(blockId: number): void {
  let steady = 0;
  whenDrawn(() => {
    const cell = document.activeElement?.closest(`[data-block-id="${blockId}"] [role="gridcell"]`);
    if (!cell) return false;
    if (inView(cell)) return ++steady > 15;
    steady = 0;
    cell.scrollIntoView({ block: 'center' });
    return false;
  }, 90);
}

function bringIntoView(el: HTMLElement | null): boolean {
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  return focusQuietly(el);
}

export function SearchResults({ planId, query }: { planId: number; query: string }) {
  const { go, setFocus, say } = useUiStore.getState();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    setHits(null);
    api.searchPlan({ planId, query }).then(setHits, (e) => say((e as Error).message, 'error'));
  }, [planId, query, say]);
  const groups = new Map<number, SearchHit[]>();
  for (const h of hits ?? []) groups.set(h.sectionId, [...(groups.get(h.sectionId) ?? []), h]);
  const summary =
    hits === null
      ? ''
      : hits.length === 0
        ? 'Nothing in this plan matches.'
        : `${hits.length} place${hits.length === 1 ? '' : 's'} in ${groups.size} section${groups.size === 1 ? '' : 's'}`;
  useEffect(() => {
    if (summary) announce(`Search “${query}”: ${summary}`);
  }, [summary, query]);
  const open = (h: SearchHit) => {
    if (h.section === 'Title page') {
      go({ kind: 'header' });
      return whenDrawn(() => bringIntoView(headerField(h)));
    }
    const inTable = h.blockId !== null && h.rowId !== null;
    setFocus(inTable ? { blockId: h.blockId!, rowId: h.rowId, column: h.column } : null);
    go({ kind: 'section', sectionId: h.sectionId });
    if (inTable) keepCellInView(h.blockId!);
    else if (h.blockId !== null) whenDrawn(() => bringIntoView(narrativeEditor(h)));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLElement>('.hits button')];
    const at = buttons.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (e.key === 'Escape' || to === -1) return void (e.preventDefault(), searchBox()?.focus());
    if (to === undefined) return;
    e.preventDefault();
    buttons[Math.min(to, buttons.length - 1)].focus();
  };
  return (
    <article className="search-results" onKeyDown={onKeyDown}>
      <h2>Search: “{query}”</h2>
      {hits === null && <p className="empty-note">Searching…</p>}
      {hits?.length === 0 && <p className="empty-note">{summary}</p>}
      {hits && hits.length > 0 && <p className="hint">{summary}</p>}
      {[...groups].map(([sectionId, list]) => (
        <section key={sectionId} aria-label={`Results in ${list[0].section}`}>
          <h3>{list[0].section}</h3>
          <ul className="hits">
            {list.map((h, i) => (
              <li key={i}>
                <button type="button" className="link" aria-describedby={`hit-${sectionId}-${i}`} onClick={() => open(h)}>
                  {h.where}
                </button>
                <span className="excerpt" id={`hit-${sectionId}-${i}`}>
                  {highlight(h.excerpt, query)}
                </span>
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
