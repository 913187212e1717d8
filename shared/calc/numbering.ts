/**
 * Action-table numbering from position: unit "1", objective "1.1", action "1.1.1". Numbers are never
 * stored; references point at row ids, so inserting, moving or deleting rows renumbers without breaking them.
 * A plan has one action table per unit: pass the rows of all of them in document order, so the second
 * table's unit is "2".
 */
import type { PlanDocument, Row } from '../model/plan';
import { kindDef } from '../model/table-kinds';

export function actionNumbers(rows: Pick<Row, 'id' | 'role'>[], firstUnit = 1): Map<number, string> {
  const out = new Map<number, string>();
  let unit = firstUnit - 1;
  let objective = 0;
  let action = 0;
  for (const r of rows) {
    if (r.role === 'unit') {
      unit += 1;
      objective = 0;
      action = 0;
      out.set(r.id, `${unit}`);
    } else if (r.role === 'objective') {
      objective += 1;
      action = 0;
      out.set(r.id, `${Math.max(unit, 1)}.${objective}`);
    } else if (r.role === 'action') {
      action += 1;
      out.set(r.id, `${Math.max(unit, 1)}.${Math.max(objective, 1)}.${action}`);
    }
  }
  return out;
}

/** The rows of every numbered table (the action tables, see TableKindDef.numbered) in document order. */
export function numberedRows(doc: Pick<PlanDocument, 'sections'>): Row[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' && kindDef(b.tableKind).numbered ? b.rows : [])));
}

/** Plan-wide numbers by row id: every output numbers from the whole plan, so a subset keeps its numbers. */
export const planNumbers = (doc: Pick<PlanDocument, 'sections'>): Map<number, string> => actionNumbers(numberedRows(doc));
