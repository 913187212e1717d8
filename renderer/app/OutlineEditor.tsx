/**
 * Editing the outline: rename a section in place (double-click or F2), move it up or down with its
 * subsections, add a section after it, remove it (asks first; Ctrl+Z brings it back).
 */
import { useState } from 'react';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';

interface Entry {
  id: number;
  title: string;
  level: 1 | 2;
}

export function SectionTitleInput({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const change = usePlanStore((s) => s.change);
  const [title, setTitle] = useState(entry.title);
  const save = async () => {
    if (title.trim() && title.trim() !== entry.title) await change(() => api.renameSection({ sectionId: entry.id, title }), 'Section renamed.');
    onDone();
  };
  return (
    <input
      className="rename"
      aria-label={`Rename ${entry.title}`}
      autoFocus
      value={title}
      onChange={(e) => setTitle(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save();
        if (e.key === 'Escape') onDone();
      }}
    />
  );
}

export function SectionTools({ entry, planId }: { entry: Entry; planId: number }) {
  const change = usePlanStore((s) => s.change);
  const go = usePlanStore((s) => s.go);
  // Removing the open section leaves the user on its nearest neighbour (the store moves the place).
  const remove = async () => {
    const what = entry.level === 1 ? `"${entry.title}" and its subsections` : `"${entry.title}"`;
    if (!window.confirm(`Remove ${what} from the plan? Ctrl+Z brings it back.`)) return;
    await change(() => api.removeSection({ sectionId: entry.id }), `Removed ${what}. Ctrl+Z brings it back.`);
  };
  const add = async () => {
    const r = await api.addSection({ planId, title: 'New section', level: entry.level, afterSectionId: entry.id }).catch((e) => (usePlanStore.getState().say((e as Error).message, 'error'), null));
    if (r && (await change(async () => undefined, 'Section added: type its title.'))) {
      go({ kind: 'section', sectionId: r.sectionId });
      usePlanStore.setState({ renaming: r.sectionId });
    }
  };
  return (
    <span className="section-tools">
      <button type="button" title="Move up" aria-label={`Move ${entry.title} up`} onClick={() => void change(() => api.moveSection({ sectionId: entry.id, direction: 'up' }))}>↑</button>
      <button type="button" title="Move down" aria-label={`Move ${entry.title} down`} onClick={() => void change(() => api.moveSection({ sectionId: entry.id, direction: 'down' }))}>↓</button>
      <button type="button" title="Add a section after this one" aria-label={`Add a section after ${entry.title}`} onClick={() => void add()}>+</button>
      <button type="button" title="Remove" aria-label={`Remove ${entry.title}`} onClick={() => void remove()}>✕</button>
    </span>
  );
}
