/**
 * Benchmarks: prints figures and ratios, asserts nothing. Run with `npm run bench`.
 * - building, importing and reading a synthetic directorate-sized plan; pasting and exporting it;
 * - then bench/edit-vs-update.mts: one cell edit through the API dispatch (validation, transaction, change
 *   log, fsync) against a bare durable UPDATE, interleaved in one loop.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
console.log(
  `synthetic plan: ${units} units, ${rows.length} rows; generate ${build.toFixed(0)} ms, import ${importMs.toFixed(0)} ms, read whole plan ${readMs.toFixed(0)} ms`,
);

const dispatch = makeDispatch(makeHandlers(db));
// A 500 x 10 block pasted into a budget table (one step: validation, 5,000 cells, change log, one fsync).
const budget = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.tableKind === 'budget')!;
if (budget.kind !== 'table') throw new Error('no budget');
const inputCols = [
  'lastYearControllable',
  'lastYearFte',
  'fte',
  'employee',
  'running',
  'contracts',
  'externalIncome',
  'internalIncome',
  'activity',
  'cabinetMember',
];
const block = (k: number) =>
  Array.from({ length: 500 }, (_, r) =>
    Object.fromEntries(inputCols.map((c, j) => [c, c === 'activity' ? `Pasted line ${r}` : c === 'cabinetMember' ? 'CW' : (r * 10 + j + k) / 10])),
  );
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
console.log(
  `export all budgets (${units} units x 40 lines) to xlsx: median ${pct(exportTimes, 50).toFixed(0)} ms, best ${Math.min(...exportTimes).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB`,
);

db.close();
fs.rmSync(dir, { recursive: true, force: true });

// The edit against the bare UPDATE, interleaved (its own files, plan and figures).
await import('./edit-vs-update.mjs');
