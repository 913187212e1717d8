/**
 * Review of an imported budget workbook before anything changes: every changed cell with its old and new
 * value, added and removed lines, each line ticked to accept. Applying is one step that Ctrl+Z undoes.
 */
import { useState } from 'react';
import { addedLineKey, allLineKeys, changedLineKey, editsFromPreview, removedLineKey, type BudgetImportPreview } from '../../shared/model/budget-import';
import type { CellValue } from '../../shared/model/columns';
import { formatFigure } from '../../shared/format/numbers';
import { api } from '../api/client';
import { usePlanStore } from '../stores/plan-store';
import { Dialog } from '../app/Dialog';

const show = (v: CellValue) => (typeof v === 'number' ? formatFigure(v) : v === null ? '(blank)' : String(v));

export function ImportReview({ planId, preview, onClose }: { planId: number; preview: BudgetImportPreview; onClose: () => void }) {
  const [accepted, setAccepted] = useState(() => new Set(allLineKeys(preview)));
  const change = usePlanStore((s) => s.change);
  const total = allLineKeys(preview).length;
  const toggle = (key: string) => setAccepted((s) => (s.has(key) ? (s.delete(key), new Set(s)) : new Set(s.add(key))));
  const tick = (key: string, label: string) => <input type="checkbox" aria-label={`Accept ${label}`} checked={accepted.has(key)} onChange={() => toggle(key)} />;

  const apply = async () => {
    const edits = editsFromPreview(preview, accepted);
    const ok = await change(() => api.applyEdits({ planId, ...edits }), `Imported ${preview.fileName}: ${accepted.size} of ${total} lines applied. Ctrl+Z undoes the import.`);
    if (ok) onClose();
  };

  return (
    <Dialog className="wide" titleId="review-title" onClose={onClose}>
        <h2 id="review-title">Review {preview.fileName}</h2>
        {total === 0 && <p>The workbook matches the plan: nothing to import.</p>}
        <div className="review-body">
          {preview.units.filter((u) => u.changes.length + u.added.length + u.removed.length).map((u) => {
            const rows = [...new Set(u.changes.map((c) => c.rowId))];
            return (
              <section key={u.blockId} aria-label={`Changes to ${u.unit}`}>
                <h3>{u.unit}</h3>
                <table className="review">
                  <tbody>
                    {rows.map((rowId) => {
                      const cells = u.changes.filter((c) => c.rowId === rowId);
                      return (
                        <tr key={rowId} className="changed">
                          <td>{tick(changedLineKey(rowId), cells[0].activity)}</td>
                          <td>{cells[0].activity}</td>
                          <td>{cells.map((c) => <div key={c.column} className="cell-change">{c.heading}: <del>{show(c.old)}</del> → <ins>{show(c.new)}</ins></div>)}</td>
                        </tr>
                      );
                    })}
                    {u.added.map((a, i) => (
                      <tr key={`a${i}`} className="added">
                        <td>{tick(addedLineKey(u.blockId, i), a.activity)}</td>
                        <td>{a.activity}</td>
                        <td>New line</td>
                      </tr>
                    ))}
                    {u.removed.map((r) => (
                      <tr key={`r${r.rowId}`} className="removed">
                        <td>{tick(removedLineKey(r.rowId), r.activity)}</td>
                        <td>{r.activity}</td>
                        <td>Line removed in the workbook</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
          {preview.ignoredSheets.length > 0 && <p className="hint">Not budget sheets of this plan: {preview.ignoredSheets.join(', ')}.</p>}
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={() => setAccepted(accepted.size === total ? new Set() : new Set(allLineKeys(preview)))}>
            {accepted.size === total ? 'Untick all' : 'Tick all'}
          </button>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" disabled={!accepted.size} onClick={() => void apply()}>
            Apply {accepted.size} of {total}
          </button>
        </div>
    </Dialog>
  );
}
