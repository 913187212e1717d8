/** Plans grouped by directorate, each directorate's introduction first. */
import { usePlanStore } from '../stores/plan-store';
import { fyLabel } from '../../shared/calc/financial-year';
import type { PlanSummary } from '../../shared/model/plan';
import { PlanActions } from './PlanActions';
import { planLabel } from './plan-label';
import { useCallback, useState } from 'react';
import { DirectorateView } from '../sections/DirectorateView';

export function PlanList({ onNew }: { onNew: () => void }) {
  const plans = usePlanStore((s) => s.plans);
  const current = usePlanStore((s) => s.plan?.id);
  const openPlan = usePlanStore((s) => s.openPlan);
  const [directorateShown, showDirectorate] = useState<string | null>(null);
  const closeDirectorate = useCallback(() => showDirectorate(null), []);
  const groups = new Map<string, PlanSummary[]>();
  for (const p of plans) groups.set(p.header.directorate, [...(groups.get(p.header.directorate) ?? []), p]);
  return (
    <nav className="plan-list" aria-label="Plans">
      <div className="pane-title">
        <span>Plans</span>
        <button type="button" onClick={onNew}>
          New plan…
        </button>
      </div>
      {current !== undefined && plans.some((p) => p.id === current) && <PlanActions plan={plans.find((p) => p.id === current)!} />}
      {[...groups].map(([directorate, list]) => (
        <div key={directorate} className="directorate">
          <button
            type="button"
            className="directorate-name"
            style={{ border: 0, background: 'none', width: '100%', minHeight: 24, textAlign: 'left', cursor: 'pointer' }}
            title="The directorate's plans and consolidated budget"
            onClick={() => showDirectorate(directorate)}
          >
            {directorate}
          </button>
          <ul>
            {list.map((p) => (
              <li key={p.id}>
                <button type="button" className={p.id === current ? 'current' : ''} aria-current={p.id === current} onClick={() => void openPlan(p.id)}>
                  {planLabel(p)} <span className="year">{fyLabel(p.header.year)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {directorateShown && <DirectorateView directorate={directorateShown} onClose={closeDirectorate} />}
    </nav>
  );
}
