/**
 * Find and replace through the real dispatch on the sample plan: the preview lists what would change, applying
 * changes exactly the ticked values in one step, one undo puts every one of them back, and bad input is
 * refused with one sentence and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import type { ReplaceItem, ReplaceResult } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { Block, PlanDocument } from '../../shared/model/plan';
import { docText } from '../../shared/model/richtext';

function setup() {
  const s = sampleDb();
  const errors: unknown[] = [];
  const dispatch = makeDispatch(makeHandlers(s.db), (e) => errors.push(e));
  const call = async <T>(name: string, arg: unknown): Promise<T> => {
    const r = (await dispatch(name, arg)) as ApiResult<T>;
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result;
  };
  const steps = () => (s.db.prepare('SELECT count(DISTINCT step) AS n FROM change_log WHERE plan_id = ? AND undone = 0').get(s.planId) as { n: number }).n;
  return { ...s, dispatch, call, errors, steps };
}

const rowCell = (doc: PlanDocument, rowId: number, column: string) =>
  doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'table' ? b.rows : []))
    .find((r) => r.id === rowId)?.cells[column];
const narrative = (doc: PlanDocument, blockId: number) =>
  docText((doc.sections.flatMap((s) => s.blocks).find((b) => b.id === blockId) as Extract<Block, { kind: 'narrative' }>).doc);

describe('previewReplace', () => {
  it('lists each value that would change, with its place and the text before and after', async () => {
    const { call, planId } = setup();
    const items = await call<ReplaceItem[]>('previewReplace', { planId, find: 'quest', replace: 'Odyssey' });
    expect(items.map((i) => [i.section, i.unit, i.ref, i.column, i.count])).toEqual([
      ['Lead Roles', undefined, undefined, 'target', 1],
      ['Revenue Budget', 'Primary', undefined, 'activity', 1],
      ['Core Service & Forecast Activity Levels', 'Primary', undefined, null, 2],
      ['Projects, Developments & Key Actions', 'Primary', 'Action 2.1.4', 'title', 1],
    ]);
    expect(items[1]).toMatchObject({ before: 'Quest - PRG', after: 'Odyssey - PRG', where: 'Advisory Service Kent - Primary' });
    expect(items[3].before).toMatch(/^Complete the Quest project/);
    expect(items[3].after).toMatch(/^Complete the Odyssey project/);
    // Matching case narrows it: the narrative's "QUEST" no longer matches "Quest".
    const exact = await call<ReplaceItem[]>('previewReplace', { planId, find: 'Quest', replace: 'Odyssey', matchCase: true });
    expect(exact.map((i) => i.section)).toEqual(['Lead Roles', 'Revenue Budget', 'Projects, Developments & Key Actions']);
  });

  it('never lists figures, the plan year or fixed labels', async () => {
    const { call, planId } = setup();
    expect(await call('previewReplace', { planId, find: '446.5', replace: '1' })).toEqual([]);
    expect(await call('previewReplace', { planId, find: 'Central Overheads', replace: 'x' })).toEqual([]);
    const years = await call<ReplaceItem[]>('previewReplace', { planId, find: '2008', replace: '2009', wholeCell: true });
    expect(years.every((i) => i.where !== 'Financial year (first year)')).toBe(true);
  });
});

describe('applyReplace', () => {
  it('changes every matching value in one step, and one undo puts them all back', async () => {
    const { call, planId, doc, steps } = setup();
    const before = doc();
    const stepsBefore = steps();
    const items = await call<ReplaceItem[]>('previewReplace', { planId, find: 'secondary advisers', replace: 'secondary leads' });
    const cell = items.find((i) => i.column === 'activity')!;
    const text = items.find((i) => i.where === 'Text')!;
    expect(await call<ReplaceResult>('applyReplace', { planId, find: 'secondary advisers', replace: 'secondary leads' })).toEqual({ items: 2, occurrences: 3 });
    const after = doc();
    expect(rowCell(after, cell.rowId!, 'activity')).toBe('Senior secondary leads');
    expect(narrative(after, text.blockId!)).toContain('1. Senior secondary leads');
    expect(narrative(after, text.blockId!)).not.toMatch(/secondary advisers/i);
    expect(steps()).toBe(stepsBefore + 1);

    await call('undo', { planId });
    expect(doc().sections).toEqual(before.sections);
    await call('redo', { planId });
    expect(rowCell(doc(), cell.rowId!, 'activity')).toBe('Senior secondary leads');
  });

  it('applies only the ticked values', async () => {
    const { call, planId, doc } = setup();
    const args = { planId, find: 'Quest', replace: 'Odyssey' };
    const items = await call<ReplaceItem[]>('previewReplace', args);
    const action = items.find((i) => i.ref === 'Action 2.1.4')!;
    const budget = items.find((i) => i.column === 'activity')!;
    expect(await call<ReplaceResult>('applyReplace', { ...args, only: [action.id] })).toEqual({ items: 1, occurrences: 1 });
    expect(String(rowCell(doc(), action.rowId!, 'title'))).toMatch(/^Complete the Odyssey project/);
    expect(rowCell(doc(), budget.rowId!, 'activity')).toBe('Quest - PRG');
    expect(await call('previewReplace', args)).toHaveLength(items.length - 1);
  });

  it('header fields, section titles, lists and deliverables, undone together', async () => {
    const { call, planId, doc } = setup();
    const before = doc();
    await call('applyReplace', { planId, find: '2008/9', replace: '2009/10' });
    const after = doc();
    expect(after.header.title).toBe('Annual Business Unit Operational Plan 2009/10');
    expect(after.header.year).toBe(2008);
    expect(JSON.stringify(after.sections)).not.toContain('2008/9');
    await call('applyReplace', { planId, find: 'Carol Parsons', replace: 'C. Parsons', wholeCell: true });
    expect(doc().header.director).toBe('C. Parsons');
    await call('undo', { planId });
    await call('undo', { planId });
    expect(doc().header).toEqual(before.header);
    expect(doc().sections).toEqual(before.sections);
  });

  it('refuses bad input with one sentence and changes nothing', async () => {
    const { dispatch, planId, doc, errors, steps } = setup();
    const before = doc();
    const n = steps();
    expect(await dispatch('applyReplace', { planId, find: '', replace: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'applyReplace: find: enter the text to find', path: 'find' },
    });
    expect(await dispatch('previewReplace', { planId, find: 'x', replace: 'y', matchCase: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', path: 'matchCase' },
    });
    expect(await dispatch('applyReplace', { planId: 99_999, find: 'x', replace: 'y' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('applyReplace', { planId, find: 'x', replace: 'y', only: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', path: 'only' },
    });
    // A section title replaced by nothing, with other good replacements in the same call: none is made.
    const r = await dispatch('applyReplace', { planId, find: 'Risks', replace: '', wholeCell: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: 'Risks – Section title: A section needs a title. Nothing was replaced.' } });
    const mixed = await dispatch('applyReplace', { planId, find: 'Staffing', replace: '' });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(doc()).toEqual(before);
    expect(steps()).toBe(n);
    expect(errors).toEqual([]);
  });
});
