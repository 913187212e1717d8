/**
 * The open plan's outline: title page, contents, then its sections in document order. One Tab stop:
 * the arrow keys (and Home, End) move between entries (a roving tabindex), typing the start of a title
 * goes to it (as in a tree view), Enter opens one, F2 renames a section; in "Edit outline" mode the tools
 * of the entry in focus follow it in the Tab order.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { usePlanStore, type Place } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { useOutline } from '../stores/plan-selectors';
import { SectionTitleInput, SectionTools } from './OutlineEditor';
import { focusIsLost, focusQuietly, whenDrawn } from './focus';
import { TYPE_AHEAD_MS, typeAhead } from './type-ahead';

const same = (a: Place, b: Place) => a.kind === b.kind && (a.kind !== 'section' || (b.kind === 'section' && a.sectionId === b.sectionId));
const placeKey = (p: Place) => (p.kind === 'section' ? String(p.sectionId) : p.kind);

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, n) => Math.min(n - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function Outline() {
  // Only the outline's shape is selected, so editing a cell does not redraw the outline.
  const outline = useOutline();
  const place = useUiStore((s) => s.place);
  const go = useUiStore((s) => s.go);
  const planId = usePlanStore((s) => s.plan?.id);
  const renaming = useUiStore((s) => s.renaming);
  const [editing, setEditing] = useState(false);
  // The entry that holds the outline's one Tab stop: the last one focused, else the page on screen.
  const [active, setActive] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: '', at: 0 });
  useEffect(() => setActive(null), [placeKey(place)]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!outline || !planId) return null;
  const entryButton = (k: string) => list.current?.querySelector<HTMLElement>(`button[data-entry="${k}"]`);
  const rename = (id: number | null) => useUiStore.getState().rename(id);
  // When the title field closes with the focus in it, the focus goes back to the entry, not to the page body.
  const endRename = (id: number) => {
    rename(null);
    whenDrawn(() => !focusIsLost() || focusQuietly(entryButton(String(id))));
  };
  const { entries: sections, hasBudgets } = outline;
  const pages: [Place, string][] = [
    [{ kind: 'header' }, 'Title page'],
    [{ kind: 'contents' }, 'Contents'],
    ...(hasBudgets ? [[{ kind: 'budgets' }, 'Budget summary'] as [Place, string]] : []),
    [{ kind: 'targets' }, 'Targets of other plans'],
    [{ kind: 'print' }, 'Print and PDF'],
  ];
  const keys = [...pages.map(([p]) => placeKey(p)), ...sections.map((s) => String(s.id))];
  const tabStop = active && keys.includes(active) ? active : keys.includes(placeKey(place)) ? placeKey(place) : keys[0];

  const onKeyDown = (e: KeyboardEvent) => {
    const from = (e.target as HTMLElement).dataset.entry;
    if (!from || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'F2' && /^\d+$/.test(from)) return (e.preventDefault(), rename(Number(from)));
    const move = MOVES[e.key];
    let to: string | undefined;
    if (move) to = keys[move(keys.indexOf(from), keys.length)];
    else if (e.key.length === 1 && e.key !== ' ' && !e.shiftKey) {
      const now = e.timeStamp;
      typed.current = { text: (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + e.key.toLowerCase(), at: now };
      const labels = keys.map((k) => entryButton(k)?.textContent?.trim().toLowerCase() ?? '');
      to = keys[typeAhead(labels, keys.indexOf(from), typed.current.text)];
    }
    if (to === undefined) return;
    e.preventDefault();
    setActive(to);
    entryButton(to)?.focus();
  };

  const entry = (p: Place, label: string) => {
    const k = placeKey(p);
    return (
      <button
        type="button"
        data-entry={k}
        tabIndex={k === tabStop ? 0 : -1}
        className={same(p, place) ? 'current' : ''}
        aria-current={same(p, place)}
        aria-describedby="outline-keys"
        onFocus={() => setActive(k)}
        onClick={() => go(p)}
      >
        {label}
      </button>
    );
  };
  return (
    <nav className="outline" aria-label="Outline">
      <div className="pane-title">
        <span>Outline</span>
        <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : 'Edit outline'}
        </button>
      </div>
      <p id="outline-keys" className="visually-hidden">
        Up and down arrows or the first letters of a title move through the outline, Enter opens, F2 renames a section.
      </p>
      <ul ref={list} onKeyDown={onKeyDown}>
        {pages.map(([p, label]) => (
          <li key={placeKey(p)} className="level-1">
            {entry(p, label)}
          </li>
        ))}
        {sections.map((s) =>
          renaming === s.id ? (
            <li key={s.id} className={`level-${s.level}`}>
              <SectionTitleInput entry={s} onDone={() => endRename(s.id)} />
            </li>
          ) : (
            <li key={s.id} className={`level-${s.level}${editing ? ' editing' : ''}`} onDoubleClick={() => rename(s.id)}>
              {entry({ kind: 'section', sectionId: s.id }, s.title)}
              {editing && <SectionTools entry={s} planId={planId} tabbable={tabStop === String(s.id)} onRename={() => rename(s.id)} />}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
