/**
 * Two plans side by side: this plan against the plan it came from, another plan or a named version.
 * Sections with changes, budget lines with differences and percentage changes, rows added, removed or
 * changed, narrative marked word by word; printable, and exportable to Excel as a change report.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { exportAndDownload } from '../app/files';
import { ErrorAlert } from '../app/ErrorAlert';
import { fyLabel } from '../../shared/calc/financial-year';
import { formatFigure } from '../../shared/format/numbers';
import type { PlanDocument } from '../../shared/model/plan';
import type { BlockComparison, PlanComparison } from '../../shared/calc/compare-plans';
import type { VersionInfo } from '../../shared/api/history-types';
import type { BackupInfo } from '../../shared/api/contract';
import { TableHead } from '../app/TableHead';
import { Dialog } from '../app/Dialog';

const pct = (p: number | null | undefined) => (p === null || p === undefined ? '' : `${p >= 0 ? '+' : ''}${(p * 100).toFixed(1)}%`);
const signed = (n: number | undefined) => (n === undefined ? '' : `${n > 0 ? '+' : ''}${formatFigure(n)}`);

function Block({ b }: { b: BlockComparison }) {
  if (b.kind === 'narrative') {
    if (!b.changed) return null;
    return (
      <p className="word-diff">
        {b.words.map((w, i) =>
          w.op === 'same' ? <span key={i}>{w.text} </span> : w.op === 'add' ? <ins key={i}>{w.text} </ins> : <del key={i}>{w.text} </del>,
        )}
      </p>
    );
  }
  return (
    <>
      {b.lines && b.lines.some((l) => l.diff !== 0 || l.before === null || l.after === null) && (
        <table className="compare-table budget-lines">
          <caption>{b.title}: controllable expenditure by line (£000s)</caption>
          <TableHead headings={['Line', 'Before', 'After', 'Difference', '% change']} />
          <tbody>
            {b.lines.map((l, i) => (
              <tr key={i} className={l.diff !== 0 ? 'changed' : ''}>
                <td>{l.label}</td>
                <td className="num">{l.before === null ? 'new' : formatFigure(l.before)}</td>
                <td className="num">{l.after === null ? 'removed' : formatFigure(l.after)}</td>
                <td className="num">{signed(l.diff)}</td>
                <td className="num">{pct(l.pct)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {b.rows.length > 0 && (
        <table className="compare-table">
          <caption>{b.title}</caption>
          <TableHead headings={['Row', 'Change', 'Column', 'Before', 'After', 'Difference']} />
          <tbody>
            {b.rows.flatMap((r, i) =>
              r.status !== 'changed'
                ? [
                    <tr key={i} className={r.status}>
                      <td>{r.label}</td>
                      <td>{r.status}</td>
                      <td colSpan={4} />
                    </tr>,
                  ]
                : r.cells.map((c, j) => (
                    <tr key={`${i}-${j}`} className="changed">
                      <td>{j === 0 ? r.label : ''}</td>
                      <td>{j === 0 ? 'changed' : ''}</td>
                      <td>{c.heading}</td>
                      <td>
                        <del>{c.before}</del>
                      </td>
                      <td>
                        <ins>{c.after}</ins>
                      </td>
                      <td className="num">{c.diff !== undefined ? `${signed(c.diff)} ${pct(c.pct)}` : ''}</td>
                    </tr>
                  )),
            )}
          </tbody>
        </table>
      )}
    </>
  );
}

export function CompareView({ plan, onClose }: { plan: PlanDocument; onClose: () => void }) {
  const plans = usePlanStore((s) => s.plans).filter((p) => p.id !== plan.id);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [withWhat, setWith] = useState('');
  const [c, setC] = useState<PlanComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void api.listVersions({ planId: plan.id }).then(setVersions, () => setVersions([])), [plan.id]);
  // Only the app's session has backups; elsewhere the list is simply empty.
  useEffect(() => void api.listBackups({}).then(setBackups, () => setBackups([])), []);
  const args = useCallback(
    () => ({
      planId: plan.id,
      ...(withWhat.startsWith('p') && { withPlanId: Number(withWhat.slice(1)) }),
      ...(withWhat.startsWith('v') && { withVersionId: Number(withWhat.slice(1)) }),
      ...(withWhat.startsWith('b') && { withBackup: withWhat.slice(1) }),
    }),
    [plan.id, withWhat],
  );
  useEffect(() => {
    let live = true;
    setC(null);
    api.comparePlans(args()).then(
      (r) => live && (setC(r), setError(null)),
      (e: Error) => live && setError(e.message),
    );
    return () => void (live = false);
    // The plan itself too: an edit made with the view open is compared again.
  }, [plan, args]);
  const print = () => {
    document.body.classList.add('printing-compare');
    window.print();
    document.body.classList.remove('printing-compare');
  };
  const changed = c?.sections.filter((s) => s.status !== 'same') ?? [];
  return (
    <Dialog titleId="compare-title" onClose={onClose} className="wide compare-report">
      <h2 id="compare-title">Compare</h2>
      <div className="compare-controls">
        <label>
          With{' '}
          <select value={withWhat} onChange={(e) => setWith(e.target.value)} aria-label="Compare with">
            <option value="">the plan this one was started from</option>
            {plans.map((p) => (
              <option key={p.id} value={`p${p.id}`}>
                {[p.header.division, p.header.title].filter(Boolean).join(': ')} {fyLabel(p.header.year)}
              </option>
            ))}
            {versions.map((v) => (
              <option key={v.id} value={`v${v.id}`}>
                version “{v.name}”
              </option>
            ))}
            {backups.map((b) => (
              <option key={b.name} value={`b${b.name}`}>
                backup of {new Date(b.at).toLocaleString('en-GB')}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={print} disabled={!c}>
          Print
        </button>
        <button type="button" disabled={!c} onClick={() => void exportAndDownload(() => api.exportComparison(args()), useUiStore.getState().say)}>
          Export to Excel
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <ErrorAlert error={error} />
      {c && (
        <div className="compare-body">
          <p className="compare-summary">
            {c.changes.length} change{c.changes.length === 1 ? '' : 's'} from {c.before.label} {fyLabel(c.before.year)} to {c.after.label}{' '}
            {fyLabel(c.after.year)}
            {c.rolled ? ' (last year’s figures set against the same years)' : ''}.
          </p>
          {c.header.length > 0 && (
            <section>
              <h3>Title page</h3>
              <ul>
                {c.header.map((h) => (
                  <li key={h.column}>
                    {h.heading}: <del>{h.before}</del> → <ins>{h.after}</ins>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {changed.map((s) => (
            <section key={s.path} className={`compare-section ${s.status}`}>
              <h3>
                {s.path} <small>{s.status}</small>
              </h3>
              {s.status === 'changed' && s.blocks.map((b, i) => <Block key={i} b={b} />)}
            </section>
          ))}
        </div>
      )}
    </Dialog>
  );
}
