/**
 * Stable global ids (migration 3): every plan, section, block and row has a uuid, existing databases get
 * them, the exchange format carries them, and undo, redo and restored sections put back the same ones.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { tempDb, tempDir, smallPlan } from '../support/fixtures';
import { openDatabase } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { exportExchange, importExchange } from '../../electron/services/plan-import';
import { getPlan } from '../../electron/services/plans';
import { deleteRow, insertRow } from '../../electron/services/rows';
import { applyEdits } from '../../electron/services/edits';
import { removeSection, addSection } from '../../electron/services/sections';
import { redo, undo } from '../../electron/services/history';
import { readPlanSnapshot } from '../../electron/services/plan-snapshot';
import { modelViolations } from '../support/model-rules';
import { UUID_PATTERN } from '../../shared/model/plan';
import type { Db } from '../../electron/db/open';

const uuids = (db: Db, table: string) => db.prepare(`SELECT uuid FROM ${table} ORDER BY id`).pluck().all() as string[];
const rowUuid = (db: Db, id: number) => db.prepare('SELECT uuid FROM plan_row WHERE id = ?').pluck().get(id) as string | undefined;

function setup() {
  const { db } = tempDb();
  const [id] = importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan()] });
  return { db, id };
}

describe('stable ids', () => {
  it('migration 3 gives every existing plan, section, block and row a distinct uuid', () => {
    const file = path.join(tempDir(), 'plans.db');
    const v2 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) });
    v2.exec(`
      INSERT INTO directorate (id, name) VALUES (1, 'CFE');
      INSERT INTO plan VALUES (1, 1, 'unit', 'Standards', 'Plan', 2008, 'CW', 'GR', 'AB', 't', 't');
      INSERT INTO plan_section VALUES (1, 1, 0, 1, 'Budget');
      INSERT INTO plan_block VALUES (1, 1, 0, 'table', NULL, 'budget', 'Secondary', '{}');
      INSERT INTO plan_row VALUES (1, 1, 0, 'line', '{"activity":"Advisers"}'), (2, 1, 1, 'line', '{"activity":"Strategy"}');`);
    v2.close();
    const db = openDatabase(file);
    const all = ['plan', 'plan_section', 'plan_block', 'plan_row'].flatMap((t) => uuids(db, t));
    expect(all).toHaveLength(5);
    expect(new Set(all).size).toBe(5);
    for (const u of all) expect(u).toMatch(UUID_PATTERN);
    expect(modelViolations(db)).toEqual([]);
    db.close();
  });

  it('new rows and sections get uuids; exchange JSON carries them and a second import takes fresh ones', () => {
    const { db, id } = setup();
    const block = getPlan(db, id).sections[2].blocks[0];
    const row = insertRow(db, block.id, 0, 'line', { activity: 'New' });
    expect(rowUuid(db, row.id)).toMatch(UUID_PATTERN);
    addSection(db, id, 'Extra', 1);
    const json = exportExchange(db, [id]);
    const snap = readPlanSnapshot(db, id);
    expect(json.plans[0].uuid).toBe(snap.uuid);
    expect(json.plans[0].sections[2].blocks[0]).toMatchObject({ uuid: snap.sections[2].blocks[0].uuid });
    const [copy] = importExchange(db, JSON.parse(JSON.stringify(json)));
    expect(readPlanSnapshot(db, copy).uuid).not.toBe(snap.uuid);
    expect(modelViolations(db)).toEqual([]);
    // In a database without the plan, the same file keeps its ids.
    const other = tempDb().db;
    const [same] = importExchange(other, JSON.parse(JSON.stringify(json)));
    expect(readPlanSnapshot(other, same)).toEqual(snap);
  });

  it('undo of a deleted row, a removed batch of lines and a removed section puts back the same uuids; redo too', () => {
    const { db, id } = setup();
    const before = readPlanSnapshot(db, id);
    const block = getPlan(db, id).sections[2].blocks[0];
    if (block.kind !== 'table') throw new Error('table expected');
    const [first, second] = block.rows;
    deleteRow(db, first.id);
    applyEdits(db, id, { changes: [], added: [{ blockId: block.id, cells: { activity: 'Added' } }], removed: [second.id] });
    removeSection(db, getPlan(db, id).sections[3].id);
    undo(db, id);
    undo(db, id);
    undo(db, id);
    expect(readPlanSnapshot(db, id)).toEqual(before);
    redo(db, id);
    const added = readPlanSnapshot(db, id).sections[2].blocks[0];
    redo(db, id);
    undo(db, id);
    expect(readPlanSnapshot(db, id).sections[2].blocks[0]).toEqual(added);
    expect(modelViolations(db)).toEqual([]);
  });
});
