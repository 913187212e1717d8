/**
 * Find and replace across a plan: a preview of every value that would change, and applying the ticked
 * ones in one transaction as one undoable step. What matches and what it becomes is decided in
 * shared/calc/find-replace.ts; this module validates each new value as its own editor would and writes it.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest } from '../../shared/api/errors';
import type { ReplaceItem, ReplaceResult } from '../../shared/api/contract';
import { headerPatchSchema, type PlanDocument } from '../../shared/model/plan';
import { richDocSchema } from '../../shared/model/richtext';
import type { CellValue } from '../../shared/model/columns';
import { planReplacements, type Replacement, type ReplaceOptions } from '../../shared/calc/find-replace';
import { getPlan } from './plans';
import { writeHeaderField } from './header-store';
import { validateCell } from './rows';
import { cleanTitle } from './sections';
import { loggedStep } from './logged-step';

/** A preview lists at most this many values; applying without `only` changes every match, listed or not. */
export const MAX_PREVIEW = 2000;

const toItem = ({ target: _t, old: _o, new: _n, ...item }: Replacement): ReplaceItem => item;

export function previewReplace(db: Db, planId: number, o: ReplaceOptions): ReplaceItem[] {
  return planReplacements(getPlan(db, planId), o).slice(0, MAX_PREVIEW).map(toItem);
}

type TableRow = { kind: Parameters<typeof validateCell>[0]; role: Parameters<typeof validateCell>[1]; blockId: number; cells: Record<string, CellValue> };

function tableRows(doc: PlanDocument): Map<number, TableRow> {
  const out = new Map<number, TableRow>();
  for (const s of doc.sections)
    for (const b of s.blocks) if (b.kind === 'table') for (const r of b.rows) out.set(r.id, { kind: b.tableKind, role: r.role, blockId: b.id, cells: r.cells });
  return out;
}

/** The value as its own editor would store it, or one sentence saying why it cannot be. */
function checked(r: Replacement, rows: Map<number, TableRow>): unknown {
  const t = r.target;
  const fail = (why: string) => badRequest(`${r.section} – ${r.where}${r.ref ? ` (${r.ref})` : ''}: ${why}. Nothing was replaced.`, 'replace');
  try {
    if (t.kind === 'cell') {
      const row = rows.get(t.rowId)!;
      return validateCell(row.kind, row.role, t.column, r.new);
    }
    if (t.kind === 'doc') {
      const parsed = richDocSchema.safeParse(r.new);
      if (!parsed.success) throw fail(parsed.error.issues[0].message);
      return parsed.data;
    }
    if (t.kind === 'title') return cleanTitle(String(r.new));
    const parsed = headerPatchSchema.safeParse({ [t.field]: r.new });
    if (!parsed.success) throw fail(parsed.error.issues[0].message);
    return (parsed.data as Record<string, unknown>)[t.field];
  } catch (e) {
    if ((e as Error).message.endsWith('Nothing was replaced.')) throw e;
    throw fail((e as Error).message.replace(/\.$/, ''));
  }
}

export function applyReplace(db: Db, planId: number, o: ReplaceOptions & { only?: string[] }): ReplaceResult {
  return loggedStep(db, planId, (step) => {
    const doc = getPlan(db, planId);
    const only = o.only && new Set(o.only);
    const chosen = planReplacements(doc, o).filter((r) => !only || only.has(r.id));
    const rows = tableRows(doc);
    // Everything is checked before anything is written: a replacement is applied whole or not at all.
    const values = chosen.map((r) => checked(r, rows));
    chosen.forEach((r, i) => {
      const t = r.target;
      const value = values[i];
      if (t.kind === 'cell') {
        const row = rows.get(t.rowId)!;
        step.rows.setCell({ id: t.rowId, block_id: row.blockId, cells: JSON.stringify(row.cells) }, t.column, value as CellValue | null);
      } else if (t.kind === 'doc') {
        prep(db, 'UPDATE plan_block SET doc = ? WHERE id = ?').run(JSON.stringify(value), t.blockId);
        step.log({ entity: 'block', entityId: t.blockId, field: 'doc', old: r.old, new: value });
      } else if (t.kind === 'title') {
        prep(db, 'UPDATE plan_section SET title = ? WHERE id = ?').run(value, t.sectionId);
        step.log({ entity: 'section', entityId: t.sectionId, field: 'title', old: r.old, new: value });
      } else {
        writeHeaderField(db, planId, t.field, value as string);
        step.log({ entity: 'plan', entityId: planId, field: t.field, old: r.old, new: value });
      }
    });
    return { items: chosen.length, occurrences: chosen.reduce((n, r) => n + r.count, 0) };
  });
}
