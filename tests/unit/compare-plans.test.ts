/**
 * Comparing plans (issue 15): the sample with its roll-forward after three edits lists exactly those
 * edits; a plan against a named version; words marked in narrative; the change report workbook.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sampleDb } from './sample-db';
import { rollForwardPlan } from '../../electron/services/roll-forward';
import { getPlan } from '../../electron/services/plans';
import { updateCell } from '../../electron/services/rows';
import { updateNarrative } from '../../electron/services/narrative';
import { deleteRow } from '../../electron/services/rows';
import { comparison } from '../../electron/services/compare';
import { nameVersion } from '../../electron/services/versions';
import { changeReportBuffer } from '../../electron/excel/change-report';
import { wordDiff } from '../../shared/calc/word-diff';
import type { Block, PlanDocument } from '../../shared/model/plan';
import type { RichDoc } from '../../shared/model/richtext';
import path from 'node:path';
import { tempDir } from '../support/fixtures';
import { AppDatabase } from '../../electron/app-database';
import fs from 'node:fs';
import { recalculatedSheets } from '../support/libreoffice';
import { makeHandlers } from '../../electron/api/handlers';

type Table = Extract<Block, { kind: 'table' }>;
const tableOf = (doc: PlanDocument, pick: (b: Table) => boolean) => doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && pick(b)) as Table;

function rolledWithThreeEdits() {
  const { db, planId } = sampleDb();
  const next = rollForwardPlan(db, planId, { actions: 'all' });
  const doc = getPlan(db, next.id);
  const budget = tableOf(doc, (b) => b.meta.unitName === 'Advisory Service Kent - Secondary');
  updateCell(db, budget.rows[1].id, 'employee', 420); // Senior secondary advisers: 409.5 -> 420
  const kpi = tableOf(doc, (b) => b.tableKind === 'kpi');
  updateCell(db, kpi.rows[0].id, 'targetNextYear', '82%');
  const purpose = doc.sections.find((s) => s.title === 'Purpose of the Service')!.blocks[0] as { id: number; doc: RichDoc };
  const edited = structuredClone(purpose.doc);
  const p = edited.content[0] as { content: { type: 'text'; text: string }[] };
  p.content[0].text = p.content[0].text.replace('raise standards', 'lift standards');
  updateNarrative(db, purpose.id, edited);
  return { db, planId, next: next.id, budget, kpi };
}

describe('comparing plans', () => {
  it('finds nothing between the sample and its unedited roll-forward', () => {
    const { db, planId } = sampleDb();
    const next = rollForwardPlan(db, planId, { actions: 'all' });
    const c = comparison(db, next.id, {});
    expect(c.rolled).toBe(true);
    expect(c.changes).toEqual([]);
    expect(c.before.year).toBe(2008);
    expect(c.after.year).toBe(2009);
  });

  it('lists exactly three edits made to the roll-forward, with the budget difference and percentage', () => {
    const { db, next } = rolledWithThreeEdits();
    const c = comparison(db, next, {});
    expect(c.changes.map((x) => [x.where, x.before, x.after])).toEqual(
      [
        ['Planning Context & Priorities › Key Performance Indicators › Percentage of pupils achieving Level 4 in Key Stage 2 English test › Target', '', '82%'],
        ['Purpose of the Service › text', 'raise', 'lift'],
        ["Secondary › Revenue Budget › Senior secondary advisers › Employee Costs £000's", '409.5', '420.0'],
      ].sort((a, b) => c.changes.findIndex((x) => x.where === a[0]) - c.changes.findIndex((x) => x.where === b[0])),
    );
    const emp = c.changes.find((x) => x.where.endsWith("Employee Costs £000's"))!;
    expect(emp.diff).toBe(10.5);
    expect(emp.pct).toBeCloseTo(10.5 / 409.5, 10);
    // Budgets line by line: every Secondary line, its controllable before and after.
    const sec = c.sections.find((s) => s.path === 'Secondary › Revenue Budget')!;
    const lines = (sec.blocks[0] as { lines: { label: string; before: number; after: number; diff: number }[] }).lines;
    expect(lines.map((l) => [l.before, l.after, l.diff])).toEqual([
      [1126.2, 1126.2, 0],
      [456.5, 467, 10.5],
      [0, 0, 0],
      [102.4, 102.4, 0],
      [1504.5, 1504.5, 0],
    ]);
    expect(c.sections.find((s) => s.path === 'Purpose of the Service')!.status).toBe('changed');
  });

  it('compares a plan with a named version, rows removed included', () => {
    const { db, planId } = sampleDb();
    const v = nameVersion(db, planId, 'as sent to finance');
    const risks = tableOf(getPlan(db, planId), (b) => b.tableKind === 'risks');
    deleteRow(db, risks.rows[1].id);
    const c = comparison(db, planId, { withVersionId: v.id });
    expect(c.rolled).toBe(false);
    expect(c.before.label).toContain('as sent to finance');
    expect(c.changes.map((x) => [x.where.split(' › ')[0], x.before])).toEqual([['Risks', 'row']]);
  });

  it('compares a plan with one of the app’s backups, which is only read', async () => {
    const app = await AppDatabase.open(path.join(tempDir(), 'plans.db'));
    try {
      const h = makeHandlers(app);
      const planId = h.listPlans().find((p) => p.kind === 'unit')!.id;
      const risks = tableOf(h.getPlan({ planId }), (b) => b.tableKind === 'risks');
      h.updateCell({ rowId: risks.rows[0].id, column: 'impact', value: 5 });
      const backup = await h.backupNow();
      h.updateCell({ rowId: risks.rows[0].id, column: 'likelihood', value: 2 });
      const c = h.comparePlans({ planId, withBackup: backup.name });
      expect(c.before.label).toContain(`backup ${backup.name}`);
      expect(c.changes.map((x) => [x.where.replace(/ › .*›/, ' › … ›'), x.before, x.after])).toEqual([['Risks › … › Likelihood (1-5)', '4', '2']]);
      expect(() => h.comparePlans({ planId, withBackup: 'plans-nothing.db' })).toThrow(/No backup called/);
    } finally {
      app.close();
    }
  });

  it('marks narrative changes word by word', () => {
    expect(wordDiff('we will raise standards in schools', 'we will lift standards in all schools')).toEqual([
      { op: 'same', text: 'we will' },
      { op: 'del', text: 'raise' },
      { op: 'add', text: 'lift' },
      { op: 'same', text: 'standards in' },
      { op: 'add', text: 'all' },
      { op: 'same', text: 'schools' },
    ]);
  });

  it('writes a change report with live difference formulas and their results', async () => {
    const { db, next } = rolledWithThreeEdits();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await changeReportBuffer(comparison(db, next, {}))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Changes')!;
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.length).toBe(2 + 3);
    const emp = ws.getRows(3, 3)!.find((r) => String(r.getCell(1).value).includes('Employee Costs'))!;
    expect([emp.getCell(2).value, emp.getCell(3).value]).toEqual([409.5, 420]);
    expect(emp.getCell(4).value).toEqual({ formula: `C${emp.number}-B${emp.number}`, result: 10.5 });
    expect((emp.getCell(5).value as { formula: string }).formula).toBe(`IF(B${emp.number}=0,"",(C${emp.number}-B${emp.number})/ABS(B${emp.number}))`);
    const bs = wb.getWorksheet('Budgets')!;
    const adv = bs
      .getRows(2, bs.rowCount - 1)!
      .find((r) => r.getCell(2).value === 'Senior secondary advisers' && r.getCell(1).value === 'Secondary › Revenue Budget')!;
    expect([adv.getCell(3).value, adv.getCell(4).value, (adv.getCell(5).value as { result: number }).result]).toEqual([456.5, 467, 10.5]);
  });

  it('its formulas give the same differences when LibreOffice recalculates them', async () => {
    const { db, next } = rolledWithThreeEdits();
    const file = path.join(tempDir(), 'changes.xlsx');
    fs.writeFileSync(file, await changeReportBuffer(comparison(db, next, {})));
    const sheets = await recalculatedSheets(file);
    const emp = sheets['Changes'].find((r) => r[0].includes('Employee Costs'))!;
    // LibreOffice's CSV writes raw values: the percentage unrounded.
    expect(emp.slice(1, 4)).toEqual(['409.5', '420', '10.5']);
    expect(parseFloat(emp[4])).toBeCloseTo((10.5 / 409.5) * 100, 9);
    const adv = sheets['Budgets'].find((r) => r[0] === 'Secondary › Revenue Budget' && r[1] === 'Senior secondary advisers')!;
    expect(adv.slice(2, 5)).toEqual(['456.5', '467', '10.5']);
    expect(parseFloat(adv[5])).toBeCloseTo((10.5 / 456.5) * 100, 9);
    // A line with no change: difference 0, and a line with nothing last year: no percentage.
    const zero = sheets['Budgets'].find((r) => r[0] === 'Secondary › Revenue Budget' && r[1] === '14-19 - standards fund')!;
    expect(zero.slice(2)).toEqual(['0', '0', '0', '']);
  }, 120_000);
});
