/**
 * The History panel: every change to the selected cell, its row, the section on screen or the whole plan
 * (when, who, old -> new), or every change since a date or a named version; an old value can be put back
 * as a new step (Ctrl+Z takes it back). The selected cell is the grid cell last focused (history-store).
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { nameVersion, putBackValue } from '../stores/plan-commands';
import { useUiStore } from '../stores/ui-store';
import { useHistoryStore } from '../stores/history-store';
import type { PlanDocument } from '../../shared/model/plan';
import type { HistoryEntry, VersionInfo } from '../../shared/api/history-types';
import type { BackupInfo } from '../../shared/api/contract';
import { ErrorAlert } from '../app/ErrorAlert';

type Scope = 'cell' | 'row' | 'section' | 'plan';

/** Newest first; "changes since" over the whole plan grouped by section, sections in the order first changed. */
function ordered(entries: HistoryEntry[], grouped: boolean): HistoryEntry[] {
  if (!grouped) return entries.slice().reverse();
  const order = new Map<string, number>();
  entries.forEach((e) => order.has(e.section) || order.set(e.section, order.size));
  return entries.slice().sort((a, b) => order.get(a.section)! - order.get(b.section)! || a.id - b.id);
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function HistoryPanel({ plan, onClose }: { plan: PlanDocument; onClose: () => void }) {
  const cell = useHistoryStore((s) => s.lastCell);
  const place = useUiStore((s) => s.place);
  const inPlan = cell !== null && plan.sections.some((s) => s.blocks.some((b) => b.kind === 'table' && b.rows.some((r) => r.id === cell.rowId)));
  const sectionId = place.kind === 'section' ? place.sectionId : null;
  const [scope, setScope] = useState<Scope>(inPlan && cell?.column ? 'cell' : inPlan ? 'row' : sectionId ? 'section' : 'plan');
  const [since, setSince] = useState('');
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');

  useEffect(() => void api.listVersions({ planId: plan.id }).then(setVersions, () => setVersions([])), [plan.id]);
  // Changes since a backup are those made after it was taken; only the app's session has backups.
  useEffect(() => void api.listBackups({}).then(setBackups, () => setBackups([])), []);
  const known = (v: string) => versions.some((x) => String(x.id) === v) || backups.some((b) => b.at === v);
  useEffect(() => {
    let live = true;
    const filter =
      scope === 'cell' && cell
        ? { rowId: cell.rowId, column: cell.column ?? undefined }
        : scope === 'row' && cell
          ? { rowId: cell.rowId }
          : scope === 'section' && sectionId
            ? { sectionId }
            : {};
    api.history({ planId: plan.id, ...filter, ...(since && { since }) }).then(
      (e) => live && (setEntries(e), setError(null)),
      (e: Error) => live && setError(e.message),
    );
    return () => void (live = false);
  }, [plan, scope, since, cell, sectionId]);

  const saveName = async () => {
    try {
      const v = await nameVersion(plan.id, name);
      setVersions([...versions, v]);
      setName('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const go = (e: HistoryEntry) => {
    if (e.sectionId === null) return useUiStore.getState().go({ kind: 'header' });
    useUiStore.getState().go({ kind: 'section', sectionId: e.sectionId });
    if (e.blockId !== null) useUiStore.getState().setFocus({ blockId: e.blockId, rowId: e.rowId, column: e.column, flash: true });
  };

  return (
    <aside className="side-panel history-panel" role="dialog" aria-label="History">
      <header>
        <h2>History</h2>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="history-filters">
        <label>
          Of{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value as Scope)} aria-label="History of">
            {inPlan && cell?.column && <option value="cell">the selected cell</option>}
            {inPlan && <option value="row">the selected row</option>}
            {sectionId && <option value="section">this section</option>}
            <option value="plan">the whole plan</option>
          </select>
        </label>
        <label>
          Since{' '}
          <select
            value={known(since) ? since : since ? 'date' : ''}
            onChange={(e) => setSince(e.target.value === 'date' ? new Date().toISOString().slice(0, 10) : e.target.value)}
            aria-label="Changes since"
          >
            <option value="">the beginning</option>
            {versions.map((v) => (
              <option key={v.id} value={String(v.id)}>
                version “{v.name}”
              </option>
            ))}
            {backups.map((b) => (
              <option key={b.name} value={b.at}>
                backup of {when(b.at)}
              </option>
            ))}
            <option value="date">a date…</option>
          </select>
        </label>
        {since && !known(since) && <input type="date" aria-label="Since date" value={since} onChange={(e) => setSince(e.target.value)} />}
      </div>
      <ErrorAlert error={error} />
      {entries && entries.length === 0 && <p className="empty-note">No changes recorded here.</p>}
      <ol className="history-list">
        {ordered(entries ?? [], scope === 'plan' && !!since).map((e, i, all) => (
          <li key={e.id}>
            {scope === 'plan' && since && (i === 0 || all[i - 1].section !== e.section) && <h3 className="history-group">{e.section || 'Title page'}</h3>}
            <div className="history-meta">
              <time dateTime={e.at}>{when(e.at)}</time> · <span className="who">{e.who || 'unknown'}</span>
            </div>
            <button type="button" className="link-button history-where" onClick={() => go(e)}>
              {e.where}
            </button>
            <div className="history-change">
              <del>{e.old || '(empty)'}</del> → <ins>{e.new || '(empty)'}</ins>
            </div>
            {e.restorable && (
              <button type="button" onClick={() => void putBackValue(e)} aria-label={`Put back ${e.old || '(empty)'}`}>
                Put back
              </button>
            )}
          </li>
        ))}
      </ol>
      <form className="version-form" onSubmit={(ev) => (ev.preventDefault(), void saveName())}>
        <label htmlFor="version-name">Name this version</label>
        <input id="version-name" value={name} placeholder="as sent to finance, 12 March" onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Name
        </button>
      </form>
    </aside>
  );
}
