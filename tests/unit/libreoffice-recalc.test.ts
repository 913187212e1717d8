// Self-test for tests/support/libreoffice.ts: the cached formula results written below are
// deliberately wrong (999), so correct sums prove LibreOffice really recalculated.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLibreOffice, parseCsv, recalculatedSheets } from '../support/libreoffice';

const INSTALL = 'LibreOffice is required for this test (CI installs it): apt-get install -y --no-install-recommends libreoffice-calc-nogui';

let dir: string;
let xlsx: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lo-recalc-test-'));
  xlsx = join(dir, 'recalc check.xlsx');
  const wb = new ExcelJS.Workbook();
  const secondary = wb.addWorksheet('Secondary');
  secondary.addRow(['Line', 'Amount']);
  secondary.addRow(['Staff, salaries and on-costs', 944.4]);
  secondary.addRow(['Running "costs"', 341.8]);
  secondary.addRow(['External income', -160]);
  secondary.addRow(['Total', { formula: 'SUM(B2:B4)', result: 999 }]);
  secondary.getCell('B5').numFmt = '#,##0.0';
  const summary = wb.addWorksheet('Budget summary');
  summary.addRow(['Unit', 'Controllable', 'Doubled']);
  summary.addRow(['Secondary', { formula: 'Secondary!B5', result: 999 }, { formula: 'B2*2', result: 999 }]);
  summary.addRow(['Big', 1234567.5, { formula: "SUM('Budget summary'!B2:B3)", result: 999 }]);
  summary.getCell('B3').numFmt = '#,##0.0';
  await wb.xlsx.writeFile(xlsx);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('recalculatedSheets (LibreOffice headless)', () => {
  it('is installed', () => {
    expect(hasLibreOffice(), INSTALL).toBe(true);
  });

  it('recalculates every formula instead of keeping cached results', async () => {
    const sheets = await recalculatedSheets(xlsx);
    expect(Object.keys(sheets)).toEqual(['Secondary', 'Budget summary']);

    const secondary = sheets['Secondary'];
    expect(secondary[1]).toEqual(['Staff, salaries and on-costs', '944.4']);
    expect(secondary[2]).toEqual(['Running "costs"', '341.8']);
    expect(secondary[4][0]).toBe('Total');
    expect(secondary[4][1]).not.toBe('999');
    expect(Number(secondary[4][1])).toBeCloseTo(1126.2, 9);

    const summary = sheets['Budget summary'];
    expect(Number(summary[1][1])).toBeCloseTo(1126.2, 9); // cross-sheet reference
    expect(Number(summary[1][2])).toBeCloseTo(2252.4, 9);
    expect(summary[2][1]).toBe('1234567.5'); // raw value, not "1,234,567.5"
    expect(Number(summary[2][2])).toBeCloseTo(1235693.7, 9);
  }, 120_000);

  it('copes with concurrent conversions (each gets its own profile)', async () => {
    const [a, b] = await Promise.all([recalculatedSheets(xlsx), recalculatedSheets(xlsx)]);
    expect(a).toEqual(b);
    expect(Number(a['Budget summary'][1][1])).toBeCloseTo(1126.2, 9);
  }, 120_000);

  it('reports a clear error for a file LibreOffice cannot load', async () => {
    const junk = join(dir, 'junk.xlsx');
    await writeFile(junk, 'not a workbook');
    await expect(recalculatedSheets(junk)).rejects.toThrow(/conversion of .*junk\.xlsx failed[\s\S]*(could not be loaded|Please verify input parameters)/); // LibreOffice 7.4 opens it as text, then cannot store it
  }, 120_000);
});

describe('parseCsv', () => {
  it('handles quoted commas, quotes and newlines', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\n1,,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
