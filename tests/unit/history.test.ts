import { describe, expect, it } from 'vitest';
import { tempDb, smallPlan } from '../support/fixtures';
import { importExchange } from '../../electron/services/plan-import';
import { getPlan, updateHeader } from '../../electron/services/plans';
import { deleteRow, insertRow, moveRow, updateCell } from '../../electron/services/rows';
import { updateCells } from '../../electron/services/edits';
import { historyState, redo, undo } from '../../electron/services/history';
import { summaryById } from '../../shared/calc/summaries';
import { openDatabase } from '../../electron/db/open';
import type { Block, PlanDocument } from '../../shared/model/plan';

const budget = (p: PlanDocument) =>
  p.sections.flatMap((s) => s.blocks).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.tableKind === 'budget')!;
const controllable = (p: PlanDocument) => summaryById('budget', budget(p).rows, 'controllableTotals')!.cells.controllable;

function setup() {
  const { db, file } = tempDb();
  const [id] = importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan()] });
  return { db, file, id, block: budget(getPlan(db, id)) };
}

describe('paste as one step', () => {
  it('writes a block of cells and new lines, and undoes it in one step', () => {
    const { db, id, block } = setup();
    const [r0, r1] = block.rows;
    updateCells(
      db,
      block.id,
      [
        { rowId: r0.id, column: 'employee', value: 1000 },
        { rowId: r0.id, column: 'running', value: 300 },
        { rowId: r1.id, column: 'employee', value: 400 },
      ],
      [{ activity: 'Pasted line', employee: 10, externalIncome: -5 }],
    );
    let doc = getPlan(db, id);
    expect(budget(doc).rows[5].cells).toEqual({ activity: 'Pasted line', employee: 10, externalIncome: -5 });
    expect(budget(doc).rows[6].role).toBe('memo');
    expect(controllable(doc)).toBe(3198.9);
    undo(db, id);
    doc = getPlan(db, id);
    expect(controllable(doc)).toBe(3189.6);
    expect(budget(doc).rows).toHaveLength(8);
    redo(db, id);
    expect(controllable(getPlan(db, id))).toBe(3198.9);
  });

  it('refuses the whole paste when one value is not a number', () => {
    const { db, id, block } = setup();
    expect(() =>
      updateCells(db, block.id, [
        { rowId: block.rows[0].id, column: 'employee', value: 1 },
        { rowId: block.rows[1].id, column: 'employee', value: 'abc' },
      ]),
    ).toThrow(/Cell 2 of 2: Employee Costs.*Nothing was changed/);
    expect(budget(getPlan(db, id)).rows[0].cells.employee).toBe(944.4);
    expect(historyState(db, id)).toEqual({ canUndo: false, canRedo: false });
  });
});

describe('undo and redo', () => {
  it('undoes edits, inserts, moves, deletes and header changes in reverse order, and redoes them', () => {
    const { db, id, block } = setup();
    const original = getPlan(db, id);
    updateCell(db, block.rows[0].id, 'employee', 1);
    const added = insertRow(db, block.id, 0, 'line', { activity: 'Top' });
    moveRow(db, added.id, 3);
    deleteRow(db, block.rows[2].id);
    updateHeader(db, id, { planContact: 'Someone Else', directorate: 'Other Directorate' });
    const edited = getPlan(db, id);
    for (let i = 0; i < 5; i++) undo(db, id);
    const back = getPlan(db, id);
    expect(budget(back).rows).toEqual(budget(original).rows);
    expect(back.header).toEqual(original.header);
    expect(historyState(db, id)).toEqual({ canUndo: false, canRedo: true });
    for (let i = 0; i < 5; i++) redo(db, id);
    const again = getPlan(db, id);
    expect(budget(again).rows).toEqual(budget(edited).rows);
    expect(again.header).toEqual(edited.header);
  });

  it('a new edit after an undo ends the redo history', () => {
    const { db, id, block } = setup();
    updateCell(db, block.rows[0].id, 'employee', 1);
    undo(db, id);
    updateCell(db, block.rows[0].id, 'running', 2);
    expect(historyState(db, id)).toEqual({ canUndo: true, canRedo: false });
    redo(db, id);
    expect(budget(getPlan(db, id)).rows[0].cells).toMatchObject({ employee: 944.4, running: 2 });
  });

  it('keeps the history across a restart', () => {
    const { db, file, id, block } = setup();
    updateCell(db, block.rows[0].id, 'employee', 1);
    db.close();
    const again = openDatabase(file);
    undo(again, id);
    expect(budget(getPlan(again, id)).rows[0].cells.employee).toBe(944.4);
  });

  it('undo with nothing to undo changes nothing', () => {
    const { db, id } = setup();
    const before = getPlan(db, id);
    expect(undo(db, id)).toEqual({ canUndo: false, canRedo: false });
    expect(getPlan(db, id).sections).toEqual(before.sections);
  });
});

describe('totals printed in the source document', () => {
  it('are dropped by the first edit of the table, in the same undoable step', () => {
    const { db, id, block } = setup();
    expect(budget(getPlan(db, id)).meta.printedSummaries).toBeDefined();
    updateCell(db, block.rows[0].id, 'employee', 1000);
    expect(budget(getPlan(db, id)).meta.printedSummaries).toBeUndefined();
    expect(budget(getPlan(db, id)).meta.unitName).toBe('Advisory Service Kent - Secondary');
    undo(db, id);
    expect(budget(getPlan(db, id)).meta.printedSummaries).toEqual({ controllableTotals: { controllable: 3189.6 }, totalCostOfUnit: { controllable: 3279.8 } });
    expect(budget(getPlan(db, id)).rows[0].cells.employee).toBe(944.4);
  });

  it('are dropped when lines are pasted, added or removed', () => {
    const { db, id, block } = setup();
    updateCells(db, block.id, [], [{ activity: 'New' }]);
    expect(budget(getPlan(db, id)).meta.printedSummaries).toBeUndefined();
    undo(db, id);
    expect(budget(getPlan(db, id)).meta.printedSummaries).toBeDefined();
    deleteRow(db, block.rows[1].id);
    expect(budget(getPlan(db, id)).meta.printedSummaries).toBeUndefined();
  });
});
