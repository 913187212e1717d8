/** Insert, delete and reorder rows of a table, acting on the row that has focus. */
import type { RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { kindDef, type RowRole } from '../../shared/model/table-kinds';
import type { GridRow } from './grid-rows';
import { usePlanStore } from '../stores/plan-store';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The role a new row takes: the focused row's, or the table's first editable one (never a unit heading). */
function newRole(block: TableBlock, focused?: GridRow): RowRole {
  const roles = kindDef(block.tableKind).roles.filter((r) => !r.fixedLabels && r.role !== 'unit').map((r) => r.role);
  return focused && roles.includes(focused.role) ? focused.role : roles.includes('action') ? 'action' : roles[0];
}

export function RowToolbar({ block, gridApi }: { block: TableBlock; gridApi: RefObject<GridApi<GridRow> | null> }) {
  const { insertRow, deleteRow, moveRow, say } = usePlanStore();
  /** The focused body row: its stored position in the table and its data. */
  const focused = (): { row: GridRow; position: number } | null => {
    const cell = gridApi.current?.getFocusedCell();
    if (!cell || cell.rowPinned) return null;
    const row = gridApi.current?.getDisplayedRowAtIndex(cell.rowIndex)?.data;
    if (!row?.id) return null;
    return { row, position: block.rows.findIndex((r) => r.id === row.id) };
  };
  const need = (f: (x: { row: GridRow; position: number }) => void) => () => {
    const x = focused();
    if (!x) return say('Click a row of the table first.', 'error');
    f(x);
  };
  const firstMemo = block.rows.findIndex((r) => r.role === 'memo');
  const end = firstMemo < 0 ? block.rows.length : firstMemo;
  const label = kindDef(block.tableKind).roles.find((r) => r.role === newRole(block))?.label.toLowerCase() ?? 'row';
  return (
    <div className="row-toolbar" role="toolbar" aria-label={`${block.meta.unitName ?? block.title} rows`}>
      <button type="button" onClick={() => { const x = focused(); void insertRow(block.id, x ? x.position + 1 : end, newRole(block, x?.row)); }}>
        Insert {label} below
      </button>
      <button type="button" onClick={need((x) => void insertRow(block.id, x.position, newRole(block, x.row)))}>Insert above</button>
      <button type="button" onClick={need((x) => void deleteRow(x.row.id!))}>Delete row</button>
      <button type="button" aria-label="Move row up" onClick={need((x) => x.position > 0 && void moveRow(x.row.id!, x.position - 1))}>↑</button>
      <button type="button" aria-label="Move row down" onClick={need((x) => x.position < end - 1 && void moveRow(x.row.id!, x.position + 1))}>↓</button>
    </div>
  );
}
