/**
 * Benchmarks: prints figures and ratios, asserts nothing. Run with `npm run bench`.
 * - one cell edit through the API dispatch (validation, transaction, change log, fsync) against a bare
 *   durable UPDATE with the same pragmas in the same run;
 * - building, importing and reading a synthetic directorate-sized plan.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../electron/db/open';
import { importPlan } from '../electron/services/plan-import';
import { getPlan } from '../electron/services/plans';
import { syntheticPlan } from '../electron/services/synthetic';
import { makeDispatch } from '../electron/api/dispatch';
import { makeHandlers } from '../electron/api/handlers';
import { budgetWorkbookBuffer } from '../electron/excel/budget-workbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-bench-'));
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const f = (n: number) => n.toFixed(3);

function timeIt(n: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < 50; i++) fn(n + i); // warm-up
  return Array.from({ length: n }, (_, i) => {
    const t0 = process.hrtime.bigint();
    fn(i);
    return ms(t0);
  });
}

async function timeAsync(n: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 50; i++) await fn(n + i); // warm-up with other values than the timed run
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    out.push(ms(t0));
  }
  return out;
}

const units = Number(process.env.BENCH_UNITS ?? 25);
let t0 = process.hrtime.bigint();
const plan = syntheticPlan(units);
const build = ms(t0);
const db = openDatabase(path.join(dir, 'plans.db'));
t0 = process.hrtime.bigint();
const planId = importPlan(db, plan);
const importMs = ms(t0);
t0 = process.hrtime.bigint();
const doc = getPlan(db, planId);
const readMs = ms(t0);
const rows = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? b.rows : []));
console.log(`synthetic plan: ${units} units, ${rows.length} rows; generate ${build.toFixed(0)} ms, import ${importMs.toFixed(0)} ms, read whole plan ${readMs.toFixed(0)} ms`);

const lines = rows.filter((r) => r.role === 'line' && 'employee' in r.cells);
const dispatch = makeDispatch(makeHandlers(db));
const N = Number(process.env.BENCH_EDITS ?? 2000);
const edits = await timeAsync(N, async (i) => {
  const r = await dispatch('updateCell', { rowId: lines[i % lines.length].id, column: 'employee', value: 1000 + i + 0.5 }); // a new value every time: an unchanged value is not written
  if (!r.ok) throw new Error(r.error.message);
});

const bare = new Database(path.join(dir, 'bare.db'));
bare.pragma('journal_mode = WAL');
bare.pragma('synchronous = FULL');
bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, cells TEXT)');
const ins = bare.prepare('INSERT INTO t (cells) VALUES (?)');
for (let i = 0; i < 1000; i++) ins.run('{"employee":1}');
const upd = bare.prepare('UPDATE t SET cells = ? WHERE id = ?');
const bareTimes = timeIt(N, (i) => upd.run(`{"employee":${i}}`, (i % 1000) + 1));

const [e50, e99, b50, b99] = [pct(edits, 50), pct(edits, 99), pct(bareTimes, 50), pct(bareTimes, 99)];
console.log(`cell edit via API dispatch: p50 ${f(e50)} ms, p99 ${f(e99)} ms (n=${N})`);
console.log(`bare durable UPDATE:       p50 ${f(b50)} ms, p99 ${f(b99)} ms`);
console.log(`ratio service/bare:        p50 ${(e50 / b50).toFixed(2)}x, p99 ${(e99 / b99).toFixed(2)}x`);
// A 500 x 10 block pasted into a budget table (one step: validation, 5,000 cells, change log, one fsync).
const budget = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.tableKind === 'budget')!;
if (budget.kind !== 'table') throw new Error('no budget');
const inputCols = ['lastYearControllable', 'lastYearFte', 'fte', 'employee', 'running', 'contracts', 'externalIncome', 'internalIncome', 'activity', 'cabinetMember'];
const block = (k: number) => Array.from({ length: 500 }, (_, r) => Object.fromEntries(inputCols.map((c, j) => [c, c === 'activity' ? `Pasted line ${r}` : c === 'cabinetMember' ? 'CW' : (r * 10 + j + k) / 10])));
t0 = process.hrtime.bigint();
let res = await dispatch('updateCells', { blockId: budget.id, changes: [], append: block(0) });
const pasteNew = ms(t0);
if (!res.ok) throw new Error(res.error.message);
const lineIds = (res.result as { id: number }[]).map((r) => r.id).slice(-500);
const changes = lineIds.flatMap((rowId, r) => inputCols.map((column) => ({ rowId, column, value: block(1)[r][column] })));
t0 = process.hrtime.bigint();
res = await dispatch('updateCells', { blockId: budget.id, changes });
const pasteOver = ms(t0);
if (!res.ok) throw new Error(res.error.message);
console.log(`paste 500 x 10: as new lines ${pasteNew.toFixed(0)} ms, over existing lines ${pasteOver.toFixed(0)} ms`);

// Every budget of the plan to a workbook (one sheet per unit plus the summary).
const fresh = getPlan(db, planId);
const exportTimes: number[] = [];
let bytes = 0;
for (let i = 0; i < 5; i++) {
  t0 = process.hrtime.bigint();
  bytes = (await budgetWorkbookBuffer(fresh)).length;
  exportTimes.push(ms(t0));
}
console.log(`export all budgets (${units} units x 40 lines) to xlsx: median ${pct(exportTimes, 50).toFixed(0)} ms, best ${Math.min(...exportTimes).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB`);

db.close();
bare.close();
fs.rmSync(dir, { recursive: true, force: true });
