/**
 * Child process for the kill test: opens a plans file the way the app does (lock, check, backup,
 * migrations) and makes a stream of edits through the real dispatch until it is killed. Before each call it
 * prints "S <seq> <kind> <cells>" (what the call will write), and "A <seq>" once the API has acknowledged it.
 * Lines go out with a synchronous write, so the parent knows exactly what was acknowledged before the kill.
 *   node kill-worker.cjs DB SEED [--migrate N]   (N extra test migrations that build a large table)
 */
import fs from 'node:fs';
import { AppDatabase } from '../../electron/app-database';
import { MIGRATIONS } from '../../electron/db/migrations';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { testMigration } from './kill-migrations';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function main(): Promise<void> {
  const [file, seedText] = process.argv.slice(2);
  const migrateAt = process.argv.indexOf('--migrate');
  const extra = migrateAt > 0 ? Number(process.argv[migrateAt + 1]) : 0;
  const migrations = [...MIGRATIONS, ...Array.from({ length: extra }, (_, i) => testMigration(i + 1))];
  const app = await AppDatabase.open(file, { migrations });
  say('R');
  const db = app.get();
  const call = makeDispatch(makeHandlers(app), () => {});
  const { block, plan } = db
    .prepare(
      "SELECT b.id AS block, s.plan_id AS plan FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.table_kind = 'budget' ORDER BY b.id LIMIT 1",
    )
    .get() as { block: number; plan: number };
  // Lines added by earlier imports are left alone: the parent finds them by their text.
  const lines = db
    .prepare("SELECT id FROM plan_row WHERE block_id = ? AND role = 'line' AND ifnull(json_extract(cells, '$.activity'), '') NOT LIKE '%-new' ORDER BY id")
    .pluck()
    .all(block) as number[];
  const rnd = random(Number(seedText));
  const pick = (n: number) => [...lines].sort(() => rnd() - 0.5).slice(0, n);
  for (let seq = Number(seedText) * 1_000_000; ; seq++) {
    const kind = ['edit', 'paste', 'import'][Math.floor(rnd() * 3)];
    const rows = kind === 'edit' ? pick(1) : pick(2 + Math.floor(rnd() * (lines.length - 2)));
    const value = `${kind[0]}${seq}`;
    const changes = rows.map((rowId) => ({ rowId, column: 'activity', value }));
    say(`S ${seq} ${kind} ${JSON.stringify(rows)} ${value}`);
    const r =
      kind === 'edit'
        ? await call('updateCell', changes[0])
        : kind === 'paste'
          ? await call('updateCells', { blockId: block, changes })
          : await call('applyEdits', { planId: plan, changes, added: [{ blockId: block, cells: { activity: `${value}-new` } }], removed: [] });
    if (!r.ok) throw new Error(`${kind} failed: ${r.error.message}`);
    say(`A ${seq}`);
  }
}

main().catch((e) => {
  say(`E ${(e as Error).message}`);
  process.exit(3);
});
