/**
 * Search the open plan: header, narrative text and every table cell (Ctrl+F goes here). Results appear as
 * you type (after a pause) and on Enter; ↓ moves to the first result, where ↑ and ↓ go through them.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { focusQuietly, whenDrawn } from './focus';

/** How long typing must pause before the results follow it. */
const TYPING_PAUSE_MS = 300;
const firstResult = () => document.querySelector<HTMLElement>('.search-results .hits button');

export function SearchBox() {
  const go = useUiStore((s) => s.go);
  const hasPlan = usePlanStore((s) => !!s.plan);
  const [q, setQ] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const shown = useRef('');
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const search = (text: string) => {
    const query = text.trim();
    if (!query || query === shown.current) return;
    shown.current = query;
    go({ kind: 'search', query });
  };
  // Results follow the typing once it pauses (two letters at least: one letter matches nearly everything),
  // unless the user has moved on (the box lost the focus) or submitted meanwhile.
  const pause = useRef<number | undefined>(undefined);
  const typed = (text: string) => {
    setQ(text);
    clearTimeout(pause.current);
    if (text.trim().length >= 2) pause.current = window.setTimeout(() => document.activeElement === input.current && search(text), TYPING_PAUSE_MS);
  };
  useEffect(() => () => clearTimeout(pause.current), []);
  const place = useUiStore((s) => s.place);
  useEffect(() => {
    if (place.kind !== 'search') shown.current = '';
  }, [place]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' || !q.trim()) return;
    e.preventDefault();
    clearTimeout(pause.current);
    // Results already on screen for this text are entered at once; new ones once drawn (up to ~2 s).
    if (shown.current === q.trim() && focusQuietly(firstResult())) return;
    search(q);
    whenDrawn(() => focusQuietly(firstResult()), 120);
  };
  if (!hasPlan) return null;
  return (
    <form
      className="search-box"
      role="search"
      aria-label="Search the plan"
      onSubmit={(e) => (e.preventDefault(), clearTimeout(pause.current), (shown.current = ''), search(q))}
    >
      <input
        ref={input}
        type="search"
        aria-label="Search this plan"
        aria-describedby="search-keys"
        placeholder="Search this plan (Ctrl+F)"
        value={q}
        onChange={(e) => typed(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id="search-keys" className="visually-hidden">
        Results appear as you type; the down arrow moves to them.
      </span>
    </form>
  );
}
