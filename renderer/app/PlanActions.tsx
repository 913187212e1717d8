/**
 * The open plan's actions in the plan list: rename (the name the list shows: the division, or an
 * introduction's title), duplicate (a new plan with new stable ids), and delete, which asks first and is
 * taken back by restoring the backup made just before it (File > Backups in the app).
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { PlanSummary } from '../../shared/model/plan';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { planLabel } from './plan-label';

const nameField = (p: PlanSummary): 'division' | 'title' => (p.kind === 'introduction' || !p.header.division ? 'title' : 'division');

async function refresh(openId: number | null): Promise<void> {
  const store = usePlanStore.getState();
  const plans = await store.refreshPlans();
  if (openId !== null) await store.openPlan(openId);
  else if (plans.length) await store.openPlan(plans.find((p) => p.kind === 'unit')?.id ?? plans[0].id);
  else store.closePlan();
}

export function PlanActions({ plan }: { plan: PlanSummary }) {
  const [asking, setAsking] = useState<'rename' | 'delete' | null>(null);
  const [name, setName] = useState('');
  const say = useUiStore((s) => s.say);
  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      setAsking(null);
    } catch (e) {
      say((e as Error).message, 'error');
    }
  };
  const rename = () =>
    run(async () => {
      await api.updateHeader({ planId: plan.id, patch: { [nameField(plan)]: name.trim() } });
      await refresh(plan.id);
      say(`Renamed to ${name.trim()}.`);
    });
  const duplicate = () =>
    run(async () => {
      const copy = await api.duplicatePlan({ planId: plan.id });
      await refresh(copy.id);
      say(`Duplicated as ${planLabel(copy)} (${copy.header.title}).`);
    });
  const remove = () =>
    run(async () => {
      await api.deletePlan({ planId: plan.id });
      await refresh(null);
      say(`Deleted ${planLabel(plan)}. A backup taken just before holds it (restore it from the backups list).`);
    });

  return (
    <div className="plan-actions" role="group" aria-label="This plan" style={{ display: 'flex', gap: 4, padding: '4px 14px', flexWrap: 'wrap' }}>
      <button type="button" onClick={() => (setName(plan.header[nameField(plan)]), setAsking('rename'))}>Rename…</button>
      <button type="button" onClick={() => void duplicate()}>Duplicate</button>
      <button type="button" onClick={() => setAsking('delete')}>Delete…</button>
      {asking && createPortal(
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
                  <button type="button" onClick={() => setAsking(null)}>Cancel</button>
                  <button type="submit" className="primary" disabled={!name.trim()}>Rename</button>
                </div>
              </form>
            ) : (
              <>
                <h2 id="plan-action-title">Delete {planLabel(plan)}?</h2>
                <p>The plan and its history leave this database. A backup is made first, so it can be restored from the backups list.</p>
                <div className="dialog-buttons">
                  <button type="button" autoFocus onClick={() => setAsking(null)}>Cancel</button>
                  <button type="button" className="primary danger" onClick={() => void remove()}>Delete plan</button>
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
