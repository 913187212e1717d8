/**
 * Row commands shared by the row toolbar and the grid's context menu: insert above or below the focused row,
 * delete it, move it, add a deliverable to an action. Each acts on the focused row and reports plainly when
 * there is none.
 */
import type { GridApi } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { kindDef, type RowRole } from '../../shared/model/table-kinds';
import type { GridRow } from './grid-rows';
import { isBodyRow } from '../../shared/calc/table-layout';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';

type TableBlock = Extract<Block, { kind: 'table' }>;
type Api = { current: GridApi<GridRow> | null };
type Focused = { row: GridRow; position: number };

/** The role a new row takes: the focused row's, or the table's first editable one (never a unit heading). */
export function newRole(block: TableBlock, focused?: GridRow): RowRole {
  const roles = kindDef(block.tableKind)
    .roles.filter((r) => !r.fixedLabels && r.role !== 'unit')
    .map((r) => r.role);
  return focused && roles.includes(focused.role) ? focused.role : roles.includes('action') ? 'action' : roles[0];
}

export function newRowLabel(block: TableBlock): string {
  return (
    kindDef(block.tableKind)
      .roles.find((r) => r.role === newRole(block))
      ?.label.toLowerCase() ?? 'row'
  );
}

/** Where body rows end: memorandum items stay below the lines. */
const bodyEnd = (block: TableBlock) => {
  const firstMemo = block.rows.findIndex((r) => !isBodyRow(r));
  return firstMemo < 0 ? block.rows.length : firstMemo;
};

export function rowCommands(block: TableBlock, api: Api) {
  const store = () => usePlanStore.getState();
  const focused = (): Focused | null => {
    const cell = api.current?.getFocusedCell();
    if (!cell || cell.rowPinned) return null;
    const row = api.current?.getDisplayedRowAtIndex(cell.rowIndex)?.data;
    if (!row?.id) return null;
    return { row, position: block.rows.findIndex((r) => r.id === row.id) };
  };
  const need = (f: (x: Focused) => void) => () => {
    const x = focused();
    if (!x) return useUiStore.getState().say('Click a row of the table first.', 'error');
    f(x);
  };
  const end = bodyEnd(block);
  return {
    insertBelow: () => {
      const x = focused();
      void store().insertRow(block.id, x ? x.position + 1 : end, newRole(block, x?.row));
    },
    insertAbove: need((x) => void store().insertRow(block.id, x.position, newRole(block, x.row))),
    deleteRow: need((x) => void store().deleteRow(x.row.id!)),
    moveUp: need((x) => x.position > 0 && void store().moveRow(x.row.id!, x.position - 1)),
    moveDown: need((x) => x.position < end - 1 && void store().moveRow(x.row.id!, x.position + 1)),
    /** Shows the table's Notes column and edits the focused row's note, as "New comment" does in Excel. */
    addNote: need((x) => {
      const notes = kindDef(block.tableKind).columns.find((c) => c.note)?.id;
      const a = api.current;
      const cell = a?.getFocusedCell();
      if (
        !notes ||
        !a ||
        !cell ||
        !kindDef(block.tableKind)
          .roles.find((r) => r.role === x.row.role)
          ?.columns.includes(notes)
      )
        return useUiStore.getState().say('This row has no note.', 'error');
      useUiStore.getState().showNotes(block.id);
      requestAnimationFrame(() => {
        a.setColumnsVisible([notes], true);
        a.ensureColumnVisible(notes);
        a.setFocusedCell(cell.rowIndex, notes);
        a.startEditingCell({ rowIndex: cell.rowIndex, colKey: notes });
      });
    }),
    /** Opens the deliverables editor of the focused action on a new, empty deliverable. */
    addDeliverable: need((x) => {
      const a = api.current;
      const cell = a?.getFocusedCell();
      if (x.row.role !== 'action' || !a || !cell) return useUiStore.getState().say('Deliverables belong to actions: click an action first.', 'error');
      a.setFocusedCell(cell.rowIndex, 'deliverables');
      a.startEditingCell({ rowIndex: cell.rowIndex, colKey: 'deliverables', key: 'Insert' });
    }),
  };
}
