/**
 * What safety costs at start-up and while editing, on a directorate-sized file (synthetic plan, 25 units):
 * opening through the app's session (lock, check on a copy, backup at open) against a plain open, and an
 * online backup made while editing. Prints figures; asserts nothing. node --import tsx bench/startup.mts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/db/open';
import { importPlan } from '../electron/services/plan-import';
import { syntheticPlan } from '../electron/services/synthetic';
import { updateCell } from '../electron/services/rows';
import { AppDatabase } from '../electron/app-database';
import { checkDatabaseFile } from '../electron/db/health';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-bench-'));
const file = path.join(dir, 'plans.db');
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const db = openDatabase(file);
importPlan(db, syntheticPlan(Number(process.env.BENCH_UNITS ?? 25)));
const rowId = db.prepare("SELECT id FROM plan_row WHERE role = 'line' LIMIT 1").pluck().get() as number;
db.close();
const size = fs.statSync(file).size;

const plain: number[] = [];
const check: number[] = [];
const session: number[] = [];
const backup: number[] = [];
for (let i = 0; i < 7; i++) {
  let t0 = process.hrtime.bigint();
  openDatabase(file).close();
  plain.push(ms(t0));
  t0 = process.hrtime.bigint();
  checkDatabaseFile(file);
  check.push(ms(t0));
  const edit = openDatabase(file);
  updateCell(edit, rowId, 'employee', i); // so the open below must back up
  edit.close();
  t0 = process.hrtime.bigint();
  const app = await AppDatabase.open(file);
  session.push(ms(t0));
  updateCell(app.get(), rowId, 'employee', i + 0.5);
  t0 = process.hrtime.bigint();
  await app.backupNow('interval');
  backup.push(ms(t0));
  app.close();
}
const m = median(plain);
console.log(`file: ${(size / 1024 / 1024).toFixed(1)} MB`);
console.log(`plain open: median ${m.toFixed(1)} ms`);
console.log(`check on a copy (quick_check, foreign keys, JSON): median ${median(check).toFixed(1)} ms`);
console.log(`app open (lock, check, backup, migrate): median ${median(session).toFixed(1)} ms (${(median(session) / m).toFixed(1)}x plain)`);
console.log(`online backup while editing: median ${median(backup).toFixed(1)} ms`);
fs.rmSync(dir, { recursive: true, force: true });
