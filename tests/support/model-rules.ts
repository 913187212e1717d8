/**
 * The plan model's rules, checked over a whole database: what `check` reports (integrity, foreign keys)
 * plus every rule the model states for rows, cells, positions, sections, headers and narrative. Returns one
 * line per violation, so a test can assert the list is empty and show what broke if not.
 */
import type { Db } from '../../electron/db/open';
import { checkDatabase } from '../../electron/services/check';
import { getPlan, listPlans } from '../../electron/services/plans';
import { headerSchema } from '../../shared/model/plan';
import { richDocSchema } from '../../shared/model/richtext';
import { cellsSchemaFor } from '../../shared/model/cell-values';
import { TABLE_KINDS, roleDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';

/** The only link targets the model lets through: https and mailto. */
export const ALLOWED_HREF = /^(https:|mailto:)/i;

const parse = (text: string | null): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text ?? 'null') };
  } catch {
    return { ok: false };
  }
};

/** Every `href` anywhere in a JSON value (link marks, or anything that tried to smuggle one in). */
export function hrefsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => hrefsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'href' || k === 'src') out.push(String(v));
      else hrefsIn(v, out);
    }
  }
  return out;
}

/** Positions 0..n-1, each once, within every group (rows of a block, blocks of a section, sections of a plan). */
function positionProblems(db: Db, table: string, parent: string): string[] {
  const rows = db.prepare(`SELECT ${parent} AS p, group_concat(position) AS ps, count(*) AS n FROM ${table} GROUP BY ${parent}`).all() as {
    p: number;
    ps: string;
    n: number;
  }[];
  return rows.flatMap((r) => {
    const got = r.ps
      .split(',')
      .map(Number)
      .sort((a, b) => a - b);
    return got.every((v, i) => v === i) ? [] : [`${table} under ${parent} ${r.p}: positions ${got.join(',')} are not 0..${r.n - 1}`];
  });
}

