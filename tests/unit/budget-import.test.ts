import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sampleDb } from './sample-db';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { HEADING_ROW } from '../../electron/excel/budget-layout';
import { previewBudgetImport } from '../../electron/excel/budget-import';
import { applyEdits } from '../../electron/services/edits';
import { undo } from '../../electron/services/history';
import { budgetSummary } from '../../shared/calc/budget-summary';
import { editsFromPreview, changedLineKey } from '../../shared/model/budget-import';

async function edited(buf: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const L = HEADING_ROW + 1; // first line's row

describe('importing a budget workbook finance edited', () => {
  it('reports nothing for an unchanged export', async () => {
    const { doc } = sampleDb();
    const p = await previewBudgetImport(doc(), 'b.xlsx', await budgetWorkbookBuffer(doc()));
    expect(p.units.map((u) => [u.unit, u.changes.length, u.added.length, u.removed.length])).toEqual([
      ['Early Years & Childcare', 0, 0, 0],
      ['Primary', 0, 0, 0],
      ['Secondary', 0, 0, 0],
      ['Professional Development', 0, 0, 0],
      ['Improvement Partnerships', 0, 0, 0],
    ]);
    expect(p.ignoredSheets).toEqual(['Budget summary']);
  });

  it('shows exactly the edited cells, added and removed lines, and applies them as one undoable step', async () => {
    const { db, planId, doc } = sampleDb();
    const before = budgetSummary(doc());
    const buf = await edited(await budgetWorkbookBuffer(doc()), (wb) => {
      const ws = wb.getWorksheet('Secondary')!;
      ws.getCell(`E${L}`).value = 1000; // employee costs, first line
      ws.getCell(`I${L + 1}`).value = '(25.0)'; // external income typed as text with brackets
      ws.spliceRows(L + 2, 1); // finance deletes "14-19 - standards fund"
      ws.spliceRows(L + 3, 0, [], [null, null, 'New coaching project', 1, 50, 10, null, null, null, null, null, 'CW']); // a blank row, then a new line
      const memo = ws.getColumn(3).values.findIndex((v) => v === 'Central Overheads');
      ws.getCell(`K${memo}`).value = 40;
    });
    const p = await previewBudgetImport(doc(), 'finance.xlsx', buf);
    const sec = p.units.find((u) => u.unit === 'Secondary')!;
    expect(sec.changes.map((c) => [c.activity, c.column, c.old, c.new])).toEqual([
      ['Curriculum support and widening opportunities- base', 'employee', 944.4, 1000],
      ['Senior secondary advisers', 'externalIncome', 0, -25],
      ['Central Overheads', 'controllable', 34.3, 40],
    ]);
    expect(sec.added).toEqual([
      { activity: 'New coaching project', cells: { activity: 'New coaching project', fte: 1, employee: 50, running: 10, cabinetMember: 'CW' }, at: 3 },
    ]);
    expect(sec.removed.map((r) => r.activity)).toEqual(['14-19 - standards fund']);
    expect(p.units.filter((u) => u.unit !== 'Secondary').every((u) => !u.changes.length && !u.added.length && !u.removed.length)).toBe(true);

    applyEdits(db, planId, editsFromPreview(p));
    const after = budgetSummary(doc()).units.find((u) => u.unit === 'Secondary')!;
    expect(after.totals.controllable).toBe(3189.6 + 55.6 - 25 - 0 + 60);
    expect(after.totalCost).toBe(3279.8 + 55.6 - 25 + 60 + 5.7);
    undo(db, planId);
    expect(budgetSummary(doc())).toEqual(before);
  });

  it('applies only the lines the reviewer accepted', async () => {
    const { db, planId, doc } = sampleDb();
    const buf = await edited(await budgetWorkbookBuffer(doc()), (wb) => {
      const ws = wb.getWorksheet('Primary')!;
      ws.getCell(`E${L}`).value = 600;
      ws.getCell(`E${L + 1}`).value = 5;
    });
    const p = await previewBudgetImport(doc(), 'f.xlsx', buf);
    const primary = p.units.find((u) => u.unit === 'Primary')!;
    applyEdits(db, planId, editsFromPreview(p, new Set([changedLineKey(primary.changes[1].rowId)])));
    const rows = budgetSummary(doc()).units.find((u) => u.unit === 'Primary')!.block.rows;
    expect([rows[0].cells.employee, rows[1].cells.employee]).toEqual([570.2, 5]);
  });

  it('finds moved columns by their heading and works without the hidden reference column', async () => {
    const { doc } = sampleDb();
    const buf = await edited(await budgetWorkbookBuffer(doc()), (wb) => {
      const ws = wb.getWorksheet('Secondary')!;
      ws.spliceColumns(13, 1); // the hidden line references are gone
      const employee = ws.getColumn(5).values.slice();
      ws.spliceColumns(5, 1); // employee costs moved to the far right
      ws.getColumn(12).values = employee;
      ws.getCell(`L${L}`).value = 999.9;
    });
    const sec = (await previewBudgetImport(doc(), 'f.xlsx', buf)).units.find((u) => u.unit === 'Secondary')!;
    expect(sec.changes.map((c) => [c.activity, c.column, c.new])).toEqual([['Curriculum support and widening opportunities- base', 'employee', 999.9]]);
    expect([sec.added, sec.removed]).toEqual([[], []]);
  });

  it('refuses files that are not our budget layout, not .xlsx, password-protected or malformed, changing nothing', async () => {
    const { doc } = sampleDb();
    const d = doc();
    await expect(previewBudgetImport(d, 'notes.txt', Buffer.from('hello, world'))).rejects.toThrow('notes.txt is not an Excel .xlsx workbook.');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(previewBudgetImport(d, 'locked.xlsx', ole)).rejects.toThrow(/password-protected or an old-style \.xls/);
    const truncated = (await budgetWorkbookBuffer(d)).subarray(0, 3000);
    await expect(previewBudgetImport(d, 'cut.xlsx', truncated)).rejects.toThrow(/could not be read as an \.xlsx workbook/);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Holiday rota';
    await expect(previewBudgetImport(d, 'rota.xlsx', Buffer.from(await other.xlsx.writeBuffer()))).rejects.toThrow(/not a Plan Editor budget workbook/);
    const bad = await edited(await budgetWorkbookBuffer(d), (wb) => (wb.getWorksheet('Primary')!.getCell(`F${L}`).value = 'about 100'));
    await expect(previewBudgetImport(d, 'bad.xlsx', bad)).rejects.toThrow(
      `Sheet "Primary", row ${L}, Running Costs £000's: "about 100" is not a number. Nothing was changed.`,
    );
  });
});
