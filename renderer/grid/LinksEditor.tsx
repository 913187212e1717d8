/**
 * Links to other plans, picked from the catalogue of targets rather than retyped: type to find a target
 * (by code or name), arrows to choose, Enter to add it; Shift+Enter keeps what you typed as free text.
 * Each link shows whether the catalogue knows it. Ctrl+Enter saves, Escape cancels.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import { linkStatus } from '../../shared/calc/target-catalogue';
import { usePlanStore } from '../stores/plan-store';
import { editorStart } from './editor-start';
import { typeahead } from './typeahead';

export function LinksEditor(props: CustomCellEditorProps<unknown, string[]>) {
  const catalogue = usePlanStore((s) => s.catalogue);
  const [links, setLinks] = useState<string[]>(() => props.value ?? []);
  // A key typed on the cell starts a search with it (the links already there stay).
  const [query, setQuery] = useState(() => {
    const start = editorStart(props.eventKey);
    return (start.replace ? start.text : '') + typeahead.take();
  });
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);

  const suggestions = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return catalogue.filter((t) => `${t.code} ${t.title}`.toLowerCase().includes(q) || t.key.toLowerCase() === q).slice(0, 8);
  }, [catalogue, query]);

  const update = (next: string[]) => {
    setLinks(next);
    props.onValueChange(next);
  };
  const add = (text: string) => {
    const t = text.trim();
    if (t && !links.includes(t)) update([...links, t]);
    setQuery('');
    setActive(0);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return (e.preventDefault(), props.stopEditing());
    if (e.key === 'ArrowDown') return (e.preventDefault(), setActive((a) => Math.min(a + 1, suggestions.length - 1)));
    if (e.key === 'ArrowUp') return (e.preventDefault(), setActive((a) => Math.max(a - 1, 0)));
    if (e.key === 'Enter') {
      e.preventDefault();
      add(!e.shiftKey && suggestions[active] ? suggestions[active].code : query);
    }
    if (e.key === 'Backspace' && !query && links.length) update(links.slice(0, -1));
  };

  return (
    <div className="links-editor" role="group" aria-label="Links to other plans">
      <ul className="link-list">
        {links.map((l) => {
          const { keys, unmatched } = linkStatus(l, catalogue);
          const names = keys.map((k) => catalogue.find((t) => t.key === k)).filter(Boolean);
          return (
            <li key={l} className={unmatched ? 'link-unmatched' : 'link-matched'}>
              <span>{l}</span>
              <span className="link-note">
                {unmatched
                  ? 'not in the catalogue: kept as text'
                  : names
                      .map((t) => t!.title || t!.code)
                      .join('; ')
                      .slice(0, 90)}
              </span>
              <button type="button" tabIndex={-1} aria-label={`Remove ${l}`} onClick={() => update(links.filter((x) => x !== l))}>
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <input
        ref={input}
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls="link-suggestions"
        aria-label="Find a target"
        placeholder="Find a target: T2010 11, LAA 1, NI 74, CYPP…"
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={onKey}
      />
      {suggestions.length > 0 && (
        <ul id="link-suggestions" role="listbox" className="suggestions">
          {suggestions.map((t, i) => (
            <li
              key={t.key}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => (e.preventDefault(), add(t.code))}
            >
              <strong>{t.code}</strong> {t.title.slice(0, 90)}
            </li>
          ))}
        </ul>
      )}
      <div className="hint">Enter adds the highlighted target · Shift+Enter adds your text as it is · Ctrl+Enter saves · Esc cancels</div>
    </div>
  );
}
