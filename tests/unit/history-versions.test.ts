/**
 * History of every cell (who and when, with each step), putting an old value back as an undoable step,
 * named versions, "changes since" and compaction of older steps (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { setWho } from '../../electron/services/change-log';
import { updateCell } from '../../electron/services/rows';
import { updateNarrative } from '../../electron/services/narrative';
import { undo, redo } from '../../electron/services/history';
import { historyOf, restoreValue } from '../../electron/services/history-query';
import { autoVersion, compactHistory, listVersions, nameVersion, versionSnapshot } from '../../electron/services/versions';
import { getPlan } from '../../electron/services/plans';
import { prep } from '../../electron/db/statements';
import type { Block } from '../../shared/model/plan';
import os from 'node:os';
import { makeHandlers } from '../../electron/api/handlers';

type Table = Extract<Block, { kind: 'table' }>;

function secondary(doc: ReturnType<ReturnType<typeof sampleDb>['doc']>) {
  const b = doc.sections.flatMap((s) => s.blocks).find((x) => x.kind === 'table' && x.meta.unitName === 'Advisory Service Kent - Secondary') as Table;
  return { block: b, advisers: b.rows.find((r) => r.cells.activity === 'Senior secondary advisers')! };
}

describe('history of a cell', () => {
  it('lists every step with its user and time, and puts an old value back as an undoable step', () => {
    const { db, planId, doc } = sampleDb();
    const { advisers } = secondary(doc());
    setWho(db, 'alice');
    updateCell(db, advisers.id, 'employee', 420);
    setWho(db, 'bob');
    updateCell(db, advisers.id, 'employee', 430.5);
    updateCell(db, advisers.id, 'running', 50); // another cell of the row: not in the cell's history
    setWho(db, 'alice');
    updateCell(db, advisers.id, 'employee', 401);
    const h = historyOf(db, planId, { rowId: advisers.id, column: 'employee' });
    expect(h.map((e) => [e.who, e.old, e.new])).toEqual([
      ['alice', '409.5', '420.0'],
      ['bob', '420.0', '430.5'],
      ['alice', '430.5', '401.0'],
    ]);
    expect(h.every((e) => !Number.isNaN(Date.parse(e.at)) && e.where === 'Secondary › Revenue Budget › Senior secondary advisers › Employee Costs')).toBe(true);
    expect(historyOf(db, planId, { rowId: advisers.id }).length).toBe(4);

    // Put back the value before the first change: a new step, by whoever does it.
    setWho(db, 'carol');
    restoreValue(db, h[0].id);
    const cell = () => secondary(doc()).advisers.cells.employee;
    expect(cell()).toBe(409.5);
    const after = historyOf(db, planId, { rowId: advisers.id, column: 'employee' });
    expect(after.length).toBe(4);
    expect(after[3]).toMatchObject({ who: 'carol', old: '401.0', new: '409.5', restorable: true });
    undo(db, planId);
    expect(cell()).toBe(401);
    redo(db, planId);
    expect(cell()).toBe(409.5);
  });

  it('lists a section’s narrative changes and refuses to put back what only undo can', () => {
    const { db, planId, doc } = sampleDb();
    const purpose = doc().sections.find((s) => s.title === 'Purpose of the Service')!;
    const block = purpose.blocks[0];
    updateNarrative(db, block.id, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We raise standards.' }] }] });
    const h = historyOf(db, planId, { sectionId: purpose.id });
    expect(h.length).toBe(1);
    expect(h[0].where).toBe('Purpose of the Service › text');
    expect(h[0].new).toBe('We raise standards.');
    restoreValue(db, h[0].id);
    expect(getPlan(db, planId).sections.find((s) => s.id === purpose.id)!.blocks[0]).toEqual(block);
  });
});

describe('who', () => {
  it('is the OS user unless the session says otherwise, recorded with each step', () => {
    const { db, planId, doc } = sampleDb();
    const { advisers } = secondary(doc());
    makeHandlers(db).updateCell({ rowId: advisers.id, column: 'employee', value: 1 });
    makeHandlers(db, { who: 'erin' }).updateCell({ rowId: advisers.id, column: 'employee', value: 2 });
    expect(
      makeHandlers(db)
        .history({ planId, rowId: advisers.id })
        .map((e) => e.who),
    ).toEqual([os.userInfo().username, 'erin']);
  });
});

describe('named versions', () => {
  it('names a point, lists changes since it, and keeps the plan as it stood', () => {
    const { db, planId, doc } = sampleDb();
    const { advisers } = secondary(doc());
    updateCell(db, advisers.id, 'employee', 420);
    const v = nameVersion(db, planId, 'as sent to finance, 12 March');
    updateCell(db, advisers.id, 'running', 48);
    const since = historyOf(db, planId, { since: 'as sent to finance, 12 March' });
    expect(since.map((e) => [e.column, e.old, e.new])).toEqual([['running', '47.0', '48.0']]);
    expect(historyOf(db, planId, { since: String(v.id) }).length).toBe(1);
    expect(historyOf(db, planId, { since: '2000-01-01' }).length).toBe(2);
    expect(() => historyOf(db, planId, { since: 'no such version' })).toThrow(/No version called/);
    const snap = versionSnapshot(db, v.id).plan;
    const snapRow = (snap.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.meta.unitName === 'Advisory Service Kent - Secondary') as Table)
      .rows[1];
    expect(snapRow.cells).toMatchObject({ employee: 420, running: 47 });
    // An export names one; exporting again with no change names no other.
    autoVersion(db, planId, 'Budget workbook exported');
    autoVersion(db, planId, 'Budget workbook exported');
    expect(listVersions(db, planId).map((x) => x.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual([
      'as sent to finance, 12 March',
      'Budget workbook exported, DATE',
    ]);
  });

  it('compacts steps before last year’s versions into them, keeping every step of this year’s', () => {
    const { db, planId, doc } = sampleDb();
    const { advisers } = secondary(doc());
    const count = () => prep(db, 'SELECT count(*) AS n FROM change_log WHERE plan_id = ?').get(planId) as { n: number };
    updateCell(db, advisers.id, 'employee', 420);
    updateCell(db, advisers.id, 'employee', 421);
    nameVersion(db, planId, 'last year', new Date('2025-06-01T10:00:00Z'));
    updateCell(db, advisers.id, 'employee', 422);
    nameVersion(db, planId, 'this year', new Date('2026-05-01T10:00:00Z'));
    updateCell(db, advisers.id, 'employee', 423);
    // Naming "this year" compacted everything up to "last year" (before 1 April 2026).
    expect(count().n).toBe(2);
    expect(historyOf(db, planId, { rowId: advisers.id }).map((e) => e.new)).toEqual(['422.0', '423.0']);
    expect(listVersions(db, planId).map((v) => [v.name, v.compacted])).toEqual([
      ['last year', true],
      ['this year', false],
    ]);
    expect(compactHistory(db, planId, new Date('2026-04-01T00:00:00Z'))).toBe(0);
    // Undo stops at the compacted version; new steps number after every version.
    undo(db, planId);
    undo(db, planId);
    expect(secondary(doc()).advisers.cells.employee).toBe(421);
    expect(undo(db, planId).step).toBeUndefined();
    updateCell(db, advisers.id, 'running', 1);
    expect(historyOf(db, planId, { since: 'this year' }).map((e) => e.new)).toEqual(['1.0']);
  });
});
