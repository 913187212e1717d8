/**
 * The open plan's actions in the plan list: rename (the name the list shows: the division, or an
 * introduction's title), duplicate (a new plan with new stable ids), and delete, which asks first and is
 * taken back by restoring the backup made just before it (File > Backups in the app).
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { PlanSummary } from '../../shared/model/plan';
import { deletePlan, duplicatePlan, nameField, renamePlan } from '../stores/plan-commands';
import { planLabel } from './plan-label';

export function PlanActions({ plan }: { plan: PlanSummary }) {
  const [asking, setAsking] = useState<'rename' | 'delete' | null>(null);
  const [name, setName] = useState('');
  // The dialog closes once the action succeeded; a failure is said and leaves it open.
  const run = async (action: Promise<boolean>) => void ((await action) && setAsking(null));
  const rename = () => run(renamePlan(plan, name));
  const duplicate = () => run(duplicatePlan(plan));
  const remove = () => run(deletePlan(plan));

  return (
    <div className="plan-actions" role="group" aria-label="This plan" style={{ display: 'flex', gap: 4, padding: '4px 14px', flexWrap: 'wrap' }}>
      <button type="button" onClick={() => (setName(plan.header[nameField(plan)]), setAsking('rename'))}>
        Rename…
      </button>
      <button type="button" onClick={() => void duplicate()}>
        Duplicate
      </button>
      <button type="button" onClick={() => setAsking('delete')}>
        Delete…
      </button>
      {asking &&
        createPortal(
          <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && setAsking(null)}>
            <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="plan-action-title">
              {asking === 'rename' ? (
                <form onSubmit={(e) => (e.preventDefault(), void rename())}>
                  <h2 id="plan-action-title">Rename {planLabel(plan)}</h2>
                  <div className="form-row">
                    <label htmlFor="plan-new-name">{nameField(plan) === 'division' ? 'Division / unit' : 'Plan title'}</label>
                    <input id="plan-new-name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
                  </div>
                  <div className="dialog-buttons">
                    <button type="button" onClick={() => setAsking(null)}>
                      Cancel
                    </button>
                    <button type="submit" className="primary" disabled={!name.trim()}>
                      Rename
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  <h2 id="plan-action-title">Delete {planLabel(plan)}?</h2>
                  <p>The plan and its history leave this database. A backup is made first, so it can be restored from the backups list.</p>
                  <div className="dialog-buttons">
                    <button type="button" autoFocus onClick={() => setAsking(null)}>
                      Cancel
                    </button>
                    <button type="button" className="primary danger" onClick={() => void remove()}>
                      Delete plan
                    </button>
                  </div>
                </>
              )}
            </div>
          </div>,
          document.body,
        )}
    </div>
  );
}
