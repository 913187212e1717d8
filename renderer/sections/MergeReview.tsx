/**
 * Review of a plan file coming back (issue 14), before anything changes, like the budget import's review:
 * the file's changes that will be taken, and every conflict (changed differently on both sides) with its
 * base, mine and theirs values and a choice per conflict, or "Keep all mine" / "Take all theirs". Applying
 * is one step that Ctrl+Z undoes; afterwards the whole plan is read again.
 */
import { useState } from 'react';
import type { Choice, MergeItem } from '../../shared/merge/three-way';
import { usePlanMerge } from '../stores/plan-file-commands';
import { applyMerge } from '../stores/plan-commands';
import { TableHead } from '../app/TableHead';

export function MergeReviewDialog() {
  const merge = usePlanMerge((s) => s.merge);
  const close = usePlanMerge((s) => s.close);
  if (!merge) return null;
  return <MergeReview key={merge.file.fileName + merge.review.planId} {...merge} onClose={close} />;
}

type Props = NonNullable<ReturnType<typeof usePlanMerge.getState>['merge']> & { onClose: () => void };

function MergeReview({ file, review, onClose }: Props) {
  const conflicts = review.items.filter((i) => i.conflict);
  const changes = review.items.filter((i) => !i.conflict);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const settled = conflicts.filter((c) => choices[c.id]).length;
  const all = (c: Choice) => setChoices(Object.fromEntries(conflicts.map((i) => [i.id, c])));

  const apply = async () => {
    setBusy(true);
    if (await applyMerge(review, file, choices)) onClose();
    else setBusy(false);
  };

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog wide" role="dialog" aria-modal="true" aria-labelledby="merge-title">
        <h2 id="merge-title">Merge {file.fileName}</h2>
        {!review.items.length && <p>The file holds nothing this plan does not already have: nothing to merge.</p>}
        <div className="review-body">
          {conflicts.length > 0 && (
            <section aria-label="Conflicts">
              <h3>
                {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'}: changed here and in the file
              </h3>
              <table className="review merge-conflicts">
                <TableHead headings={['Where', 'Base', 'Mine (here)', 'Theirs (file)']} />
                <tbody>
                  {conflicts.map((c) => (
                    <ConflictRow key={c.id} item={c} choice={choices[c.id]} choose={(v) => setChoices((s) => ({ ...s, [c.id]: v }))} />
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {changes.length > 0 && (
            <section aria-label="Changes from the file">
              <h3>
                {changes.length} change{changes.length === 1 ? '' : 's'} from the file
              </h3>
              <ul className="merge-changes">
                {changes.map((c) => (
                  <li key={c.id}>
                    <span className="where">{c.where}</span>: {c.what}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="dialog-buttons">
          {conflicts.length > 0 && (
            <button type="button" onClick={() => all('mine')}>
              Keep all mine
            </button>
          )}
          {conflicts.length > 0 && (
            <button type="button" onClick={() => all('theirs')}>
              Take all theirs
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={busy || !review.items.length} onClick={() => void apply()}>
            {conflicts.length ? `Apply (${settled} of ${conflicts.length} conflicts settled)` : 'Apply'}
          </button>
        </div>
      </div>
    </div>
  );
}

function ConflictRow({ item, choice, choose }: { item: MergeItem; choice: Choice | undefined; choose: (c: Choice) => void }) {
  const name = `conflict-${item.id}`;
  return (
    <tr className="conflict" aria-label={`Conflict: ${item.where}`}>
      <td>
        {item.where}
        <div className="hint">{item.what}</div>
      </td>
      <td>{item.base}</td>
      <td>
        <label>
          <input type="radio" name={name} checked={choice === 'mine'} onChange={() => choose('mine')} /> {item.mine}
        </label>
      </td>
      <td>
        <label>
          <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => choose('theirs')} /> {item.theirs}
        </label>
      </td>
    </tr>
  );
}
