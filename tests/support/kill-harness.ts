/**
 * The kill test's parent: runs kill-worker.ts in a child process, kills it with SIGKILL at a random
 * moment, reopens the file the way the app does and checks that every acknowledged edit is there, the one
 * in flight is all there or not at all, nothing else changed and SQLite's integrity_check is ok.
 * Rounds alternate between a long-lived file (edits, pastes, imports) and fresh files that the worker
 * must first migrate, so kills also land inside backups at open and inside migrations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { AppDatabase } from '../../electron/app-database';
import { MIGRATIONS } from '../../electron/db/migrations';
import { MIGRATION_ROWS } from './kill-migrations';

export interface KillStats {
  rounds: number;
  acknowledged: number;
  landed: Record<string, number>;
  problems: string[];
}

interface Sent {
  seq: number;
  kind: string;
  rows: number[];
  value: string;
}

export async function bundleWorker(): Promise<string> {
  const out = path.resolve('dist/test/kill-worker.cjs');
  await build({
    entryPoints: ['tests/support/kill-worker.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return out;
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

export async function killRounds(rounds: number, seed = 1): Promise<KillStats> {
  const worker = await bundleWorker();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-kill-'));
  const main = path.join(dir, 'plans.db');
  const template = path.join(dir, 'template.db');
  (await AppDatabase.open(template)).close(); // the sample at the current schema, for migration rounds
  const expected = new Map<string, string>(); // "rowId" -> activity last acknowledged on the long-lived file
  const addedExpected = new Set<string>();
  const stats: KillStats = { rounds: 0, acknowledged: 0, landed: {}, problems: [] };
  const rnd = random(seed);
  for (let i = 0; i < rounds; i++) {
    const migrating = i % 4 === 3;
    const file = migrating ? path.join(dir, `migrate-${i}`, 'plans.db') : main;
    if (migrating) {
      fs.mkdirSync(path.dirname(file));
      fs.copyFileSync(template, file);
    } else if (!fs.existsSync(main)) (await AppDatabase.open(main)).close();
    const delay = migrating ? rnd() * 900 : 80 + rnd() * 600;
    // Every other edit round counts its delay from the worker's "ready", so kills land among edits however
    // slowly a busy machine starts the worker; the others count from the start and land in opening too.
    const afterReady = !migrating && i % 2 === 1;
    const log = await runAndKill(worker, file, seed * 1000 + i, delay, migrating ? ['--migrate', '2'] : [], afterReady);
    stats.rounds++;
    const where = log.error ? 'error' : !log.ready ? (migrating ? 'migration' : 'opening') : (log.inFlight?.kind ?? 'between calls');
    stats.landed[where] = (stats.landed[where] ?? 0) + 1;
    if (log.error) stats.problems.push(`round ${i}: worker failed: ${log.error}`);
    stats.acknowledged += log.acked.length;
    if (migrating && !log.ready) {
      const key = `migration left at v${versionOf(file)}`; // which side of each migration the kill landed on
      stats.landed[key] = (stats.landed[key] ?? 0) + 1;
    }
    const problems = migrating ? verifyMigration(file) : await verifyEdits(file, log, expected, addedExpected);
    stats.problems.push(...problems.map((p) => `round ${i} (${where}): ${p}`));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return stats;
}

interface Log {
  ready: boolean;
  acked: Sent[];
  inFlight: Sent | null;
  error: string | null;
}

function runAndKill(worker: string, file: string, seed: number, delayMs: number, extra: string[], afterReady = false): Promise<Log> {
  const log: Log = { ready: false, acked: [], inFlight: null, error: null };
  const child = spawn(process.execPath, [worker, file, String(seed), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const wasReady = log.ready;
      take(log, line);
      if (afterReady && !wasReady && log.ready) {
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (log.error = (log.error ?? '') + d.toString()));
  let timer = afterReady ? setTimeout(() => child.kill('SIGKILL'), 60_000) : setTimeout(() => child.kill('SIGKILL'), delayMs);
  return new Promise((resolve) =>
    child.once('close', () => {
      clearTimeout(timer);
      if (buffer) take(log, buffer);
      resolve(log);
    }),
  );
}

function take(log: Log, line: string): void {
  const [tag, seq, kind, rows, value] = line.split(' ');
  if (tag === 'R') log.ready = true;
  else if (tag === 'S') log.inFlight = { seq: Number(seq), kind, rows: JSON.parse(rows) as number[], value };
  else if (tag === 'A' && log.inFlight?.seq === Number(seq)) {
    log.acked.push(log.inFlight);
    log.inFlight = null;
  } else if (tag === 'E') log.error = line.slice(2);
}

async function verifyEdits(file: string, log: Log, expected: Map<string, string>, added: Set<string>): Promise<string[]> {
  for (const op of log.acked) {
    for (const r of op.rows) expected.set(String(r), op.value);
    if (op.kind === 'import') added.add(`${op.value}-new`);
  }
  const app = await AppDatabase.open(file); // the app's own path: lock take-over, check, backup
  const problems: string[] = [];
  try {
    if (app.status().recovery) return [`the file was not usable: ${app.status().recovery!.reason}`];
    const db = app.get();
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') problems.push('integrity_check failed');
    const activity = (id: string) =>
      (JSON.parse((db.prepare('SELECT cells FROM plan_row WHERE id = ?').pluck().get(Number(id)) as string) ?? '{}') as { activity?: string }).activity;
    const op = log.inFlight;
    const applied = op ? op.rows.map((r) => activity(String(r)) === op.value) : [];
    if (applied.some((a) => a) && !applied.every((a) => a)) problems.push(`${op!.kind} ${op!.seq} was half applied`);
    if (op && applied.every((a) => a) && applied.length) {
      for (const r of op.rows) expected.set(String(r), op.value);
      if (op.kind === 'import') added.add(`${op.value}-new`);
    }
    for (const [id, value] of expected) if (activity(id) !== value) problems.push(`row ${id}: acknowledged "${value}", found "${activity(id)}"`);
    const newLines = new Set(
      db.prepare("SELECT json_extract(cells, '$.activity') FROM plan_row WHERE json_extract(cells, '$.activity') LIKE 'i%-new'").pluck().all() as string[],
    );
    for (const a of added) if (!newLines.has(a)) problems.push(`imported line ${a} is missing`);
    for (const a of newLines) if (!added.has(a)) problems.push(`line ${a} appeared without being imported`);
  } finally {
    app.close();
  }
  return problems;
}

function versionOf(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/** After a kill during start-up: the file is at exactly one version, and each migration is whole. */
function verifyMigration(file: string): string[] {
  const db = new Database(file);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const problems: string[] = [];
    if (version < MIGRATIONS.length || version > MIGRATIONS.length + 2) problems.push(`unexpected version ${version}`);
    for (let n = 1; n <= 2; n++) {
      const exists = db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(`kill_test_${n}`) === 1;
      if (exists !== version >= MIGRATIONS.length + n) problems.push(`migration ${n}: table ${exists ? 'present' : 'missing'} at version ${version}`);
      if (exists && db.prepare(`SELECT count(*) FROM kill_test_${n}`).pluck().get() !== MIGRATION_ROWS) problems.push(`migration ${n} is half done`);
    }
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') problems.push('integrity_check failed');
    return problems;
  } finally {
    db.close();
  }
}
