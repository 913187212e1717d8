/** The exported workbook recalculated by LibreOffice gives exactly the app's totals. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sampleDb } from './sample-db';
import { tempDir } from '../support/fixtures';
import { budgetWorkbookBuffer, SUMMARY_SHEET } from '../../electron/excel/budget-workbook';
import { budgetSummary } from '../../shared/calc/budget-summary';
import { summaryRows } from '../../shared/calc/summaries';
import { headingGroups } from '../../shared/model/headings';
import { recalculatedSheets } from '../support/libreoffice';
import { updateCell } from '../../electron/services/rows';

describe('budget workbook recalculated by LibreOffice', () => {
  it('every recalculated total equals the app, after an edit the cached results did not see', async () => {
    const { db, doc } = sampleDb();
    const secondary = budgetSummary(doc()).units.find((u) => u.unit === 'Secondary')!;
    updateCell(db, secondary.block.rows[0].id, 'employee', 1000);
    const d = doc();
    const file = path.join(tempDir(), 'budgets.xlsx');
    fs.writeFileSync(file, await budgetWorkbookBuffer(d));
    const sheets = await recalculatedSheets(file);
    const cols = headingGroups('budget', d.header.year).flatMap((g) => g.columns);
    const summary = budgetSummary(d);
    for (const u of summary.units) {
      const rows = sheets[u.unit];
      expect(rows, u.unit).toBeDefined();
      for (const s of summaryRows('budget', u.block.rows)) {
        const row = rows.find((r) => r[cols.findIndex((c) => c.id === 'activity')] === s.label)!;
        for (const [id, value] of Object.entries(s.cells)) {
          expect(Number(row[cols.findIndex((c) => c.id === id)]), `${u.unit} ${s.label} ${id}`).toBeCloseTo(value, 6);
        }
      }
    }
    const grand = sheets[SUMMARY_SHEET].find((r) => r[0] === 'Total')!;
    expect(Number(grand[7])).toBeCloseTo(summary.grand.totalCost, 6);
    expect(summary.grand.totalCost).toBe(20657.3);
    const sec = sheets.Secondary.find((r) => r[2] === 'Total Cost of Unit')!;
    expect(Number(sec[10])).toBeCloseTo(3335.4, 6);
  }, 120_000);
});
