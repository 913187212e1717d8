/**
 * Edits an action's deliverables without leaving the keyboard: each deliverable is a line of text with
 * its own target date as written. Enter in a date adds a deliverable below, Alt+Up/Down moves one,
 * Ctrl+Delete removes one, Ctrl+Enter (or leaving the grid) saves, Escape cancels.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Deliverable } from '../../shared/model/columns';
import { editorStart } from './editor-start';
import { typeahead } from './typeahead';

export function DeliverablesEditor(props: CustomCellEditorProps<unknown, Deliverable[]>) {
  // A key typed on the cell starts a fresh deliverable with that key, as typing over a cell does in Excel.
  const start = editorStart(props.eventKey);
  // "Add deliverable" (the grid's menu) opens the editor with the key Insert: a new, empty one at the end.
  const adding = props.eventKey === 'Insert';
  const [items, setItems] = useState<Deliverable[]>(() => {
    const ahead = typeahead.take();
    if (start.replace) return [{ text: start.text + ahead, target: '' }];
    const have = props.value?.length ? props.value : [];
    const list = adding || !have.length ? [...have, { text: '', target: '' }] : have;
    // Keys typed before the editor opened go to the deliverable it opens on.
    const at = adding ? list.length - 1 : 0;
    return ahead ? list.map((d, i) => (i === at ? { ...d, text: d.text + ahead } : d)) : list;
  });
  const [focus, setFocus] = useState<{ i: number; field: 'text' | 'target' }>(() => ({ i: adding ? items.length - 1 : 0, field: 'text' }));
  const refs = useRef(new Map<string, HTMLTextAreaElement | HTMLInputElement>());

  useLayoutEffect(() => {
    const el = refs.current.get(`${focus.i}:${focus.field}`);
    el?.focus();
    if (el) el.setSelectionRange(el.value.length, el.value.length);
  }, [focus]);
  useLayoutEffect(() => {
    if (start.replace || JSON.stringify(items) !== JSON.stringify(props.value ?? []))
      props.onValueChange(items.filter((d) => d.text.trim() || d.target.trim()));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const update = (next: Deliverable[], nextFocus?: typeof focus) => {
    setItems(next);
    props.onValueChange(next.filter((d) => d.text.trim() || d.target.trim()));
    if (nextFocus) setFocus(nextFocus);
  };
  const edit = (i: number, patch: Partial<Deliverable>) => update(items.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const add = (at: number) => update([...items.slice(0, at), { text: '', target: '' }, ...items.slice(at)], { i: at, field: 'text' });
  const remove = (i: number) =>
    update(items.length > 1 ? items.filter((_, j) => j !== i) : [{ text: '', target: '' }], { i: Math.max(0, i - 1), field: 'text' });
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= items.length) return;
    const next = [...items];
    [next[i], next[j]] = [next[j], next[i]];
    update(next, { i: j, field: focus.field });
  };

  const onKey = (i: number, field: 'text' | 'target') => (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return (e.preventDefault(), props.stopEditing());
    if (e.key === 'Enter' && field === 'target') return (e.preventDefault(), add(i + 1));
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) return (e.preventDefault(), move(i, e.key === 'ArrowUp' ? -1 : 1));
    if ((e.ctrlKey || e.metaKey) && e.key === 'Delete') return (e.preventDefault(), remove(i));
  };

  return (
    <div className="deliverables-editor" role="group" aria-label="Deliverables">
      <ol>
        {items.map((d, i) => (
          <li key={i}>
            <textarea
              ref={(el) => void (el ? refs.current.set(`${i}:text`, el) : refs.current.delete(`${i}:text`))}
              aria-label={`Deliverable ${i + 1}`}
              rows={2}
              value={d.text}
              onChange={(e) => edit(i, { text: e.target.value })}
              onKeyDown={onKey(i, 'text')}
            />
            <input
              ref={(el) => void (el ? refs.current.set(`${i}:target`, el) : refs.current.delete(`${i}:target`))}
              aria-label={`Target date ${i + 1}`}
              placeholder="e.g. Sept 2008"
              value={d.target}
              onChange={(e) => edit(i, { target: e.target.value })}
              onKeyDown={onKey(i, 'target')}
            />
            <span className="item-buttons">
              <button type="button" tabIndex={-1} title="Move up (Alt+↑)" onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" tabIndex={-1} title="Move down (Alt+↓)" onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" tabIndex={-1} title="Remove (Ctrl+Delete)" onClick={() => remove(i)}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="editor-foot">
        <button type="button" onClick={() => add(items.length)}>
          Add deliverable
        </button>
        <span className="hint">Enter in a date adds one below · Ctrl+Enter saves · Esc cancels</span>
        <button type="button" className="primary" onClick={() => props.stopEditing()}>
          Done
        </button>
      </div>
    </div>
  );
}
