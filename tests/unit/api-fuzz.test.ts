/**
 * Every call of the contract, fuzzed through the real dispatch over a real database (modest counts here;
 * tests/stress/api-fuzz.mts runs the full counts): no throw, no INTERNAL, no row that breaks the model,
 * and undo/redo of everything still leave a sound database. Then the bugs the fuzzer found, one by one.
 */
import { describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { fuzzApi, fuzzDispatch, fuzzedCalls, prototypePolluted } from '../support/api-fuzz';
import { modelViolations } from '../support/model-rules';
import { CALL_NAMES } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

const SEED = 20_260_101;

describe('API fuzz', () => {
  it('answers thousands of random and near-valid payloads to every call without a crash or a broken row', async () => {
    const { db } = sampleDb();
    const report = await fuzzApi(db, { runs: 120, seed: SEED });
    expect(report.crashes).toEqual([]);
    expect(report.violations).toEqual([]);
    expect(report.undoRedo).toEqual([]);
    expect(prototypePolluted()).toBe(false);
    // Every call was reached, and the near-valid payloads got through validation to the services.
    for (const name of fuzzedCalls()) expect(report.sent[name], name).toBeGreaterThan(0);
    expect(fuzzedCalls().length).toBe(CALL_NAMES.length);
    const total = Object.values(report.sent).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1500);
    for (const name of [
      'updateCell',
      'insertRow',
      'deleteRow',
      'updateNarrative',
      'addSection',
      'undo',
      'redo',
      'createPlan',
      'updateHeader',
      'previewReplace',
      'applyReplace',
    ]) {
      expect(report.codes[name].ok ?? 0, `${name} succeeded sometimes`).toBeGreaterThan(0);
    }
  });
});

/** Regression checks for what the fuzzer found; each failed before its fix. */
describe('API fuzz findings', () => {
  const setup = () => {
    const s = sampleDb();
    const crashes: string[] = [];
    const call = async (name: string, arg: unknown): Promise<ApiResult<unknown>> => fuzzDispatch(s.db, crashes)(name, arg);
    const one = <T>(sql: string, ...args: unknown[]) => s.db.prepare(sql).get(...args) as T;
    return { ...s, crashes, call, one };
  };

  it("addSection: an unknown plan is NOT_FOUND (was a foreign-key crash), another plan's section is refused (was a gap in positions)", async () => {
    const { db, planId, call, crashes, one } = setup();
    expect((await call('addSection', { planId: 999_999, title: 'X', level: 1 })) as unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const other = one<{ id: number }>('SELECT id FROM plan_section WHERE plan_id <> ? LIMIT 1', planId).id;
    expect(await call('addSection', { planId, title: 'X', level: 2, afterSectionId: other })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', path: 'afterSectionId' },
    });
    expect(crashes).toEqual([]);
    expect(modelViolations(db)).toEqual([]);
  });

  it('applyEdits and updateCells add no plain line to a table that has none (actions)', async () => {
    const { db, planId, call, one } = setup();
    const actions = one<{ id: number }>(
      `SELECT b.id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? AND b.table_kind = 'actions'`,
      planId,
    ).id;
    expect(await call('applyEdits', { planId, changes: [], added: [{ blockId: actions, cells: {} }], removed: [] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(await call('updateCells', { blockId: actions, changes: [], append: [{}] })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(modelViolations(db)).toEqual([]);
  });

  it('applyEdits removes a row listed twice once (was a crash), and undo puts it back', async () => {
    const { db, planId, call, crashes, one } = setup();
    const line = one<{ id: number }>(
      `SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? AND r.role = 'line'`,
      planId,
    ).id;
    expect(await call('applyEdits', { planId, changes: [], added: [], removed: [line, line] })).toEqual({
      ok: true,
      result: { changed: 0, added: 0, removed: 1 },
    });
    expect(one('SELECT id FROM plan_row WHERE id = ?', line)).toBeUndefined();
    expect((await call('undo', { planId })).ok).toBe(true);
    expect(one('SELECT id FROM plan_row WHERE id = ?', line)).toEqual({ id: line });
    expect(crashes).toEqual([]);
    expect(modelViolations(db)).toEqual([]);
  });

  it('a directorate of spaces is refused, and padding is trimmed before it is stored or logged', async () => {
    const { db, planId, call } = setup();
    expect(await call('updateHeader', { planId, patch: { directorate: '   ' } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', path: 'patch.directorate' },
    });
    const header = { directorate: ' ', division: '', title: '', year: 2009, cabinetMember: '', director: '', planContact: '' };
    expect(await call('createPlan', { header, units: [] })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await call('updateHeader', { planId, patch: { directorate: '  Padded  ' } })).toMatchObject({
      ok: true,
      result: { header: { directorate: 'Padded' } },
    });
    await call('undo', { planId });
    await call('redo', { planId });
    expect(modelViolations(db)).toEqual([]);
  });

  it("another plan's new rows and sections never take an id this plan's undo or redo will put back (was UNIQUE constraint failed)", async () => {
    const { db, planId, call, crashes, one } = setup();
    const header = { directorate: 'Other', division: 'B', title: 'B', year: 2009, cabinetMember: '', director: '', planContact: '' };
    const other = ((await call('createPlan', { header, units: ['Unit'] })) as { result: { id: number } }).result.id;
    const tableOf = (p: number) =>
      one<{ id: number }>(`SELECT b.id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? AND b.table_kind = 'budget'`, p).id;
    // This plan: a new row (the highest id) and a new section, both undone.
    const row = ((await call('insertRow', { blockId: tableOf(planId), position: 0, role: 'line', cells: {} })) as { result: { id: number } }).result.id;
    const section = ((await call('addSection', { planId, title: 'New', level: 1 })) as { result: { sectionId: number } }).result.sectionId;
    await call('undo', { planId });
    await call('undo', { planId });
    // The other plan adds a row, a line by paste, a section.
    const r2 = ((await call('insertRow', { blockId: tableOf(other), position: 0, role: 'line', cells: {} })) as { result: { id: number } }).result.id;
    expect(await call('applyEdits', { planId: other, changes: [], added: [{ blockId: tableOf(other), cells: {} }], removed: [] })).toMatchObject({ ok: true });
    const s2 = ((await call('addSection', { planId: other, title: 'Other', level: 1 })) as { result: { sectionId: number } }).result.sectionId;
    expect([r2, s2]).not.toContain(row);
    expect(s2).not.toBe(section);
    expect(await call('redo', { planId })).toMatchObject({ ok: true });
    expect(await call('redo', { planId })).toMatchObject({ ok: true, result: { canRedo: false } });
    expect(one('SELECT id FROM plan_row WHERE id = ?', row)).toEqual({ id: row });
    expect(one('SELECT id FROM plan_section WHERE id = ?', section)).toEqual({ id: section });
    expect(crashes).toEqual([]);
    expect(modelViolations(db)).toEqual([]);
  });

  it('a narrative nested thousands deep is BAD_REQUEST (was a stack overflow, INTERNAL)', async () => {
    const { planId, call, crashes, one } = setup();
    const block = one<{ id: number }>(
      `SELECT b.id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? AND b.kind = 'narrative'`,
      planId,
    ).id;
    let node: unknown = { type: 'paragraph' };
    for (let i = 0; i < 5000; i++) node = { type: 'blockquote', content: [node] };
    expect(await call('updateNarrative', { blockId: block, doc: { type: 'doc', content: [node] } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(crashes).toEqual([]);
  });
});
