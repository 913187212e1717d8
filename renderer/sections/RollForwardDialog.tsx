/**
 * "Start next year's plan": the review before it is made (what moves a year, which actions are carried
 * or dropped, what will be marked to review), then the new plan opens with its review list.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { CancelAndAct } from '../app/DialogButtons';
import { startNextYear } from '../stores/plan-commands';
import { fyLabel } from '../../shared/calc/financial-year';
import type { PlanDocument } from '../../shared/model/plan';
import type { RollPreview } from '../../shared/api/history-types';
import { Dialog } from '../app/Dialog';

export function RollForwardDialog({ plan, onClose }: { plan: PlanDocument; onClose: () => void }) {
  const [actions, setActions] = useState<'all' | 'open'>('open');
  const [shiftDates, setShiftDates] = useState(false);
  const [preview, setPreview] = useState<RollPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    api.previewRollForward({ planId: plan.id, actions, shiftDates }).then(
      (p) => live && setPreview(p),
      (e: Error) => live && setError(e.message),
    );
    return () => void (live = false);
  }, [plan.id, actions, shiftDates]);
  const start = async () => {
    setBusy(true);
    try {
      await startNextYear({ planId: plan.id, actions, shiftDates });
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <Dialog titleId="roll-title" onClose={onClose} className="wide">
      <h2 id="roll-title">Start next year’s plan</h2>
      <fieldset className="roll-options">
        <legend>Actions to carry</legend>
        <label>
          <input type="radio" name="roll-actions" checked={actions === 'open'} onChange={() => setActions('open')} /> Only actions with a deliverable due from
          April {plan.header.year + 1} or ongoing
        </label>
        <label>
          <input type="radio" name="roll-actions" checked={actions === 'all'} onChange={() => setActions('all')} /> All actions
        </label>
        <label>
          <input type="checkbox" checked={shiftDates} onChange={(e) => setShiftDates(e.target.checked)} /> Move deliverables’ target dates on a year
        </label>
      </fieldset>
      {preview && (
        <div className="roll-preview" aria-label="What will change">
          <p>
            <strong>{preview.title.before}</strong> ({fyLabel(plan.header.year)}) becomes <strong>{preview.title.after}</strong> ({fyLabel(preview.year)}).
          </p>
          {preview.sectionTitles.length > 0 && (
            <ul>
              {preview.sectionTitles.map((t, i) => (
                <li key={i}>
                  {t.before} → {t.after}
                </li>
              ))}
            </ul>
          )}
          <p>
            Budgets: last year’s columns take this year’s controllable expenditure and FTE; this year’s lines start as they are. KPIs: actual ← estimate,
            estimate ← target, new targets empty. Staffing: last year ← this year.
          </p>
          <p className="roll-actions-count">
            Actions carried: {preview.actions.carried}; dropped: {preview.actions.dropped.length}; deliverables whose date has passed, flagged:{' '}
            {preview.actions.flagged}.
          </p>
          {preview.actions.dropped.length > 0 && (
            <details>
              <summary>Actions left behind</summary>
              <ul className="roll-dropped">
                {preview.actions.dropped.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            </details>
          )}
          <p>Marked “to review” until edited or ticked: {preview.toReview.length} sections.</p>
        </div>
      )}
      <CancelAndAct error={error} onCancel={onClose} disabled={!preview || busy} onAct={() => void start()}>
        Start {fyLabel(plan.header.year + 1)} plan
      </CancelAndAct>
    </Dialog>
  );
}
