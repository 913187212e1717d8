/** The targets of other plans, and for each one every action and KPI of every plan that serves it. */
import { useEffect, useMemo, useState } from 'react';
import type { TargetUse } from '../../shared/api/contract';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';

export function TargetsView({ selected }: { selected?: string }) {
  const catalogue = usePlanStore((s) => s.catalogue);
  const { go, say } = useUiStore.getState();
  const openPlan = usePlanStore((s) => s.openPlan);
  const plan = usePlanStore((s) => s.plan);
  const [query, setQuery] = useState('');
  const [uses, setUses] = useState<TargetUse[] | null>(null);
  const target = catalogue.find((t) => t.key === selected);

  useEffect(() => {
    if (!selected) return setUses(null);
    api.targetUses({ key: selected }).then(setUses, (e) => say((e as Error).message, 'error'));
  }, [selected, plan, say]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? catalogue.filter((t) => `${t.code} ${t.title}`.toLowerCase().includes(q)) : catalogue;
  }, [catalogue, query]);

  const open = async (u: TargetUse) => {
    if (plan?.id !== u.planId) await openPlan(u.planId);
    go({ kind: 'section', sectionId: u.sectionId });
  };

  return (
    <article className="targets-view">
      <h2>Targets of other plans</h2>
      <div className="targets-layout">
        <div className="target-list">
          <input type="search" aria-label="Find a target" placeholder="Find a target" value={query} onChange={(e) => setQuery(e.target.value)} />
          <ul>
            {shown.map((t) => (
              <li key={t.key}>
                <button
                  type="button"
                  className={t.key === selected ? 'current' : ''}
                  aria-current={t.key === selected}
                  onClick={() => go({ kind: 'targets', key: t.key })}
                >
                  <strong>{t.code}</strong> {t.title.slice(0, 70)}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="target-uses" aria-live="polite">
          {!target && <p className="empty-note">Choose a target to see every action and indicator that serves it.</p>}
          {target && (
            <>
              <h3>{target.code}</h3>
              {target.title && <p>{target.title}</p>}
              {uses && !uses.length && <p className="empty-note">No action or indicator links to this target yet.</p>}
              <ul className="uses" aria-label={`Serving ${target.code}`}>
                {uses?.map((u, i) => (
                  <li key={i}>
                    <button type="button" className="link" onClick={() => void open(u)}>
                      {u.kind === 'action' ? `Action ${u.ref}` : u.ref}
                    </button>{' '}
                    <span className="use-text">{u.text.split('\n')[0].slice(0, 140)}</span>
                    <span className="use-where">
                      {u.plan} · {u.section}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
