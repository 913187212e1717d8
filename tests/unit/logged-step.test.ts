/**
 * The undo wrapper (electron/services/logged-step.ts) and the row store it hands a service: one call, one
 * step; nothing written, no step; a failure leaves nothing behind; printed totals go with the first change
 * to a table's lines, not with a move.
 */
import { describe, expect, it } from 'vitest';
import { tempDb, smallPlan } from '../support/fixtures';
import { importExchange } from '../../electron/services/plan-import';
import { getPlan } from '../../electron/services/plans';
import { undo, historyState } from '../../electron/services/history';
import { loggedStep } from '../../electron/services/logged-step';
import type { Block, PlanDocument } from '../../shared/model/plan';

const budget = (p: PlanDocument) =>
  p.sections.flatMap((s) => s.blocks).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.tableKind === 'budget')!;
const steps = (db: ReturnType<typeof tempDb>['db'], planId: number) =>
  db.prepare('SELECT step, entity, field FROM change_log WHERE plan_id = ? ORDER BY id').all(planId) as {
    step: number;
    entity: string;
    field: string | null;
  }[];
const stored = (db: ReturnType<typeof tempDb>['db'], id: number) =>
  db.prepare('SELECT id, uuid, block_id, position, role, cells FROM plan_row WHERE id = ?').get(id) as {
    id: number;
    uuid: string;
    block_id: number;
    position: number;
    role: string;
    cells: string;
  };

function setup() {
  const { db } = tempDb();
  const [id] = importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan()] });
  return { db, id, block: budget(getPlan(db, id)) };
}

describe('loggedStep', () => {
  it('records a cell change, an insert and a removal as one step that one undo takes back', () => {
    const { db, id, block } = setup();
    const [r0, r1] = block.rows;
    const out = loggedStep(db, id, (step) => {
      step.rows.setCell(stored(db, r0.id), 'employee', 1234);
      step.rows.insert(block.id, 0, 'line', { activity: 'First' });
      step.rows.remove(stored(db, r1.id));
      return step.size();
    });
    expect(out).toBe(3);
    const rows = budget(getPlan(db, id)).rows;
    expect(rows[0].cells).toEqual({ activity: 'First' });
    expect(rows[1].cells.employee).toBe(1234);
    expect(rows.some((r) => r.id === r1.id)).toBe(false);
    // One step number for all three changes, then the printed totals the first edit made stale.
    expect(steps(db, id)).toEqual([
      { step: 1, entity: 'row', field: 'employee' },
      { step: 1, entity: 'row', field: null },
      { step: 1, entity: 'row', field: null },
      { step: 1, entity: 'block', field: 'meta' },
    ]);
    undo(db, id);
    expect(budget(getPlan(db, id))).toEqual(block);
  });

  it('records no step when nothing changed, and writes nothing when the service throws', () => {
    const { db, id, block } = setup();
    const r0 = block.rows[0];
    expect(loggedStep(db, id, (step) => step.rows.setCell(stored(db, r0.id), 'activity', r0.cells.activity as string))).toBe(false);
    expect(steps(db, id)).toEqual([]);
    expect(() =>
      loggedStep(db, id, (step) => {
        step.rows.setCell(stored(db, r0.id), 'employee', 99);
        step.rows.insert(block.id, 1, 'line', { activity: 'Gone' });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(budget(getPlan(db, id))).toEqual(block);
    expect(historyState(db, id)).toEqual({ canUndo: false, canRedo: false });
  });

  it('keeps printed totals when lines only move (the totals still describe the table)', () => {
    const { db, id, block } = setup();
    loggedStep(db, id, (step) => step.rows.move(block.rows[0].id, 2));
    const after = budget(getPlan(db, id));
    expect(after.rows.map((r) => r.id).slice(0, 3)).toEqual([block.rows[1].id, block.rows[2].id, block.rows[0].id]);
    expect(after.meta.printedSummaries).toEqual(block.meta.printedSummaries);
    expect(steps(db, id)).toEqual([{ step: 1, entity: 'row', field: 'position' }]);
  });
});
