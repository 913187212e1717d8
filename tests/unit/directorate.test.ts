/**
 * The directorate's view through the command line: the consolidated budget summary across its unit plans
 * (figures from each plan's own budget summary), exported to Excel with live formulas whose cached results
 * are right, and the compendium PDF: the introduction first, then each plan.
 */
import { expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { run } from '../../electron/cli/main';
import { tempDir } from '../support/fixtures';
import { openDatabase } from '../../electron/db/open';
import { duplicatePlan } from '../../electron/services/plan-copy';
import { consolidatedSummary } from '../../electron/services/directorate';

const cli = async (...args: string[]) => {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
};

it('sums every unit of every plan of the directorate, in Excel with live formulas, and prints the compendium', async () => {
  const dir = tempDir();
  const dbFile = path.join(dir, 'p.db');
  await cli('new-sample', dbFile);
  const db = openDatabase(dbFile);
  const name = db.prepare('SELECT name FROM directorate').pluck().get() as string;
  duplicatePlan(db, 2); // a second unit plan in the same directorate
  const s = consolidatedSummary(db, name);
  db.close();
  expect(s.plans.map((p) => [p.division, p.units.length, p.controllable, p.totalCost])).toEqual([
    ['Standards and Achievement Division', 5, 19962.1, 20601.7],
    ['Standards and Achievement Division', 5, 19962.1, 20601.7],
  ]);
  expect([s.controllable, s.totalCost]).toEqual([39924.2, 41203.4]);

  const xlsx = path.join(dir, 'd.xlsx');
  expect((await cli('export', dbFile, '--directorate', name, '--format', 'xlsx', '--out', xlsx)).out).toBe(`Wrote ${xlsx}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet('Directorate summary')!;
  const rows = ws.getRows(1, ws.rowCount)!;
  const total = rows.find((r) => r.getCell(1).value === 'Directorate total')!;
  const value = (ref: string): number => {
    const v = ws.getCell(ref).value as number | ExcelJS.CellFormulaValue;
    if (typeof v === 'number') return v;
    // Evaluate the live formula from the cells it names (SUM over a column range, or a sum of cells).
    const sum = /^SUM\(([A-Z])(\d+):[A-Z](\d+)\)$/.exec(v.formula);
    if (sum) return Array.from({ length: Number(sum[3]) - Number(sum[2]) + 1 }, (_, i) => value(`${sum[1]}${Number(sum[2]) + i}`)).reduce((a, b) => a + b, 0);
    return v.formula
      .split('+')
      .map(value)
      .reduce((a, b) => a + b, 0);
  };
  const d = total.getCell(4).value as ExcelJS.CellFormulaValue;
  expect(d.formula).toMatch(/^D\d+\+D\d+$/);
  expect(d.result).toBe(41203.4);
  expect(Math.round(value(`D${total.number}`) * 10) / 10).toBe(41203.4);
  expect(Math.round(value(`C${total.number}`) * 10) / 10).toBe(39924.2);

  await expect(cli('export', dbFile, '--directorate', 'Nowhere', '--format', 'xlsx', '--out', xlsx)).rejects.toThrow(/No directorate called "Nowhere"/);

  const pdf = path.join(dir, 'd.pdf');
  await cli('export', dbFile, '--directorate', name, '--format', 'pdf', '--out', pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const intro = text.indexOf('Managing Director');
  const secondary = [...text.matchAll(/Advisory Service Kent - Secondary/g)].map((m) => m.index!);
  expect(intro).toBeGreaterThanOrEqual(0);
  expect(secondary.length).toBeGreaterThanOrEqual(2);
  expect(intro).toBeLessThan(secondary[0]);
  expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
}, 120_000);
