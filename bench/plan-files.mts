/**
 * Plan files at a directorate's size (synthetic plan, 25 units): saving a copy, opening it into another
 * database, and merging an edited copy back (review, then apply as one step), each against its goal of
 * 1 s (docs/SCALE.md). Prints figures; asserts nothing. node --import tsx bench/plan-files.mts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../electron/db/open';
import { importPlan } from '../electron/services/plan-import';
import { syntheticPlan } from '../electron/services/synthetic';
import { applyEdits } from '../electron/services/edits';
import { readPlanFile } from '../electron/plan-files/read';
import { writePlanFile } from '../electron/plan-files/write';
import { applyMerge, openPlanFile, planFileFor, reviewMerge } from '../electron/plan-files/plan-files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-bench-planfiles-'));
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const units = Number(process.env.BENCH_UNITS ?? 25);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 1000;

/** Edits `n` budget lines' employee costs (every `stride`th line, from `from`), as one paste. */
function edit(db: Db, planId: number, from: number, stride: number, n: number, value: number): void {
  const rows = db
    .prepare(`SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.table_kind = 'budget' AND r.role = 'line' ORDER BY r.id`)
    .pluck()
    .all() as number[];
  const picked = rows.filter((_, i) => i >= from && (i - from) % stride === 0).slice(0, n);
  applyEdits(db, planId, { changes: picked.map((rowId) => ({ rowId, column: 'employee', value })), added: [], removed: [] });
}

const save: number[] = [];
const open: number[] = [];
const review: number[] = [];
const merge: number[] = [];
let size = 0;
let items = '';
for (let run = 0; run < RUNS; run++) {
  const a = openDatabase(path.join(dir, `a${run}.db`));
  const planId = importPlan(a, syntheticPlan(units));
  const sent = path.join(dir, `sent${run}.plan`);
  let t0 = process.hrtime.bigint();
  writePlanFile(sent, planFileFor(a, planId));
  save.push(ms(t0));
  size = fs.statSync(sent).size;

  const b = openDatabase(path.join(dir, `b${run}.db`));
  t0 = process.hrtime.bigint();
  const theirId = openPlanFile(b, readPlanFile(sent)).added!.id;
  open.push(ms(t0));

  // A directorate's round trip: 200 lines edited there, 200 here, 20 of them the same cells differently.
  edit(b, theirId, 0, 3, 200, 111);
  edit(a, planId, 1, 3, 180, 222);
  edit(a, planId, 0, 30, 20, 333);
  const back = path.join(dir, `back${run}.plan`);
  writePlanFile(back, planFileFor(b, theirId));
  b.close();

  t0 = process.hrtime.bigint();
  const r = reviewMerge(a, planId, readPlanFile(back));
  review.push(ms(t0));
  t0 = process.hrtime.bigint();
  const applied = applyMerge(a, planId, readPlanFile(back), {}, 'theirs');
  merge.push(ms(t0));
  items = `${r.changes} changes, ${r.conflicts} conflicts; ${applied.written} changes written in one step`;
  a.close();
}

const line = (what: string, xs: number[]) => {
  const m = median(xs);
  console.log(`${what.padEnd(44)} median ${m.toFixed(0).padStart(5)} ms   goal <= ${GOAL_MS} ms   ${m <= GOAL_MS ? 'met' : 'NOT MET'}`);
};
console.log(`plan files, synthetic plan of ${units} units (file ${(size / 1048576).toFixed(1)} MB), ${RUNS} runs:`);
line('save a copy (snapshot, write, rename)', save);
line('open into another database (check, add)', open);
line('merge review (read, check, three-way)', review);
line('merge apply (read, check, merge, one step)', merge);
console.log(`  the merge: ${items}`);
fs.rmSync(dir, { recursive: true, force: true });
