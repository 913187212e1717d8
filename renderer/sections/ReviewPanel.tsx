/** A rolled-forward plan's "to review" marks: each section (or action) with a tick, and a way to go there. */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { useUiStore } from '../stores/ui-store';
import { tickReview } from '../stores/plan-commands';
import type { PlanDocument } from '../../shared/model/plan';
import type { ReviewItem } from '../../shared/api/history-types';

export function ReviewPanel({ plan, onClose }: { plan: PlanDocument; onClose: () => void }) {
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const load = useCallback(() => api.reviewList({ planId: plan.id }).then(setItems, (e: Error) => useUiStore.getState().say(e.message, 'error')), [plan.id]);
  // The plan itself too: the list is read again after an edit.
  useEffect(() => void load(), [plan, load]);
  const tick = async (m: ReviewItem, done: boolean) => {
    // Shown at once; the list read back afterwards says what was stored.
    setItems((list) => list?.map((x) => (x.id === m.id ? { ...x, done, how: done ? 'ticked' : null } : x)) ?? null);
    await tickReview(m.id, done);
    await load();
  };
  const go = (m: ReviewItem) => {
    const s = useUiStore.getState();
    s.go({ kind: 'section', sectionId: m.sectionId });
    if (m.blockId !== null) s.setFocus({ blockId: m.blockId, rowId: m.rowId, column: null, flash: true });
  };
  return (
    <aside className="side-panel" role="dialog" aria-label="To review">
      <header>
        <h2>To review</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {items && items.length === 0 && <p>Nothing to review: this plan was not started from another.</p>}
      <ul className="review-list">
        {items?.map((m) => (
          <li key={m.id} className={m.done ? 'done' : ''}>
            <label>
              <input
                type="checkbox"
                checked={m.done}
                disabled={m.how === 'edited'}
                onChange={(e) => void tick(m, e.target.checked)}
                aria-label={`Reviewed: ${m.section}${m.rowId ? ' (an action)' : ''}`}
              />
              <span>{m.section}</span>
            </label>
            <small>
              {m.reason}
              {m.how === 'edited' ? ' — edited' : m.how === 'ticked' ? ' — ticked' : ''}
            </small>
            <button type="button" onClick={() => go(m)}>
              Go
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
