/**
 * Reads a plan file without trusting it. In order: a size limit, SQLite's header magic, the bytes opened
 * as an in-memory database (the file itself is never opened for writing, nor its journal replayed),
 * integrity_check, application id, file-format version, the expected tables, then every JSON value parsed
 * and validated with the model's own schemas and every stable id checked. Any failure is one sentence
 * naming the file and the reason (format.ts `refuse`); nothing is written anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteBindingOption } from '../db/sqlite-binding';
import { APPLICATION_ID as DATABASE_APPLICATION_ID } from '../db/open';
import { planInSchema, UUID_PATTERN } from '../../shared/model/plan';
import { asSnap, uuidProblem, type PlanSnap } from '../../shared/merge/snapshot';
import { PLAN_FILE_APPLICATION_ID, PLAN_FILE_MAX_BYTES, PLAN_FILE_VERSION, SQLITE_MAGIC, refuse } from './format';
import type { PlanFileContent } from './write';

export function readPlanFile(file: string): PlanFileContent {
  const name = path.basename(file);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw refuse(name, 'it is not a file');
    size = st.size;
  } catch (e) {
    if ((e as Error).name === 'PlanFileError') throw e;
    throw refuse(name, 'it could not be read');
  }
  if (size > PLAN_FILE_MAX_BYTES) throw refuse(name, `it is larger than ${PLAN_FILE_MAX_BYTES / 1024 / 1024} MB, far more than any plan`);
  return readPlanFileBytes(name, fs.readFileSync(file));
}

export function readPlanFileBytes(name: string, bytes: Buffer): PlanFileContent {
  if (bytes.length > PLAN_FILE_MAX_BYTES) throw refuse(name, `it is larger than ${PLAN_FILE_MAX_BYTES / 1024 / 1024} MB, far more than any plan`);
  if (bytes.length < 512 || bytes.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw refuse(name, 'it is not a Plan Editor plan file');
  // A file in WAL mode (bytes 18-19 = 2) cannot be opened from memory; our copy is marked rollback-journal,
  // so such a file (a database sent by mistake, say) is read and judged like any other.
  if (bytes[18] === 2 && bytes[19] === 2) {
    bytes = Buffer.from(bytes);
    bytes[18] = bytes[19] = 1;
  }
  let db: Database.Database;
  try {
    db = new Database(bytes, sqliteBindingOption());
  } catch {
    throw refuse(name, 'it is damaged (SQLite could not read it)');
  }
  try {
    return readOpened(name, db);
  } catch (e) {
    if ((e as Error).name === 'PlanFileError') throw e;
    throw refuse(name, `it is damaged (${(e as Error).message.slice(0, 120)})`);
  } finally {
    db.close();
  }
}

function readOpened(name: string, db: Database.Database): PlanFileContent {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw refuse(name, 'it is damaged (its integrity check failed)');
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === DATABASE_APPLICATION_ID) throw refuse(name, 'it is a Plan Editor database, not a plan file; open it with --db or restore it as a backup');
  if (appId !== PLAN_FILE_APPLICATION_ID) throw refuse(name, 'it is a SQLite database but not a Plan Editor plan file');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > PLAN_FILE_VERSION)
    throw refuse(
      name,
      `it was saved by a newer Plan Editor (plan file version ${version}; this version reads up to ${PLAN_FILE_VERSION}); update Plan Editor to open it`,
    );
  if (version < 1) throw refuse(name, 'it is not a Plan Editor plan file (no version)');

  const json = (text: unknown, what: string): unknown => {
    if (typeof text !== 'string') throw refuse(name, `${what} is missing`);
    try {
      return JSON.parse(text);
    } catch {
      throw refuse(name, `${what} is not valid JSON`);
    }
  };
  const info = Object.fromEntries(db.prepare('SELECT key, value FROM file_info').raw().all() as [string, string][]);
  if (info.format !== 'plan-editor/plan-file') throw refuse(name, 'it is not a Plan Editor plan file (unknown format)');
  const revision = Number(info.revision);
  if (!UUID_PATTERN.test(info.origin ?? '') || !Number.isInteger(revision) || revision < 0) throw refuse(name, 'its revision is missing or malformed');

  const plans = db.prepare('SELECT uuid, kind, header FROM plan').all() as { uuid: string; kind: string; header: string }[];
  if (plans.length !== 1) throw refuse(name, `it holds ${plans.length} plans instead of one`);
  const sections = db.prepare('SELECT uuid, level, title FROM plan_section ORDER BY position').all() as { uuid: string; level: number; title: string }[];
  const blocks = db.prepare('SELECT uuid, section_uuid, kind, doc, table_kind, title, meta FROM plan_block ORDER BY section_uuid, position').all() as {
    uuid: string;
    section_uuid: string;
    kind: string;
    doc: string | null;
    table_kind: string | null;
    title: string;
    meta: string;
  }[];
  const rows = db.prepare('SELECT uuid, block_uuid, role, cells FROM plan_row ORDER BY block_uuid, position').all() as {
    uuid: string;
    block_uuid: string;
    role: string;
    cells: string;
  }[];
  const group = <T>(items: T[], key: (t: T) => string) => {
    const m = new Map<string, T[]>();
    for (const t of items) {
      const list = m.get(key(t));
      if (list) list.push(t);
      else m.set(key(t), [t]);
    }
    return m;
  };
  const blocksOf = group(blocks, (b) => b.section_uuid);
  const rowsOf = group(rows, (r) => r.block_uuid);
  const raw = {
    uuid: plans[0].uuid,
    kind: plans[0].kind,
    header: json(plans[0].header, 'the title page'),
    sections: sections.map((s, si) => ({
      uuid: s.uuid,
      level: s.level,
      title: s.title,
      blocks: (blocksOf.get(s.uuid) ?? []).map((b, bi) =>
        b.kind === 'narrative'
          ? { uuid: b.uuid, kind: b.kind, doc: json(b.doc, `the narrative of section ${si + 1}, block ${bi + 1}`) }
          : {
              uuid: b.uuid,
              kind: b.kind,
              tableKind: b.table_kind,
              title: b.title,
              meta: json(b.meta, `the notes of section ${si + 1}, block ${bi + 1}`),
              rows: (rowsOf.get(b.uuid) ?? []).map((r, ri) => ({
                uuid: r.uuid,
                role: r.role,
                cells: json(r.cells, `row ${ri + 1} of section ${si + 1}, block ${bi + 1}`),
              })),
            },
      ),
    })),
  };
  const orphans =
    blocks.length +
    rows.length -
    raw.sections.reduce((n, s) => n + s.blocks.length + s.blocks.reduce((m, b) => m + ('rows' in b ? (b.rows?.length ?? 0) : 0), 0), 0);
  if (orphans) throw refuse(name, `${orphans} of its blocks or rows belong to no section or table`);
  const plan = validPlan(name, raw, 'its plan');
  const baseRows = db.prepare('SELECT origin, revision, content FROM base').all() as { origin: string; revision: number; content: string | null }[];
  if (baseRows.length !== 1 || !UUID_PATTERN.test(baseRows[0].origin) || !Number.isInteger(baseRows[0].revision))
    throw refuse(name, 'its merge base is missing or malformed');
  const base = baseRows[0].content === null ? plan : validPlan(name, json(baseRows[0].content, 'its merge base'), 'its merge base');
  if (base.uuid !== plan.uuid) throw refuse(name, 'its merge base is another plan');
  return {
    plan,
    at: { origin: info.origin, revision },
    base: { origin: baseRows[0].origin, revision: baseRows[0].revision, content: base },
    savedAt: String(info.savedAt ?? ''),
  };
}

/** Validates a plan with the model's schemas (header, narrative, every cell) and its stable ids. */
function validPlan(name: string, raw: unknown, what: string): PlanSnap {
  const parsed = planInSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(name, `${what} breaks the plan model at ${issue.path.join('.') || 'the top'} (${issue.message.slice(0, 120)})`);
  }
  const problem = uuidProblem(parsed.data);
  if (problem) throw refuse(name, `in ${what}, ${problem}`);
  return asSnap(parsed.data);
}
