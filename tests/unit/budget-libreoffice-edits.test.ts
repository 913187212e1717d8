/**
 * The budget workbook's round trip through LibreOffice Calc itself: Calc (driven through Python-UNO) makes
 * each edit a finance officer makes and saves with its own "Excel 2007-365" filter; the import must review
 * exactly what changed, in the user's terms, and applying it must give the plan those values, that order
 * and those notes, as one undoable step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sampleDb } from './sample-db';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { previewBudgetImport } from '../../electron/excel/budget-import';
import { applyEdits } from '../../electron/services/edits';
import { insertRow } from '../../electron/services/rows';
import { undo } from '../../electron/services/history';
import { budgetTables } from '../../shared/calc/budget-summary';
import { editsFromPreview, previewSummary, type BudgetImportPreview, type UnitDiff } from '../../shared/model/budget-import';
import type { PlanDocument } from '../../shared/model/plan';
import { editWithLibreOffice, type LoOp } from '../support/libreoffice-edit';

const S = 'Secondary';
const CASES = {
  unchanged: [],
  deleteLine: [{ op: 'deleteRows', sheet: S, row: 10 }],
  insertLine: [{ op: 'insertRow', sheet: S, row: 10, values: { C: 'Careers guidance pilot', D: 2, E: 80, F: 5, L: 'CW' } }],
  typeOver: [
    { op: 'set', sheet: S, cell: 'H8', value: 500 },
    { op: 'set', sheet: S, cell: 'K13', value: 3000 },
  ],
  sortVisible: [{ op: 'sort', sheet: S, range: 'A8:L12', column: 3 }],
  sortRows: [{ op: 'sort', sheet: S, range: 'A8:M12', column: 3 }],
  comment: [
    { op: 'comment', sheet: S, cell: 'E9', text: 'Check with HR before April' },
    { op: 'comment', sheet: S, cell: 'K13', text: 'Agreed with the CFO' },
  ],
  typeWords: [{ op: 'set', sheet: S, cell: 'H9', value: 'see Fiona' }],
  typeAndDelete: [
    { op: 'set', sheet: S, cell: 'E8', value: 1000 },
    { op: 'deleteRows', sheet: 'Primary', row: 9, count: 2 },
  ],
} satisfies Record<string, LoOp[]>;
type Case = keyof typeof CASES;

const ORIGINAL = [
  'Curriculum support and widening opportunities- base',
  'Senior secondary advisers',
  '14-19 - standards fund',
  'School intervention project - standards fund (ABG)',
  'Secondary strategy - standards fund (ABG and base)',
];
const SORTED = [
  '14-19 - standards fund',
  'Curriculum support and widening opportunities- base',
  'School intervention project - standards fund (ABG)',
  'Secondary strategy - standards fund (ABG and base)',
  'Senior secondary advisers',
];

let files: Record<Case, Buffer>;
beforeAll(async () => {
  const { doc } = sampleDb();
  const names = Object.keys(CASES) as Case[];
  const out = await editWithLibreOffice(
    await budgetWorkbookBuffer(doc()),
    names.map((n) => CASES[n]),
  );
  files = Object.fromEntries(names.map((n, i) => [n, out[i]])) as Record<Case, Buffer>;
}, 180_000);

const unit = (p: BudgetImportPreview, name = S) => p.units.find((u) => u.unit === name)!;
const lines = (doc: PlanDocument, name = S) =>
  budgetTables(doc)
    .find((t) => t.unit === name)!
    .block.rows.filter((r) => r.role === 'line');
const names = (doc: PlanDocument, name = S) => lines(doc, name).map((r) => r.cells.activity);
/** Everything a unit's review can hold, counted: changes, added, removed, order, typed over, comments, notices. */
const quiet = (u: UnitDiff) => [u.changes.length, u.added.length, u.removed.length, u.order, u.typedOver.length, u.comments.length, u.notices.length];

async function review(c: Case) {
  const db = sampleDb();
  const p = await previewBudgetImport(db.doc(), `${c}.xlsx`, files[c]);
  return { ...db, p, apply: () => applyEdits(db.db, db.planId, editsFromPreview(p)) };
}

