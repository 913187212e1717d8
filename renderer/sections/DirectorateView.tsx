/**
 * The directorate's view (issue 14), opened from a directorate's name in the plan list: every plan with its
 * contact and year, the consolidated budget summary across all their units (each unit's controllable
 * totals and total cost of unit, each plan's total, the directorate's total), the actions by target (the
 * reverse view, across plans), and exports: the summary to Excel with live formulas, the compendium PDF.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DirectorateView as View } from '../../shared/api/contract';
import { fyLabel } from '../../shared/calc/financial-year';
import { api } from '../api/client';
import { exportAndDownload } from '../app/files';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { TableHead } from '../app/TableHead';
import { FigureCell } from './FigureCell';
import { Dialog } from '../app/Dialog';

export function DirectorateView({ directorate, onClose }: { directorate: string; onClose: () => void }) {
  const [view, setView] = useState<View | null>(null);
  const say = useUiStore((s) => s.say);
  useEffect(() => {
    api.directorateView({ directorate }).then(setView, (e: Error) => (say(e.message, 'error'), onClose()));
  }, [directorate, say, onClose]);
  const open = async (planId: number, place?: { kind: 'targets' }) => {
    onClose();
    await usePlanStore.getState().openPlan(planId, place);
  };
  const s = view?.summary;
  return createPortal(
    <Dialog titleId="directorate-title" onClose={onClose} className="wide">
      <h2 id="directorate-title">{directorate}</h2>
      {!view && <p>Loading…</p>}
      {view && s && (
        <div className="review-body">
          <section aria-label="Plans of the directorate">
            <h3>Plans</h3>
            <table className="review">
              <TableHead headings={['Plan', 'Year', 'Unit business plan contact', '']} />
              <tbody>
                {view.plans.map((p) => (
                  <tr key={p.id}>
                    <td>{p.header.division || p.header.title}</td>
                    <td>{fyLabel(p.header.year)}</td>
                    <td>{p.header.planContact || '(none)'}</td>
                    <td>
                      <button type="button" onClick={() => void open(p.id)}>
                        Open
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label="Consolidated budget summary">
            <h3>Consolidated budget summary {s.plans[0] ? fyLabel(s.plans[0].year) : ''} (£000s)</h3>
            <table className="review">
              <TableHead headings={['Plan', 'Unit', 'Controllable', 'Total cost of unit']} />
              <tbody>
                {s.plans.flatMap((p) => [
                  ...p.units.map((u, i) => (
                    <tr key={`${p.planId}-${i}`}>
                      <td>{p.division || p.title}</td>
                      <td>{u.unitName}</td>
                      <FigureCell value={u.controllable} />
                      <FigureCell value={u.totalCost} />
                    </tr>
                  )),
                  <tr key={`${p.planId}-total`} className="total">
                    <th colSpan={2}>{p.division || p.title} total</th>
                    <FigureCell value={p.controllable} />
                    <FigureCell value={p.totalCost} />
                  </tr>,
                ])}
                <tr className="total">
                  <th colSpan={2}>Directorate total</th>
                  <FigureCell value={s.controllable} testId="directorate-controllable" />
                  <FigureCell value={s.totalCost} testId="directorate-total-cost" />
                </tr>
              </tbody>
            </table>
          </section>
        </div>
      )}
      <div className="dialog-buttons">
        {view && view.plans.some((p) => p.kind === 'unit') && (
          <button type="button" onClick={() => void open(view.plans.find((p) => p.kind === 'unit')!.id, { kind: 'targets' })}>
            Actions by target…
          </button>
        )}
        <button type="button" disabled={!view} onClick={() => void exportAndDownload(() => api.exportDirectorateWorkbook({ directorate }), say)}>
          Summary to Excel…
        </button>
        <button type="button" disabled={!view} onClick={() => void exportAndDownload(() => api.exportDirectoratePdf({ directorate }), say, 'application/pdf')}>
          Compendium PDF…
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>,
    document.body,
  );
}
