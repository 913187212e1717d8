/**
 * Review of a Word document read as a plan, before the plan is created: the title page fields, the
 * sections found, each table recognised as which kind with its row count, each budget's totals as
 * computed beside those printed in the document, and what was kept as narrative because it was not
 * recognised. "Create plan" creates it and opens it; nothing is written before.
 */
import { useState } from 'react';
import { kindDef } from '../../shared/model/table-kinds';
import { formatFigure } from '../../shared/format/numbers';
import { fyLabel } from '../../shared/calc/financial-year';
import { totalMismatches, type WordReview } from '../../shared/word-import/review';
import { createFromWord } from '../stores/plan-commands';
import type { PickedFile } from '../stores/file-commands';
import { Dialog } from './Dialog';
import { CancelAndAct } from './DialogButtons';
import { TableHead } from './TableHead';

export function WordImportReview({ file, review, onClose }: { file: PickedFile; review: WordReview; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const h = review.header;
  const differing = totalMismatches(review).length;

  const create = async () => {
    setBusy(true);
    try {
      await createFromWord(file);
      onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog className="wide" titleId="word-review-title" onClose={onClose}>
      <h2 id="word-review-title">New plan from {review.fileName}</h2>
      <p className="review-summary">
        {h.title}
        {/\b(19|20)\d\d\s*[/-]/.test(h.title) ? '' : ` ${fyLabel(h.year)}`} — {h.directorate}
        {h.division ? `, ${h.division}` : ''}. {review.sections.length} sections, {review.tables.length} tables recognised
        {review.unrecognised.length ? `, ${review.unrecognised.length} kept as narrative` : ''}.{' '}
        {differing ? `${differing} budget totals differ from the document.` : 'Every budget total agrees with the document.'}
      </p>
      {/* Scrollable, with nothing focusable inside: a Tab stop so the keyboard can scroll it. */}
      <div className="review-body" tabIndex={0} role="region" aria-label="What the document holds">
        <h3>Title page</h3>
        <p>
          Cabinet Member: {h.cabinetMember || '—'}; Director: {h.director || '—'}; Plan contact: {h.planContact || '—'}
        </p>
        <h3>Sections found</h3>
        <ul aria-label="Sections found">
          {review.sections.map((s, i) => (
            <li key={i} style={s.level === 2 ? { marginLeft: '1.5em' } : undefined}>
              {s.title}
              {s.tables ? ` (${s.tables} table${s.tables > 1 ? 's' : ''})` : ''}
            </li>
          ))}
        </ul>
        <h3>Tables recognised</h3>
        <table className="review" aria-label="Tables recognised">
          <TableHead headings={['Kind', 'Table', 'Section', 'Rows', 'Totals: computed / printed']} />
          <tbody>
            {review.tables.map((t, i) => (
              <tr key={i}>
                <td>{kindDef(t.kind).title}</td>
                <td>{t.title}</td>
                <td>{t.section}</td>
                <td>
                  {t.rows}
                  {t.actions !== undefined ? ` (${t.actions} actions)` : ''}
                </td>
                <td>
                  {t.totals
                    .filter((x) => x.column === 'controllable')
                    .map((x) => (
                      <div key={x.summary} className={Math.round(x.computed * 10) === Math.round(x.printed * 10) ? undefined : 'field-error'}>
                        {x.summary}: {formatFigure(x.computed)} / {formatFigure(x.printed)}
                      </div>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Not recognised, kept as narrative</h3>
        {review.unrecognised.length ? (
          <ul aria-label="Not recognised">
            {review.unrecognised.map((u, i) => (
              <li key={i}>
                {u.what} in “{u.section}”: {u.why}
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">Nothing: every table was recognised.</p>
        )}
      </div>
      <CancelAndAct error={error} onCancel={onClose} disabled={busy} onAct={() => void create()}>
        Create plan
      </CancelAndAct>
    </Dialog>
  );
}