describe('budget workbooks edited in LibreOffice Calc', () => {
  it('re-saved unchanged: no changes', async () => {
    const { p } = await review('unchanged');
    expect(p.units.map(quiet)).toEqual(p.units.map(() => [0, 0, 0, null, 0, 0, 0]));
    expect(previewSummary(p)).toBe('no changes');
  });

  it('a line deleted (Delete Rows): the line removed, by name, and nothing else', async () => {
    const { p, apply, doc } = await review('deleteLine');
    expect(unit(p).removed.map((r) => r.activity)).toEqual(['14-19 - standards fund']);
    expect(quiet(unit(p))).toEqual([0, 0, 1, null, 0, 0, 0]);
    expect(previewSummary(p)).toBe('1 removed line');
    apply();
    expect(names(doc())).toEqual(ORIGINAL.filter((n) => n !== '14-19 - standards fund'));
  });

  it('a line inserted mid-table: added where finance put it', async () => {
    const { p, apply, doc, db, planId } = await review('insertLine');
    expect(unit(p).added).toEqual([
      { activity: 'Careers guidance pilot', cells: { activity: 'Careers guidance pilot', fte: 2, employee: 80, running: 5, cabinetMember: 'CW' }, at: 2 },
    ]);
    expect(quiet(unit(p))).toEqual([0, 1, 0, null, 0, 0, 0]);
    apply();
    expect(names(doc())).toEqual([...ORIGINAL.slice(0, 2), 'Careers guidance pilot', ...ORIGINAL.slice(2)]);
    undo(db, planId);
    expect(names(doc())).toEqual(ORIGINAL);
  });

  it("figures typed over the plan's formulas: each listed with what the plan computes, none imported", async () => {
    const { p } = await review('typeOver');
    expect(unit(p).typedOver).toEqual([
      {
        rowId: lines(sampleDb().doc())[0].id,
        activity: ORIGINAL[0],
        cell: 'H8',
        column: 'gross',
        heading: "Gross Expenditure £000's",
        typed: 500,
        computed: 1286.2,
      },
      {
        rowId: null,
        activity: 'Controllable Totals',
        cell: 'K13',
        column: 'controllable',
        heading: "Controllable Expenditure £000's",
        typed: 3000,
        computed: 3189.6,
      },
    ]);
    expect(quiet(unit(p))).toEqual([0, 0, 0, null, 2, 0, 0]);
    expect(editsFromPreview(p)).toEqual({ changes: [], added: [], removed: [], order: [] });
    expect(previewSummary(p)).toBe("2 figures typed over the plan's formulas (not imported)");
  });

  it('words typed over a computed figure: shown, not imported, and they refuse nothing', async () => {
    const { p } = await review('typeWords');
    expect(unit(p).typedOver.map((t) => [t.activity, t.cell, t.typed, t.computed])).toEqual([[ORIGINAL[1], 'H9', 'see Fiona', 456.5]]);
    expect(editsFromPreview(p).changes).toEqual([]);
  });

  it('only the visible columns sorted (the hidden references left behind): matched by name, only the order changed', async () => {
    const { p, apply, doc, db, planId } = await review('sortVisible');
    const u = unit(p);
    expect([u.changes, u.added, u.removed]).toEqual([[], [], []]);
    expect(u.notices).toEqual([
      'The hidden "Line ref (do not edit)" column no longer agrees with the names of 5 lines (the sheet was sorted or moved without it), so lines were matched by their names.',
    ]);
    expect(previewSummary(p)).toBe('order changed in 1 unit');
    apply();
    expect(names(doc())).toEqual(SORTED);
    undo(db, planId);
    expect(names(doc())).toEqual(ORIGINAL);
  });

  it('whole rows sorted: order changed, applied as one step', async () => {
    const { p, apply, doc } = await review('sortRows');
    expect(quiet(unit(p)).slice(0, 3)).toEqual([0, 0, 0]);
    expect(unit(p).notices).toEqual([]);
    expect(unit(p).order!.map((id) => lines(doc()).find((r) => r.id === id)!.cells.activity)).toEqual(SORTED);
    expect(unit(p).orderNames).toEqual(SORTED);
    apply();
    expect(names(doc())).toEqual(SORTED);
  });

  it("comments: shown in the review, a line's comment kept as its notes, and they come back unchanged", async () => {
    const { p, apply, doc } = await review('comment');
    const u = unit(p);
    expect(u.comments.map((c) => [c.cell, c.activity, c.text])).toEqual([
      ['E9', 'Senior secondary advisers', 'Check with HR before April'],
      ['K13', 'Controllable Totals', 'Agreed with the CFO'],
    ]);
    expect(u.changes.map((c) => [c.activity, c.column, c.old, c.new])).toEqual([
      ['Senior secondary advisers', 'notes', null, "Employee Costs £000's: Check with HR before April"],
    ]);
    apply();
    expect(lines(doc())[1].cells.notes).toBe("Employee Costs £000's: Check with HR before April");
    // The same workbook again: the line's comment is its notes now; only the totals' comment is news.
    const same = await previewBudgetImport(doc(), 'comment.xlsx', files.comment);
    expect([unit(same).changes, unit(same).comments.map((c) => c.cell)]).toEqual([[], ['K13']]);
    const [again] = await editWithLibreOffice(await budgetWorkbookBuffer(doc()), [[]]);
    const back = await previewBudgetImport(doc(), 'again.xlsx', again);
    expect(previewSummary(back)).toBe('no changes');
  }, 60_000);

  it("a comment's author, as LibreOffice keeps it in the comments part, is shown with it", async () => {
    const zip = await JSZip.loadAsync(files.comment);
    const part = Object.keys(zip.files).find((n) => /^xl\/comments\d*\.xml$/.test(n))!;
    zip.file(part, (await zip.file(part)!.async('string')).replace(/<author>[^<]*<\/author>/, '<author>Fiona Finance</author>'));
    const { doc } = sampleDb();
    const p = await previewBudgetImport(doc(), 'authored.xlsx', Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })));
    expect(unit(p).comments.map((c) => [c.cell, c.author])).toEqual([
      ['E9', 'Fiona Finance'],
      ['K13', 'Fiona Finance'],
    ]);
    expect(unit(p).changes.map((c) => c.new)).toEqual(["Employee Costs £000's: Check with HR before April (Fiona Finance)"]);
  });

  it('a blank line inserted in the app, exported and re-saved unchanged: no changes', async () => {
    const { db, doc } = sampleDb();
    const block = budgetTables(doc()).find((t) => t.unit === S)!.block;
    insertRow(db, block.id, 2, 'line');
    const [buf] = await editWithLibreOffice(await budgetWorkbookBuffer(doc()), [[]]);
    expect(previewSummary(await previewBudgetImport(doc(), 'blank.xlsx', buf))).toBe('no changes');
  }, 60_000);

  it("a typed change on one sheet and two lines deleted on another: both, in the user's terms", async () => {
    const { p } = await review('typeAndDelete');
    expect(unit(p).changes.map((c) => [c.activity, c.heading, c.old, c.new])).toEqual([[ORIGINAL[0], "Employee Costs £000's", 944.4, 1000]]);
    expect(unit(p, 'Primary').removed.map((r) => r.activity)).toEqual(['Quest - PRG', 'Primary strategy - base']);
    expect(previewSummary(p)).toBe('1 changed cell, 2 removed lines');
  });
});
