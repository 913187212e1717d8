/**
 * The app bar's history tools (issue 15): start next year's plan, the review marks of a rolled-forward
 * plan, the History panel and the comparison view. Mounted once by App.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { usePlanStore } from '../stores/plan-store';
import { trackFocusedCell, useHistoryStore } from '../stores/history-store';
import { api } from '../api/client';
import { RollForwardDialog } from './RollForwardDialog';
import { HistoryPanel } from './HistoryPanel';
import { CompareView } from './CompareView';
import { ReviewPanel } from './ReviewPanel';
import './history.css';

export function HistoryTools() {
  const plan = usePlanStore((s) => s.plan);
  const open = useHistoryStore((s) => s.open);
  const show = useHistoryStore((s) => s.show);
  const version = useHistoryStore((s) => s.version);
  const [toReview, setToReview] = useState(0);
  useEffect(() => trackFocusedCell(), []);
  useEffect(() => {
    if (!plan) return setToReview(0);
    let live = true;
    api.reviewList({ planId: plan.id }).then((l) => live && setToReview(l.filter((m) => !m.done).length), () => live && setToReview(0));
    return () => void (live = false);
  }, [plan, version]);
  if (!plan) return null;
  return (
    <>
      <span className="history-tools" role="group" aria-label="History tools">
        <button type="button" className="app-bar-button" onClick={() => show('roll')}>Next year’s plan…</button>
        {toReview > 0 && <button type="button" className="app-bar-button review-count" onClick={() => show('review')}>To review ({toReview})</button>}
        <button type="button" className="app-bar-button" onClick={() => show('history')}>History</button>
        <button type="button" className="app-bar-button" onClick={() => show('compare')}>Compare…</button>
      </span>
      {/* Out of the app bar, so the panels take the page's colours and stacking, not the bar's. */}
      {open &&
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
