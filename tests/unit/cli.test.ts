import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, UsageError } from '../../electron/cli/main';
import { ArgumentError } from '../../electron/cli/cli-api';
import { tempDir } from '../support/fixtures';
import { exchangeSchema } from '../../shared/model/plan';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await run(args, (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}

describe('plan-editor command line', async () => {
  it('creates the sample, lists it, exports it as JSON whose budget totals match the seed, and checks it', async () => {
    const db = path.join(tempDir(), 'p.db');
    expect((await cli('new-sample', db)).code).toBe(0);
    const list = (await cli('list', db)).out.split('\n').map((l) => l.split('\t'));
    expect(list).toEqual([
      ['1', "Managing Director's Introduction 2008/9", '2008/09'],
      ['2', 'Standards and Achievement Division: Annual Business Unit Operational Plan 2008/9', '2008/09'],
    ]);
    const out = path.join(tempDir(), 'p.json');
    expect((await cli('export', db, '--plan', '2', '--format', 'json', '--out', out)).code).toBe(0);
    const file = exchangeSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const budgets = file.plans[0].sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table' && b.tableKind === 'budget');
    const totals = Object.fromEntries(
      budgets.map((b) => [
        (b as { meta: { unitName: string } }).meta.unitName,
        (b as { summaries: { id: string; cells: Record<string, number> }[] }).summaries.map((s) => s.cells.controllable),
      ]),
    );
    expect(totals).toEqual({
      'Advisory Service Kent - Early Years': [5769.6, 5925.3],
      'Advisory Service Kent - Primary': [4623.3, 4751.9],
      'Advisory Service Kent - Secondary': [3189.6, 3279.8],
      'Advisory Service Kent - Professional Development': [2893.8, 3032.7],
      'Advisory Service Kent - Improvement Partnerships': [3485.8, 3612.0],
    });
    const check = await cli('check', db);
    expect(check.code).toBe(0);
    expect(check.out).toContain('Advisory Service Kent - Secondary: Total Cost of Unit 3,279.8');
    expect(check.out).toContain('No problems found.');
  });

  it('creates a synthetic plan of N units with about 40 lines, 200 actions and 1,000 deliverables each', async () => {
    const db = path.join(tempDir(), 's.db');
    expect((await cli('new-synthetic', db, '--units', '2')).code).toBe(0);
    const out = path.join(tempDir(), 's.json');
    await cli('export', db, '--plan', '1', '--format', 'json', '--out', out);
    const plan = exchangeSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8'))).plans[0];
    const rows = plan.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows.filter((r) => r.role === 'action')).toHaveLength(400);
    expect(rows.filter((r) => r.role === 'line' && 'employee' in r.cells)).toHaveLength(80);
    expect(rows.flatMap((r) => (r.cells.deliverables as unknown[] | undefined) ?? [])).toHaveLength(2000);
  });

  it('reports bad arguments and missing files in one line with a non-zero exit', async () => {
    const dir = tempDir();
    await expect(cli('list', path.join(dir, 'missing.db'))).rejects.toThrow(UsageError);
    await expect(cli('frobnicate')).rejects.toThrow(/unknown command/);
    await expect(cli('new-synthetic', path.join(dir, 'x.db'), '--units', 'many')).rejects.toThrow(/whole number/);
    const db = path.join(dir, 'p.db');
    await cli('new-sample', db);
    await expect(cli('new-sample', db)).rejects.toThrow(/already exists/);
    await expect(cli('export', db, '--plan', '99', '--format', 'json', '--out', path.join(dir, 'x.json'))).rejects.toThrow(/No plan with id 99/);
    await expect(cli('export', db, '--plan', '2', '--format', 'odt', '--out', path.join(dir, 'x.odt'))).rejects.toThrow(
      /unknown format odt; use json, xlsx, pdf or docx/,
    );
    await expect(cli('export', db, '--plan')).rejects.toThrow(/needs a value/);
  });

  it("refuses an argument the API's contract does not accept in one sentence naming the option, changing nothing", async () => {
    const dir = tempDir();
    const db = path.join(dir, 'p.db');
    await cli('new-sample', db);
    const longSince = cli('history', db, '--plan', '2', '--since', 'x'.repeat(201));
    await expect(longSince).rejects.toBeInstanceOf(ArgumentError);
    await expect(longSince).rejects.toThrow(/^--since: Too big: expected string to have <=200 characters \(see plan-editor --help\)$/);
    const out = path.join(dir, 'd.xlsx');
    await expect(cli('export', db, '--directorate', '', '--format', 'xlsx', '--out', out)).rejects.toThrow(
      /^--directorate: Too small: expected string to have >=1 characters/,
    );
    await expect(cli('export', db, '--plan', '2', '--format', 'xlsx', '--unit', 'u'.repeat(301), '--out', out)).rejects.toThrow(
      /^--unit: Too big: expected string to have <=300 characters/,
    );
    expect(fs.existsSync(out)).toBe(false);
    // A service's own refusal keeps its sentence.
    await expect(cli('history', db, '--plan', '2', '--since', 'last week')).rejects.toThrow(
      'No version called “last week” and not a date (write dates as 2026-03-12).',
    );
  });

  it('exports the budget workbook and imports an edited copy, applying only with --apply', async () => {
    const db = path.join(tempDir(), 'p.db');
    await cli('new-sample', db);
    const xlsx = path.join(tempDir(), 'b.xlsx');
    expect((await cli('export', db, '--plan', '2', '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    const one = path.join(tempDir(), 'one.xlsx');
    await cli('export', db, '--plan', '2', '--format', 'xlsx', '--unit', 'Primary', '--out', one);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets).toHaveLength(6);
    wb.getWorksheet('Secondary')!.getCell('E8').value = 1000;
    await wb.xlsx.writeFile(xlsx);
    const dry = await cli('import', db, '--plan', '2', '--xlsx', xlsx);
    expect(dry.out).toContain("changed  Curriculum support and widening opportunities- base | Employee Costs £000's: 944.4 -> 1,000.0");
    expect(dry.out).toContain('Primary (sheet "Primary"): no changes');
    expect((await cli('check', db)).out).toContain('Secondary: Controllable Totals 3,189.6');
    const applied = await cli('import', db, '--plan', '2', '--xlsx', xlsx, '--apply');
    expect(applied.out).toContain('Applied: 1 cell changed, 0 lines added, 0 lines removed');
    expect((await cli('check', db)).out).toContain('Secondary: Controllable Totals 3,245.2');
    const ExcelOne = new ExcelJS.Workbook();
    await ExcelOne.xlsx.readFile(one);
    expect(ExcelOne.worksheets.map((w) => w.name)).toEqual(['Primary']);
  });

  it('writes the whole plan as a workbook (--all) and the print layout as PDF, all or named sections', async () => {
    const db = path.join(tempDir(), 'p.db');
    await cli('new-sample', db);
    const dir = tempDir();
    await cli('export', db, '--plan', '2', '--format', 'xlsx', '--all', '--out', path.join(dir, 'all.xlsx'));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'all.xlsx'));
    expect(wb.worksheets[0].name).toBe('Contents');
    expect(wb.worksheets).toHaveLength(19);
    await cli('export', db, '--plan', '2', '--format', 'pdf', '--sections', 'Risks,Lead Roles', '--out', path.join(dir, 'p.pdf'));
    const info = spawnSync('pdfinfo', [path.join(dir, 'p.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+841\.9\d x 59[45]\.\d+ pts \(A4\)|Page size:\s+594\.9\d x 841\.9\d pts \(A4\)/);
    const text = spawnSync('pdftotext', ['-layout', path.join(dir, 'p.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Lead Roles');
    expect(text).toContain('Primary Attainment');
    expect(text).not.toContain('Advisory Service Kent - Secondary');
    await expect(cli('export', db, '--plan', '2', '--format', 'pdf', '--sections', 'Nope', '--out', path.join(dir, 'x.pdf'))).rejects.toThrow(
      /no section called "nope"/,
    );
  }, 60_000);

  it('runs as the installed command: --help, and a one-line error with exit code 2 for bad usage', async () => {
    const bin = path.resolve('bin/plan-editor.cjs');
    if (!fs.existsSync('dist/node/cli.cjs')) throw new Error('run npm run build first');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('new-sample DB');
    const bad = spawnSync(process.execPath, [bin, 'list', '/nonexistent/plans.db'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual(['plan-editor: no such database: /nonexistent/plans.db']);
    const junk = path.join(tempDir(), 'junk.db');
    fs.writeFileSync(junk, 'not a database at all, just text'.repeat(100));
    // The built command reads workbooks in a worker thread (dist/node/import-worker.cjs).
    const db = path.join(tempDir(), 'w.db');
    spawnSync(process.execPath, [bin, 'new-sample', db]);
    const xlsx = path.join(tempDir(), 'b.xlsx');
    spawnSync(process.execPath, [bin, 'export', db, '--plan', '2', '--format', 'xlsx', '--out', xlsx]);
    const review = spawnSync(process.execPath, [bin, 'import', db, '--plan', '2', '--xlsx', xlsx], { encoding: 'utf8' });
    expect(review.status).toBe(0);
    expect(review.stdout).toContain('Secondary (sheet "Secondary"): no changes');
    const refused = spawnSync(process.execPath, [bin, 'history', db, '--plan', '2', '--since', 'x'.repeat(201)], { encoding: 'utf8' });
    expect([refused.status, refused.stderr]).toEqual([2, 'plan-editor: --since: Too big: expected string to have <=200 characters (see plan-editor --help)\n']);
    const notXlsx = spawnSync(process.execPath, [bin, 'import', db, '--plan', '2', '--xlsx', junk], { encoding: 'utf8' });
    expect([notXlsx.status, notXlsx.stderr]).toEqual([1, 'plan-editor: junk.db is not an Excel .xlsx workbook.\n']);
    const corrupt = spawnSync(process.execPath, [bin, 'check', junk], { encoding: 'utf8' });
    expect(corrupt.status).toBe(1);
    expect(corrupt.stderr).toMatch(
      /^plan-editor: .*damaged or not a Plan Editor database.*It has not been changed; open it in Plan Editor to recover from a backup\.\n$/,
    );
  });
});
