/**
 * The app bar's history tools (issue 15): start next year's plan, the review marks of a rolled-forward
 * plan, the History panel and the comparison view. Mounted once by App.
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { usePlanStore } from '../stores/plan-store';
import { usePlanId } from '../stores/plan-selectors';
import { trackFocusedCell, useHistoryStore } from '../stores/history-store';
import { api } from '../api/client';
import { RollForwardDialog } from './RollForwardDialog';
import { HistoryPanel } from './HistoryPanel';
import { CompareView } from './CompareView';
import { ReviewPanel } from './ReviewPanel';
import './history.css';

/**
 * How many review marks are still open. Read when the plan opens or its history changes; after edits only
 * when the plan has marks at all, and once the typing pauses, so an edit is not followed by a second call.
 */
function useReviewCount(planId: number | undefined, version: number): number {
  const [count, setCount] = useState({ open: 0, marks: 0 });
  const read = useCallback(
    (id: number | undefined, live: () => boolean) =>
      id === undefined
        ? setCount({ open: 0, marks: 0 })
        : void api.reviewList({ planId: id }).then(
            (l) => live() && setCount({ open: l.filter((m) => !m.done).length, marks: l.length }),
            () => live() && setCount({ open: 0, marks: 0 }),
          ),
    [],
  );
  useEffect(() => {
    let live = true;
    read(planId, () => live);
    return () => void (live = false);
  }, [planId, version, read]);
  const hasMarks = count.marks > 0;
  // Edits are followed only in a plan with marks: any other plan's edits do not redraw the app bar.
  const plan = usePlanStore((s) => (hasMarks ? s.plan : null));
  useEffect(() => {
    if (!hasMarks) return;
    let live = true;
    const t = setTimeout(() => read(planId, () => live), REVIEW_PAUSE_MS);
    return () => (clearTimeout(t), void (live = false));
  }, [plan, hasMarks, planId, read]);
  return count.open;
}
const REVIEW_PAUSE_MS = 600;

export function HistoryTools() {
  const planId = usePlanId();
  const open = useHistoryStore((s) => s.open);
  // The whole plan only while a panel that shows it is open.
  const plan = usePlanStore((s) => (open ? s.plan : null));
  const show = useHistoryStore((s) => s.show);
  const version = useHistoryStore((s) => s.version);
  const toReview = useReviewCount(planId ?? undefined, version);
  useEffect(() => trackFocusedCell(), []);
  if (planId === null) return null;
  return (
    <>
      <span className="history-tools" role="group" aria-label="History tools">
        <button type="button" className="app-bar-button" onClick={() => show('roll')}>
          Next year’s plan…
        </button>
        {toReview > 0 && (
          <button type="button" className="app-bar-button review-count" onClick={() => show('review')}>
            To review ({toReview})
          </button>
        )}
        <button type="button" className="app-bar-button" onClick={() => show('history')}>
          History
        </button>
        <button type="button" className="app-bar-button" onClick={() => show('compare')}>
          Compare…
        </button>
      </span>
      {/* Out of the app bar, so the panels take the page's colours and stacking, not the bar's. */}
      {open &&
        plan &&
        createPortal(
          <div className="history-layer">
            {open === 'roll' && <RollForwardDialog plan={plan} onClose={() => show(null)} />}
            {open === 'history' && <HistoryPanel plan={plan} onClose={() => show(null)} />}
            {open === 'compare' && <CompareView plan={plan} onClose={() => show(null)} />}
            {open === 'review' && <ReviewPanel plan={plan} onClose={() => show(null)} />}
          </div>,
          document.body,
        )}
    </>
  );
}
