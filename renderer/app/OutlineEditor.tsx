/**
 * Editing the outline: rename a section in place (the rename button, double-click or F2; the old name is
 * selected so typing replaces it), move it up or down with its subsections, add a section (or one holding a
 * table of a chosen kind) after it, remove it (asks first; Ctrl+Z brings it back). A tool keeps the focus
 * after its step, so it can be pressed again.
 */
import { useEffect, useRef, useState } from 'react';
import { addSection, moveSection, removeSection, removedWhat, renameSection, type OutlineSection } from '../stores/plan-commands';
import { focusIsLost, focusQuietly, whenDrawn } from './focus';
import { AddTableSection } from './AddTableSection';

type Entry = OutlineSection;

export function SectionTitleInput({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const [title, setTitle] = useState(entry.title);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const save = async () => {
    if (title.trim() && title.trim() !== entry.title) await renameSection(entry.id, title);
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
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone();
      }}
    />
  );
}

/** Moving a list item can take the focus from the button pressed: put it back on the same tool. */
function keepFocus(tool: string) {
  whenDrawn(() => !focusIsLost() || focusQuietly(document.querySelector<HTMLElement>(`[data-tool="${tool}"]`)));
}

export function SectionTools({ entry, planId, tabbable, onRename }: { entry: Entry; planId: number; tabbable: boolean; onRename: () => void }) {
  const move = async (direction: 'up' | 'down') => {
    await moveSection(entry.id, direction);
    keepFocus(`${direction}-${entry.id}`);
  };
  const tab = tabbable ? 0 : -1;
  const [addingTable, setAddingTable] = useState(false);
  // Removing the open section leaves the user on its nearest neighbour (the store moves the place).
  const remove = async () => {
    if (!window.confirm(`Remove ${removedWhat(entry)} from the plan? Ctrl+Z brings it back.`)) return;
    await removeSection(entry);
  };
  // The new section opens with its title ready for typing.
  const add = () => addSection(planId, entry, 'New section');
  return (
    <span className="section-tools">
      {/* The pencil and the table are drawn by CSS, so the entry's text stays the section's title. */}
      <button type="button" tabIndex={tab} className="tool-rename" title="Rename (F2)" aria-label={`Rename ${entry.title}`} onClick={onRename} />
      <button type="button" tabIndex={tab} data-tool={`up-${entry.id}`} title="Move up" aria-label={`Move ${entry.title} up`} onClick={() => void move('up')}>
        ↑
      </button>
      <button
        type="button"
        tabIndex={tab}
        data-tool={`down-${entry.id}`}
        title="Move down"
        aria-label={`Move ${entry.title} down`}
        onClick={() => void move('down')}
      >
        ↓
      </button>
      <button type="button" tabIndex={tab} title="Add a section after this one" aria-label={`Add a section after ${entry.title}`} onClick={() => void add()}>
        +
      </button>
      <button
        type="button"
        tabIndex={tab}
        className="tool-add-table"
        title="Add a table section after this one"
        aria-label={`Add a table section after ${entry.title}`}
        onClick={() => setAddingTable(true)}
      />
      <button type="button" tabIndex={tab} title="Remove" aria-label={`Remove ${entry.title}`} onClick={() => void remove()}>
        ✕
      </button>
      {addingTable && <AddTableSection planId={planId} after={entry} onClose={() => setAddingTable(false)} />}
    </span>
  );
}
