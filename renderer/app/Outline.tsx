/** The open plan's outline: title page, contents, then its sections in document order. */
import { useState } from 'react';
import { usePlanStore, type Place } from '../stores/plan-store';
import { SectionTitleInput, SectionTools } from './OutlineEditor';

const same = (a: Place, b: Place) => a.kind === b.kind && (a.kind !== 'section' || (b.kind === 'section' && a.sectionId === b.sectionId));
const placeKey = (p: Place) => (p.kind === 'section' ? p.sectionId : p.kind);

interface Entry {
  id: number;
  title: string;
  level: 1 | 2;
}

export function Outline() {
  // Only the outline's shape is selected, so editing a cell does not redraw the outline.
  const key = usePlanStore((s) =>
    s.plan ? JSON.stringify([s.plan.sections.map((x) => [x.id, x.title, x.level]), s.plan.sections.some((x) => x.blocks.some((b) => b.kind === 'table' && b.tableKind === 'budget'))]) : '',
  );
  const place = usePlanStore((s) => s.place);
  const go = usePlanStore((s) => s.go);
  const planId = usePlanStore((s) => s.plan?.id);
  const renaming = usePlanStore((s) => s.renaming);
  const [editing, setEditing] = useState(false);
  if (!key || !planId) return null;
  const rename = (id: number | null) => usePlanStore.setState({ renaming: id });
  const [rows, hasBudgets] = JSON.parse(key) as [[number, string, 1 | 2][], boolean];
  const sections: Entry[] = rows.map(([id, title, level]) => ({ id, title, level }));
  const item = (p: Place, label: string, cls = 'level-1') => (
    <li key={placeKey(p)} className={cls}>
      <button type="button" className={same(p, place) ? 'current' : ''} aria-current={same(p, place)} onClick={() => go(p)}>
        {label}
      </button>
    </li>
  );
  return (
    <nav className="outline" aria-label="Outline">
      <div className="pane-title">
        <span>Outline</span>
        <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>{editing ? 'Done' : 'Edit outline'}</button>
      </div>
      <ul>
        {item({ kind: 'header' }, 'Title page')}
        {item({ kind: 'contents' }, 'Contents')}
        {hasBudgets && item({ kind: 'budgets' }, 'Budget summary')}
        {item({ kind: 'targets' }, 'Targets of other plans')}
        {item({ kind: 'print' }, 'Print and PDF')}
        {sections.map((s) =>
          renaming === s.id ? (
            <li key={s.id} className={`level-${s.level}`}>
              <SectionTitleInput entry={s} onDone={() => rename(null)} />
            </li>
          ) : (
            <li key={s.id} className={`level-${s.level}${editing ? ' editing' : ''}`} onDoubleClick={() => rename(s.id)} onKeyDown={(e) => e.key === 'F2' && rename(s.id)}>
              <button type="button" className={same({ kind: 'section', sectionId: s.id }, place) ? 'current' : ''} aria-current={same({ kind: 'section', sectionId: s.id }, place)} onClick={() => go({ kind: 'section', sectionId: s.id })}>
                {s.title}
              </button>
              {editing && <SectionTools entry={s} planId={planId} />}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
