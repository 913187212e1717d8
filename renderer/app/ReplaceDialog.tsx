/**
 * Find and replace (Ctrl+H): the values that would change are previewed as you type, each with a tick, and
 * "Replace N" applies the ticked ones as one step that one Ctrl+Z takes back. Figures are never touched.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { replaceAll } from '../stores/plan-commands';
import { Dialog } from './Dialog';
import { CancelAndAct } from './DialogButtons';
import type { ReplaceItem } from '../../shared/api/contract';
import { useReplaceShortcut } from './use-replace-shortcut';

/** The preview lists at most this many values (the service's limit). */
const PREVIEW_LIMIT = 2000;
const PREVIEW_DELAY_MS = 250;

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);
const placeOf = (i: ReplaceItem) => [i.unit, i.ref ?? i.section, i.where].filter(Boolean).join(' · ');

/** Mounted once in the app: opens on Ctrl+H over the open plan. */
export function FindReplace() {
  const { open, initial, close } = useReplaceShortcut();
  const planId = usePlanStore((s) => s.plan?.id);
  return open && planId ? <ReplaceDialog planId={planId} initial={initial} onClose={close} /> : null;
}

export function ReplaceDialog({ planId, initial = '', onClose }: { planId: number; initial?: string; onClose: () => void }) {
  const [find, setFind] = useState(initial);
  const [replace, setReplace] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeCell, setWholeCell] = useState(false);
  const [preview, setPreview] = useState<{ key: string; items: ReplaceItem[] } | null>(null);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = useRef(0);
  const args = useMemo(() => ({ planId, find, replace, matchCase, wholeCell }), [planId, find, replace, matchCase, wholeCell]);
  const key = JSON.stringify(args);
  // Only a preview of what the fields say now may be applied; an older one is shown but not offered.
  const items = find ? (preview?.items ?? null) : null;
  const fresh = preview?.key === key;

  // Preview shortly after typing stops; an answer to an older question is dropped.
  useEffect(() => {
    const n = ++asked.current;
    if (!find) return setPreview(null);
    const t = setTimeout(() => {
      api.previewReplace(args).then(
        (r) => n === asked.current && (setPreview({ key: JSON.stringify(args), items: r }), setUnticked(new Set()), setError(null)),
        (e) => n === asked.current && setError(errorText(e)),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(t);
  }, [args, find]);

  const chosen = fresh ? (items ?? []).filter((i) => !unticked.has(i.id)) : [];
  const toggle = (id: string) =>
    setUnticked((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const apply = async () => {
    setBusy(true);
    try {
      await replaceAll({ ...args, only: chosen.map((i) => i.id) });
      onClose();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <Dialog className="wide" titleId="replace-title" onClose={onClose}>
      <h2 id="replace-title">Find and replace</h2>
      <div>
        <div className="form-row">
          <label htmlFor="replace-find">Find</label>
          <input id="replace-find" autoFocus value={find} maxLength={200} onChange={(e) => setFind(e.target.value)} />
        </div>
        <div className="form-row">
          <label htmlFor="replace-with">Replace with</label>
          <input id="replace-with" value={replace} maxLength={2000} onChange={(e) => setReplace(e.target.value)} />
        </div>
        <div className="replace-options" style={{ display: 'flex', gap: 20, margin: '0 0 10px' }}>
          <label>
            <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> Match case
          </label>
          <label>
            <input type="checkbox" checked={wholeCell} onChange={(e) => setWholeCell(e.target.checked)} /> Whole cell only
          </label>
        </div>
        <p className="hint">Text, lists, dates as written, deliverables, narrative, titles and the title page; figures are never changed.</p>
        {items && fresh && items.length === 0 && <p className="empty-note">Nothing to replace: “{find}” is not in the plan’s text.</p>}
        {items && items.length > 0 && (
          <>
            <p>
              {items.length === PREVIEW_LIMIT ? `The first ${PREVIEW_LIMIT} places` : `${items.length} ${items.length === 1 ? 'place' : 'places'}`}{' '}
              <button type="button" className="link" onClick={() => setUnticked(chosen.length ? new Set(items.map((i) => i.id)) : new Set())}>
                {chosen.length ? 'Untick all' : 'Tick all'}
              </button>
            </p>
            <ul className="replace-preview" aria-label="Replacements" style={{ listStyle: 'none', padding: 0, maxHeight: '45vh', overflow: 'auto' }}>
              {items.map((i) => (
                <li key={i.id} style={{ padding: '4px 0', borderBottom: '1px solid var(--line)' }}>
                  <label>
                    <input type="checkbox" checked={!unticked.has(i.id)} onChange={() => toggle(i.id)} /> <strong>{placeOf(i)}</strong>
                    {i.count > 1 && ` (${i.count} times)`}
                    <div className="replace-before">
                      <del>{i.before}</del>
                    </div>
                    <div className="replace-after">
                      <ins>{i.after}</ins>
                    </div>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        <CancelAndAct error={error} cancel="Close" onCancel={onClose} disabled={busy || chosen.length === 0} onAct={() => void apply()}>
          Replace {chosen.length}
        </CancelAndAct>
      </div>
    </Dialog>
  );
}
