/**
 * Editing the outline: rename a section in place (the rename button, double-click or F2; the old name is
 * selected so typing replaces it), move it up or down with its subsections, add a section (or one holding a
 * table of a chosen kind) after it, remove it (asks first; Ctrl+Z brings it back). A tool keeps the focus
 * after its step, so it can be pressed again.
 */
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { focusIsLost, focusQuietly, whenDrawn } from './focus';
import { AddTableSection } from './AddTableSection';

interface Entry {
  id: number;
  title: string;
  level: 1 | 2;
}

export function SectionTitleInput({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const change = usePlanStore((s) => s.change);
  const [title, setTitle] = useState(entry.title);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const save = async () => {
    if (title.trim() && title.trim() !== entry.title) await change(() => api.renameSection({ sectionId: entry.id, title }), 'Section renamed.');
    onDone();
  };
  return (
    <input
      ref={input}
      className="rename"
      aria-label={`Rename ${entry.title}`}
      autoFocus
      value={title}
      onChange={(e) => setTitle(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save();
        // Escape cancels the rename only: it must not also reach the window (and close or leave anything else).
        if (e.key === 'Escape') (e.stopPropagation(), onDone());
      }}
    />
  );
}

/** Moving a list item can take the focus from the button pressed: put it back on the same tool. */
function keepFocus(tool: string) {
  whenDrawn(() => !focusIsLost() || focusQuietly(document.querySelector<HTMLElement>(`[data-tool="${tool}"]`)));
}

export function SectionTools({ entry, planId, tabbable, onRename }: { entry: Entry; planId: number; tabbable: boolean; onRename: () => void }) {
  const change = usePlanStore((s) => s.change);
  const go = useUiStore((s) => s.go);
  const move = async (direction: 'up' | 'down') => {
    await change(() => api.moveSection({ sectionId: entry.id, direction }));
    keepFocus(`${direction}-${entry.id}`);
  };
  const tab = tabbable ? 0 : -1;
  const [addingTable, setAddingTable] = useState(false);
  // Removing the open section leaves the user on its nearest neighbour (the store moves the place).
  const remove = async () => {
    const what = entry.level === 1 ? `"${entry.title}" and its subsections` : `"${entry.title}"`;
    if (!window.confirm(`Remove ${what} from the plan? Ctrl+Z brings it back.`)) return;
    await change(() => api.removeSection({ sectionId: entry.id }), `Removed ${what}. Ctrl+Z brings it back.`);
  };
  const add = async () => {
    const r = await api.addSection({ planId, title: 'New section', level: entry.level, afterSectionId: entry.id }).catch((e) => (useUiStore.getState().say((e as Error).message, 'error'), null));
    if (r && (await change(async () => undefined, 'Section added: type its title.'))) {
      go({ kind: 'section', sectionId: r.sectionId });
      useUiStore.getState().rename(r.sectionId);
    }
  };
  return (
    <span className="section-tools">
      {/* The pencil and the table are drawn by CSS, so the entry's text stays the section's title. */}
      <button type="button" tabIndex={tab} className="tool-rename" title="Rename (F2)" aria-label={`Rename ${entry.title}`} onClick={onRename} />
      <button type="button" tabIndex={tab} data-tool={`up-${entry.id}`} title="Move up" aria-label={`Move ${entry.title} up`} onClick={() => void move('up')}>↑</button>
      <button type="button" tabIndex={tab} data-tool={`down-${entry.id}`} title="Move down" aria-label={`Move ${entry.title} down`} onClick={() => void move('down')}>↓</button>
      <button type="button" tabIndex={tab} title="Add a section after this one" aria-label={`Add a section after ${entry.title}`} onClick={() => void add()}>+</button>
      <button type="button" tabIndex={tab} className="tool-add-table" title="Add a table section after this one" aria-label={`Add a table section after ${entry.title}`} onClick={() => setAddingTable(true)} />
      <button type="button" tabIndex={tab} title="Remove" aria-label={`Remove ${entry.title}`} onClick={() => void remove()}>✕</button>
      {addingTable && <AddTableSection planId={planId} after={entry} onClose={() => setAddingTable(false)} />}
    </span>
  );
}
