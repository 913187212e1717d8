/**
 * Applying a merged plan to the database (electron/plan-files/apply-merge.ts): every kind of change lands,
 * it is one step, undo gives back exactly the plan before, redo the merged one, and the model's rules hold.
 */
import { expect, it } from 'vitest';
import { tempDb, smallPlan } from '../support/fixtures';
import { importExchange } from '../../electron/services/plan-import';
import { readPlanSnapshot } from '../../electron/services/plan-snapshot';
import { applyMergedPlan } from '../../electron/plan-files/apply-merge';
import { redo, undo } from '../../electron/services/history';
import { samePlan } from '../../shared/merge/three-way';
import { modelViolations } from '../support/model-rules';
import type { TableSnap } from '../../shared/merge/snapshot';

it('rows added, removed, moved and edited, sections added, removed, renamed and moved: one undoable step', () => {
  const { db } = tempDb();
  const [id] = importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan()] });
  const before = readPlanSnapshot(db, id);
  const target = structuredClone(before);
  target.header.planContact = 'Someone Else';
  const budget = target.sections[2].blocks[0] as TableSnap;
  budget.rows.splice(1, 1); // a line removed
  budget.rows[0].cells.employee = 1;
  const [moved] = budget.rows.splice(3, 1);
  budget.rows.unshift(moved); // a line moved to the top
  budget.rows.splice(4, 0, { uuid: '00000000-0000-4000-8000-00000000aaaa', role: 'line', cells: { activity: 'From the file', employee: 7 } });
  target.sections[0].title = 'Purpose';
  (target.sections[0].blocks[0] as { doc: unknown }).doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New words.' }] }] };
  target.sections.splice(3, 1); // Risks removed
  target.sections.unshift({
    uuid: '00000000-0000-4000-8000-00000000bbbb',
    title: 'Foreword',
    level: 1,
    blocks: [
      {
        uuid: '00000000-0000-4000-8000-00000000cccc',
        kind: 'table',
        tableKind: 'risks',
        title: 'Risks',
        meta: {},
        rows: [{ uuid: '00000000-0000-4000-8000-00000000dddd', role: 'line', cells: { event: 'Moved here', impact: 2 } }],
      },
    ],
  });
  const logged = applyMergedPlan(db, id, target);
  expect(logged).toBeGreaterThan(5);
  const after = readPlanSnapshot(db, id);
  expect(samePlan(after, target)).toBe(true);
  expect(db.prepare('SELECT count(DISTINCT step) FROM change_log WHERE plan_id = ?').pluck().get(id)).toBe(1);
  expect(modelViolations(db)).toEqual([]);
  undo(db, id);
  expect(samePlan(readPlanSnapshot(db, id), before)).toBe(true);
  redo(db, id);
  expect(samePlan(readPlanSnapshot(db, id), target)).toBe(true);
  expect(modelViolations(db)).toEqual([]);
  expect(applyMergedPlan(db, id, target)).toBe(0); // already there: nothing written, no step
});
