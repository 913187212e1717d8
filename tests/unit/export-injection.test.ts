/**
 * No user text becomes a live formula in an exported workbook: a plan whose every text is a formula
 * payload ("=HYPERLINK(...)", "+1+1", "@SUM(A1)", a leading tab or carriage return, a DDE "cmd|...")
 * exports with exactly the formulas of the same plan with ordinary text, the payloads as text cells,
 * and LibreOffice, recalculating, finds no other formula and reads every payload back as typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDb } from '../support/fixtures';
import { importSample } from '../../electron/services/sample';
import { exportPlan, importExchange } from '../../electron/services/plan-import';
import { getPlan } from '../../electron/services/plans';
import { budgetWorkbookBuffer } from '../../electron/excel/budget-workbook';
import { planWorkbookBuffer } from '../../electron/excel/plan-workbook';
import type { PlanDocument } from '../../shared/model/plan';
import { PAYLOADS, poisoned, sansSheets, workbookCells, type SheetCells } from '../support/formula-payloads';
import { resaveWithLibreOffice } from '../support/libreoffice-xlsx';
import { hasLibreOffice } from '../support/libreoffice';

let clean: PlanDocument;
let dirty: PlanDocument;

beforeAll(() => {
  const { db } = tempDb();
  const [, unitPlan] = importSample(db);
  const plan = exportPlan(db, unitPlan);
  const [cleanId, dirtyId] = importExchange(db, { format: 'plan-editor/v1', plans: [plan, poisoned(plan)] });
  clean = getPlan(db, cleanId);
  dirty = getPlan(db, dirtyId);
});

const EXPORTS = [
  ['whole-plan workbook', planWorkbookBuffer],
  ['budget workbook', budgetWorkbookBuffer],
] as const;

/** Every payload cell: a text cell with the Text format, its text exactly as stored. */
function payloadCells(cells: SheetCells): Map<string, string> {
  return new Map([...cells.texts].filter(([, t]) => PAYLOADS.includes(t)));
}

describe.each(EXPORTS)('the %s', (_, exportBuffer) => {
  let mine: SheetCells;
  let theirs: SheetCells;
  beforeAll(async () => {
    [mine, theirs] = await Promise.all([workbookCells(await exportBuffer(clean)), workbookCells(await exportBuffer(dirty))]);
  });

  it('holds the payloads as text cells, every one in the Text format', () => {
    const payloads = payloadCells(theirs);
    expect(new Set(payloads.values())).toEqual(new Set(PAYLOADS));
    expect([...payloads.keys()].filter((at) => !theirs.asText.has(at))).toEqual([]);
    expect(payloads.size).toBeGreaterThan(PAYLOADS.length * 5);
  });

  it('has formulas only where the app writes them, the same as with ordinary text', () => {
    expect(theirs.formulas.size).toBeGreaterThan(20);
    expect([...theirs.formulas.keys()]).toEqual([...mine.formulas.keys()]);
    expect([...theirs.formulas.values()].map(sansSheets)).toEqual([...mine.formulas.values()].map(sansSheets));
    // And none of them carries a payload: the app's formulas are SUM, IF and cell references only.
    for (const f of theirs.formulas.values()) expect(sansSheets(f)).toMatch(/^(SUM|IF|AND|ISNUMBER|[A-Z]{1,3}\d+|'…'!|[(),:*+\-"<>=.\d ]|[A-Z ]+")*$/);
  });
});

describe.skipIf(!hasLibreOffice()).each(EXPORTS)('the %s opened in LibreOffice', (_, exportBuffer) => {
  it("recalculates with no formula but the app's, and every payload reads back as typed", async () => {
    const buf = await exportBuffer(dirty);
    const [ours, lo] = [await workbookCells(buf), await workbookCells(await resaveWithLibreOffice(buf))];
    expect([...lo.formulas.keys()].sort()).toEqual([...ours.formulas.keys()].sort());
    const payloads = payloadCells(ours);
    const readBack = [...payloads.keys()].map((at) => [at, lo.texts.get(at)]);
    expect(readBack).toEqual([...payloads]);
  }, 180_000);
});
