/**
 * Maps a pasted block onto a table from the focused cell: rows spill downward (adding lines past the
 * end where the table allows), columns spill right over the columns on screen. Computed columns and cells
 * a row does not hold are skipped; any value that does not read for its column refuses the whole paste.
 */
import type { CellValue } from '../../shared/model/columns';
import { kindDef, roleDef, type TableKind } from '../../shared/model/table-kinds';
import { canType } from '../../shared/model/cell-values';
import { parseCellText } from '../../shared/format/cell-input';
import type { Row } from '../../shared/model/plan';

export interface PastePlan {
  changes: { rowId: number; column: string; value: CellValue }[];
  append: Record<string, CellValue>[];
}

export type PasteResult = { ok: true; plan: PastePlan } | { ok: false; message: string };

/** `rows` are the table's body rows in screen order; `columns` the column ids in screen order. */
export function planPaste(
  kind: TableKind,
  rows: Pick<Row, 'id' | 'role'>[],
  columns: string[],
  startRow: number,
  startColumn: string,
  block: string[][],
): PasteResult {
  const def = kindDef(kind);
  const c0 = columns.indexOf(startColumn);
  if (c0 < 0) return { ok: false, message: 'Click a cell to paste into first.' };
  const canAppend = !!roleDef(kind, 'line');
  const plan: PastePlan = { changes: [], append: [] };
  for (let r = 0; r < block.length; r++) {
    const target = rows[startRow + r];
    if (!target && !canAppend) return { ok: false, message: 'The pasted block is taller than the table.' };
    const role = target?.role ?? 'line';
    const newRow: Record<string, CellValue> = {};
    for (let c = 0; c < block[r].length; c++) {
      const colId = columns[c0 + c];
      const col = colId ? def.columns.find((x) => x.id === colId) : undefined;
      if (!col || !canType(kind, role, col)) continue;
      const parsed = parseCellText(col, block[r][c]);
      if (!parsed.ok) return { ok: false, message: `Row ${r + 1}, column ${c + 1}: ${parsed.message}. Nothing was pasted.` };
      if (target) plan.changes.push({ rowId: target.id, column: col.id, value: parsed.value });
      else if (parsed.value !== null) newRow[col.id] = parsed.value;
    }
    if (!target) plan.append.push(newRow);
  }
  return { ok: true, plan };
}
