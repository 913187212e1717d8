/**
 * Review of an imported budget workbook before anything changes: every changed cell with its old and new
 * value, added lines (where finance put them), removed lines, a new order, each ticked to accept; and what
 * is shown but never imported: figures typed over the plan's formulas, comments not kept as a line's
 * notes. Applying is one step that Ctrl+Z undoes.
 */
import { useState } from 'react';
import {
  addedLineKey,
  allLineKeys,
  changedLineKey,
  orderKey,
  previewSummary,
  removedLineKey,
  type BudgetImportPreview,
  type UnitDiff,
} from '../../shared/model/budget-import';
import type { CellValue } from '../../shared/model/columns';
import { formatFigure } from '../../shared/format/numbers';
import { applyImportEdits } from '../stores/plan-commands';
import { Dialog } from '../app/Dialog';

const show = (v: CellValue) => (typeof v === 'number' ? formatFigure(v) : v === null || v === '' ? '(blank)' : String(v));
const name = (activity: string) => activity || '[no name]';
const hasAny = (u: UnitDiff) =>
  u.changes.length + u.added.length + u.removed.length + u.typedOver.length + u.comments.length + u.notices.length > 0 || u.order !== null;

export function ImportReview({ planId, preview, onClose }: { planId: number; preview: BudgetImportPreview; onClose: () => void }) {
  const [accepted, setAccepted] = useState(() => new Set(allLineKeys(preview)));
  const total = allLineKeys(preview).length;
  const toggle = (key: string) => setAccepted((s) => (s.has(key) ? (s.delete(key), new Set(s)) : new Set(s.add(key))));
  const tick = (key: string, label: string) => (
    <input type="checkbox" aria-label={`Accept ${label}`} checked={accepted.has(key)} onChange={() => toggle(key)} />
  );

  const apply = async () => {
    if (await applyImportEdits(planId, preview, accepted)) onClose();
  };

  return (
    <Dialog className="wide" titleId="review-title" onClose={onClose}>
      <h2 id="review-title">Review {preview.fileName}</h2>
      <p className="review-summary">
        {previewSummary(preview) === 'no changes' ? 'The workbook matches the plan: no changes to import.' : `In this workbook: ${previewSummary(preview)}.`}
      </p>
      <div className="review-body">
        {preview.units.filter(hasAny).map((u) => (
          <UnitReview key={u.blockId} u={u} tick={tick} />
        ))}
        {preview.ignoredSheets.length > 0 && <p className="hint">Not budget sheets of this plan: {preview.ignoredSheets.join(', ')}.</p>}
      </div>
      <div className="dialog-buttons">
        <button type="button" disabled={!total} onClick={() => setAccepted(accepted.size === total ? new Set() : new Set(allLineKeys(preview)))}>
          {accepted.size === total ? 'Untick all' : 'Tick all'}
        </button>
        <button type="button" onClick={onClose}>
          {total ? 'Cancel' : 'Close'}
        </button>
        <button type="button" className="primary" disabled={!accepted.size} onClick={() => void apply()}>
          Apply {accepted.size} of {total}
        </button>
      </div>
    </Dialog>
  );
}

function UnitReview({ u, tick }: { u: UnitDiff; tick: (key: string, label: string) => React.ReactNode }) {
  const rows = [...new Set(u.changes.map((c) => c.rowId))];
  return (
    <section aria-label={`Changes to ${u.unit}`}>
      <h3>{u.unit}</h3>
      {u.notices.map((n) => (
        <p key={n} className="hint">
          {n}
        </p>
      ))}
      <table className="review">
        <tbody>
          {rows.map((rowId) => {
            const cells = u.changes.filter((c) => c.rowId === rowId);
            return (
              <ReviewRow key={rowId} className="changed" tick={tick(changedLineKey(rowId), name(cells[0].activity))} what={name(cells[0].activity)}>
                {cells.map((c) => (
                  <div key={c.column} className="cell-change">
                    {c.heading}: <del>{show(c.old)}</del> → <ins>{show(c.new)}</ins>
                  </div>
                ))}
              </ReviewRow>
            );
          })}
          {u.added.map((a, i) => (
            <ReviewRow key={`a${i}`} className="added" tick={tick(addedLineKey(u.blockId, i), name(a.activity))} what={name(a.activity)}>
              New line, added as line {a.at + 1}
            </ReviewRow>
          ))}
          {u.removed.map((r) => (
            <ReviewRow key={`r${r.rowId}`} className="removed" tick={tick(removedLineKey(r.rowId), name(r.activity))} what={name(r.activity)}>
              Line removed in the workbook
            </ReviewRow>
          ))}
          {u.order && (
            <ReviewRow className="changed" tick={tick(orderKey(u.blockId), `the new order of ${u.unit}`)} what="Order of lines">
              Changed in the workbook: the lines take the workbook&apos;s order
              <ol className="review-order">
                {u.orderNames.map((n, i) => (
                  <li key={i}>{name(n)}</li>
                ))}
              </ol>
            </ReviewRow>
          )}
          {u.typedOver.map((t) => (
            <ReviewRow key={`t${t.cell}`} className="not-imported" what={name(t.activity)}>
              {t.heading} ({t.cell}): typed {typeof t.typed === 'number' ? formatFigure(t.typed) : `“${t.typed}”`}, the plan computes {formatFigure(t.computed)}
              . Not imported because the plan computes it.
            </ReviewRow>
          ))}
          {u.comments.map((c) => (
            <ReviewRow key={`c${c.cell}`} className="comment" what={name(c.activity)}>
              Comment on {c.cell}
              {c.author ? ` by ${c.author}` : ''}: “{c.text}”{c.kept ? ' (kept as the line’s notes)' : ' (not on a line, so not kept)'}
            </ReviewRow>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One line of a unit's review: its tick box (none for what is never imported), what it is, and what happens to it. */
function ReviewRow({ className, tick, what, children }: { className: string; tick?: React.ReactNode; what: string; children: React.ReactNode }) {
  return (
    <tr className={className}>
      <td>{tick}</td>
      <td>{what}</td>
      <td>{children}</td>
    </tr>
  );
}
