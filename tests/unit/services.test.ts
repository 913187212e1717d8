import { describe, expect, it } from 'vitest';
import { tempDb, smallPlan } from '../support/fixtures';
import { importExchange, exportPlan } from '../../electron/services/plan-import';
import { getPlan, listPlans, updateHeader, deletePlan } from '../../electron/services/plans';
import { createPlan } from '../../electron/services/plan-create';
import { updateCell, insertRow, deleteRow, moveRow } from '../../electron/services/rows';
import { updateNarrative } from '../../electron/services/narrative';
import { summaryById } from '../../shared/calc/summaries';
import { STANDARD_OUTLINE } from '../../shared/model/standard-outline';
import { ApiError } from '../../shared/api/errors';
import type { Block, PlanDocument } from '../../shared/model/plan';
import { openDatabase, type Db } from '../../electron/db/open';

const tables = (p: PlanDocument) => p.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const budget = (p: PlanDocument) => tables(p).find((t) => t.tableKind === 'budget')!;
const changes = (db: Db) =>
  db.prepare('SELECT entity, field, old, new FROM change_log ORDER BY id').all() as { entity: string; field: string; old: string; new: string }[];

function withPlan() {
  const { db, file } = tempDb();
  const [id] = importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan()] });
  return { db, file, id };
}