function rowProblems(db: Db): string[] {
  const rows = db.prepare(`SELECT r.id, r.role, r.cells, b.kind, b.table_kind FROM plan_row r JOIN plan_block b ON b.id = r.block_id`).all() as {
    id: number;
    role: RowRole;
    cells: string;
    kind: string;
    table_kind: TableKind;
  }[];
  const out: string[] = [];
  for (const r of rows) {
    const at = `row ${r.id}`;
    if (r.kind !== 'table' || !TABLE_KINDS.includes(r.table_kind)) {
      out.push(`${at}: in a block that is not a table`);
      continue;
    }
    if (!roleDef(r.table_kind, r.role)) {
      out.push(`${at}: role ${r.role} not allowed in a ${r.table_kind} table`);
      continue;
    }
    const cells = parse(r.cells);
    if (!cells.ok || !cells.value || typeof cells.value !== 'object' || Array.isArray(cells.value)) {
      out.push(`${at}: cells are not a JSON object`);
      continue;
    }
    // Strict: only the role's input columns (never a computed one), each valid for its type.
    const res = cellsSchemaFor(r.table_kind, r.role).safeParse(cells.value);
    if (!res.success) out.push(`${at}: ${res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    // Stored values are what validation returns (money rounded to one decimal), never needing another pass.
    else {
      const stored = cells.value as Record<string, unknown>;
      const valid = res.data as Record<string, unknown>;
      const off = Object.keys(stored).filter((k) => JSON.stringify(valid[k]) !== JSON.stringify(stored[k]));
      if (off.length) out.push(`${at}: ${off.map((k) => `${k} ${JSON.stringify(stored[k]).slice(0, 60)}`).join(', ')} not in validated form`);
    }
  }
  return out;
}

function blockProblems(db: Db): string[] {
  const blocks = db.prepare('SELECT id, kind, doc, table_kind, title, meta FROM plan_block').all() as {
    id: number;
    kind: string;
    doc: string | null;
    table_kind: string | null;
    title: string;
    meta: string;
  }[];
  const out: string[] = [];
  for (const b of blocks) {
    const at = `block ${b.id}`;
    const meta = parse(b.meta);
    if (!meta.ok || !meta.value || typeof meta.value !== 'object') out.push(`${at}: meta is not a JSON object`);
    if (b.title.length > 300) out.push(`${at}: title longer than 300`);
    if (b.kind === 'table') {
      if (!TABLE_KINDS.includes(b.table_kind as TableKind)) out.push(`${at}: unknown table kind ${b.table_kind}`);
      continue;
    }
    const doc = parse(b.doc);
    if (!doc.ok) {
      out.push(`${at}: doc is not JSON`);
      continue;
    }
    const res = richDocSchema.safeParse(doc.value);
    if (!res.success) out.push(`${at}: doc breaks the rich-text schema: ${res.error.issues[0].path.join('.')}: ${res.error.issues[0].message}`);
    for (const h of hrefsIn(doc.value)) if (!ALLOWED_HREF.test(h)) out.push(`${at}: link to ${JSON.stringify(h.slice(0, 80))}`);
  }
  return out;
}

function planProblems(db: Db): string[] {
  const out: string[] = [];
  const sections = db.prepare('SELECT id, level, title FROM plan_section').all() as { id: number; level: number; title: string }[];
  for (const s of sections) {
    if (s.level !== 1 && s.level !== 2) out.push(`section ${s.id}: level ${s.level}`);
    if (!s.title.trim() || s.title.length > 300 || s.title !== s.title.trim()) out.push(`section ${s.id}: title ${JSON.stringify(s.title.slice(0, 80))}`);
  }
  for (const p of listPlans(db)) {
    const res = headerSchema.safeParse(p.header);
    if (!res.success) out.push(`plan ${p.id}: header ${res.error.issues[0].path.join('.')}: ${res.error.issues[0].message}`);
    if (p.header.directorate !== p.header.directorate.trim()) out.push(`plan ${p.id}: directorate ${JSON.stringify(p.header.directorate)} not trimmed`);
    try {
      getPlan(db, p.id); // every plan still reads as one document
    } catch (e) {
      out.push(`plan ${p.id}: getPlan failed: ${(e as Error).message}`);
    }
  }
  return out;
}

function logProblems(db: Db): string[] {
  const rows = db.prepare('SELECT id, old, new FROM change_log').all() as { id: number; old: string | null; new: string | null }[];
  return rows.filter((r) => !parse(r.old).ok || !parse(r.new).ok).map((r) => `change_log ${r.id}: old/new is not JSON`);
}

/** Stable ids: present, shaped as a UUID and never shared, on plans, sections, blocks and rows. */
function uuidProblems(db: Db): string[] {
  const out: string[] = [];
  for (const t of ['plan', 'plan_section', 'plan_block', 'plan_row']) {
    const missing = db.prepare(`SELECT id FROM ${t} WHERE uuid IS NULL OR uuid NOT GLOB '????????-????-????-????-????????????'`).pluck().all() as number[];
    if (missing.length) out.push(`${t} ${missing.slice(0, 5).join(',')}: no stable id (uuid)`);
    const shared = db.prepare(`SELECT uuid FROM ${t} GROUP BY uuid HAVING count(*) > 1`).pluck().all() as string[];
    if (shared.length) out.push(`${t}: uuid ${shared[0]} used ${shared.length > 1 ? 'by several' : 'twice'}`);
  }
  return out;
}

/** Every violation of the model's rules in the database; empty when it is sound. */
export function modelViolations(db: Db): string[] {
  const out: string[] = [];
  try {
    const report = checkDatabase(db); // integrity_check, foreign_key_check, and every plan's totals compute
    if (report.integrity !== 'ok') out.push(`integrity_check: ${report.integrity}`);
    if (report.foreignKeyProblems) out.push(`foreign_key_check: ${report.foreignKeyProblems} problems`);
  } catch (e) {
    out.push(`check failed: ${(e as Error).message}`);
  }
  const orphans = db.prepare('SELECT count(*) AS n FROM directorate WHERE id NOT IN (SELECT directorate_id FROM plan)').get() as { n: number };
  if (orphans.n) out.push(`${orphans.n} directorates without plans`);
  out.push(
    ...positionProblems(db, 'plan_section', 'plan_id'),
    ...positionProblems(db, 'plan_block', 'section_id'),
    ...positionProblems(db, 'plan_row', 'block_id'),
    ...planProblems(db),
    ...blockProblems(db),
    ...rowProblems(db),
    ...logProblems(db),
    ...uuidProblems(db),
  );
  return out;
}