describe('plans', () => {
  it('imports a plan and reads it back in document order', () => {
    const { db, id } = withPlan();
    const plan = getPlan(db, id);
    expect(plan.header.division).toBe('Standards and Achievement Division');
    expect(plan.sections.map((s) => [s.title, s.level])).toEqual([
      ['Purpose of the Service', 1],
      ['Secondary', 1],
      ['Revenue Budget', 2],
      ['Risks', 1],
    ]);
    expect(budget(plan).rows).toHaveLength(8);
    expect(summaryById('budget', budget(plan).rows, 'totalCostOfUnit')!.cells.controllable).toBe(3279.8);
    expect(exportPlan(db, id).sections[2].blocks[0]).toMatchObject({ kind: 'table', rows: expect.any(Array), summaries: expect.any(Array) });
  });

  it('refuses a malformed plan file and writes nothing', () => {
    const { db } = tempDb();
    const bad = smallPlan();
    (bad.sections[2].blocks[0] as { rows: { cells: Record<string, unknown> }[] }).rows[0].cells.employee = 'lots';
    expect(() => importExchange(db, { format: 'plan-editor/v1', plans: [smallPlan(), bad] })).toThrow(ApiError);
    expect(listPlans(db)).toEqual([]);
    expect(() => importExchange(db, { hello: 1 })).toThrow(/Not a Plan Editor plan file/);
  });

  it('edits the header, keeps it after reopening, and logs the change', () => {
    const { db, file, id } = withPlan();
    updateHeader(db, id, { planContact: 'Jo Bloggs', year: 2009 });
    db.close();
    const again = openDatabase(file);
    expect(getPlan(again, id).header).toMatchObject({ planContact: 'Jo Bloggs', year: 2009 });
    expect(changes(again).map((c) => [c.field, JSON.parse(c.old), JSON.parse(c.new)])).toEqual([
      ['year', 2008, 2009],
      ['planContact', 'Carrie Beech', 'Jo Bloggs'],
    ]);
  });

  it('refuses an out-of-range year and an empty directorate', () => {
    const { db, id } = withPlan();
    expect(() => updateHeader(db, id, { year: 19999 })).toThrow(/2100/);
    expect(() => updateHeader(db, id, { directorate: '' })).toThrow(ApiError);
    expect(getPlan(db, id).header.year).toBe(2008);
  });

  it('moves a plan to another directorate by name and drops the empty one', () => {
    const { db, id } = withPlan();
    updateHeader(db, id, { directorate: 'Communities Directorate' });
    expect(listPlans(db).map((p) => p.header.directorate)).toEqual(['Communities Directorate']);
    expect(db.prepare('SELECT count(*) FROM directorate').pluck().get()).toBe(1);
  });

  it('creates an empty plan with the standard sections and a section group per unit', () => {
    const { db } = tempDb();
    const p = createPlan(db, {
      header: {
        directorate: 'CFE',
        division: 'Resources',
        title: 'Annual Business Unit Operational Plan',
        year: 2009,
        cabinetMember: '',
        director: '',
        planContact: '',
      },
      units: ['Finance', 'Personnel'],
    });
    const doc = getPlan(db, p.id);
    expect(doc.sections).toHaveLength(STANDARD_OUTLINE.length + 8);
    const titles = doc.sections.map((s) => s.title);
    expect(titles.slice(titles.indexOf('Lead Roles') + 1, titles.indexOf('Lead Roles') + 5)).toEqual([
      'Finance',
      'Revenue Budget',
      'Core Service & Forecast Activity Levels',
      'Projects, Developments & Key Actions',
    ]);
    const b = budget(doc);
    expect(b.rows.map((r) => [r.role, r.cells.activity])).toEqual([
      ['memo', 'Central Overheads'],
      ['memo', 'Directorate Overheads'],
      ['memo', 'Capital Charges'],
    ]);
    const actions = tables(doc).filter((t) => t.tableKind === 'actions');
    expect(actions.map((t) => t.rows[0].cells.title)).toEqual(['Finance', 'Personnel']);
  });

  it('deletes a plan with everything in it', () => {
    const { db, id } = withPlan();
    deletePlan(db, id);
    expect(listPlans(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM plan_row').pluck().get()).toBe(0);
  });
});

describe('cells and rows', () => {
  it('stores an edited figure and the totals follow', () => {
    const { db, id } = withPlan();
    const line = budget(getPlan(db, id)).rows[0];
    const saved = updateCell(db, line.id, 'employee', 1000.04);
    expect(saved.cells.employee).toBe(1000);
    const rows = budget(getPlan(db, id)).rows;
    expect(summaryById('budget', rows, 'controllableTotals')!.cells.controllable).toBe(3245.2);
    expect(summaryById('budget', rows, 'totalCostOfUnit')!.cells.controllable).toBe(3335.4);
    expect(changes(db)).toEqual([
      expect.objectContaining({ entity: 'row', field: 'employee', old: '944.4', new: '1000' }),
      expect.objectContaining({ entity: 'block', field: 'meta' }), // the source's printed totals no longer apply
    ]);
  });

  it('refuses a value that is not a number, a computed column and an unknown column, storing nothing', () => {
    const { db, id } = withPlan();
    const line = budget(getPlan(db, id)).rows[0];
    expect(() => updateCell(db, line.id, 'employee', 'abc')).toThrow(/Employee Costs/);
    expect(() => updateCell(db, line.id, 'gross', 5)).toThrow(/computed/);
    expect(() => updateCell(db, line.id, 'colour', 'red')).toThrow(/no column/);
    expect(() => updateCell(db, line.id, 'employee', 5e9)).toThrow(/at most/);
    expect(() => updateCell(db, 999999, 'employee', 1)).toThrow(/No row/);
    expect(budget(getPlan(db, id)).rows[0].cells.employee).toBe(944.4);
    expect(changes(db)).toHaveLength(0);
  });

  it('lets a memorandum item hold its controllable figure but not a line', () => {
    const { db, id } = withPlan();
    const memo = budget(getPlan(db, id)).rows.find((r) => r.cells.activity === 'Capital Charges')!;
    updateCell(db, memo.id, 'controllable', 12.3);
    expect(summaryById('budget', budget(getPlan(db, id)).rows, 'totalCostOfUnit')!.cells.controllable).toBe(3292.1);
    expect(() => updateCell(db, memo.id, 'employee', 1)).toThrow(/not used/);
  });

  it('clears a cell with null', () => {
    const { db, id } = withPlan();
    const line = budget(getPlan(db, id)).rows[0];
    updateCell(db, line.id, 'running', null);
    expect('running' in budget(getPlan(db, id)).rows[0].cells).toBe(false);
  });

  it('inserts, moves and deletes rows, keeping positions contiguous', () => {
    const { db, id } = withPlan();
    const b = budget(getPlan(db, id));
    const added = insertRow(db, b.id, 1, 'line', { activity: 'New line', employee: 12 });
    let rows = budget(getPlan(db, id)).rows;
    expect(rows[1]).toMatchObject({ id: added.id, cells: { activity: 'New line', employee: 12 } });
    moveRow(db, added.id, 4);
    rows = budget(getPlan(db, id)).rows;
    expect(rows.findIndex((r) => r.id === added.id)).toBe(4);
    deleteRow(db, added.id);
    rows = budget(getPlan(db, id)).rows;
    expect(rows.map((r) => r.cells.activity)).toEqual(b.rows.map((r) => r.cells.activity));
    const positions = db.prepare('SELECT position FROM plan_row WHERE block_id = ? ORDER BY position').pluck().all(b.id);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(() => insertRow(db, b.id, 0, 'objective')).toThrow(/no objective rows/);
  });

  it('replaces a narrative document, refusing script links', () => {
    const { db, id } = withPlan();
    const block = getPlan(db, id).sections[0].blocks[0];
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }] }] };
    updateNarrative(db, block.id, doc);
    expect(getPlan(db, id).sections[0].blocks[0]).toMatchObject({ kind: 'narrative', doc });
    const evil = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    expect(() => updateNarrative(db, block.id, evil)).toThrow(/http/);
    expect(() => updateNarrative(db, block.id, '<p>html</p>')).toThrow(/Not a valid document/);
  });
});
