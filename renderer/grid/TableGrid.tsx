/**
 * One plan table in ag-grid (community): columns generated from the model, computed cells read-only,
 * totals pinned below, and the shared spreadsheet behaviour (block selection, copy, paste, delete).
 * Every accepted edit is saved at once through the store; undo and redo live in the store and services.
 */
import { memo, useMemo, useCallback, useEffect, useRef } from 'react';
import { isFiltering, orderByDue, visibleActionRows } from '../../shared/calc/action-filter';
import { AgGridReact } from 'ag-grid-react';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type RowClassParams } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { columnDefs } from './column-defs';
import { bodyRows, pinnedRows, type GridRow } from './grid-rows';
import { useSpreadsheet } from './use-spreadsheet';
import { RowToolbar } from './RowToolbar';
import { usePlanStore } from '../stores/plan-store';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({ fontSize: 13, headerFontSize: 12, headerFontWeight: 600, spacing: 5, wrapperBorderRadius: 4, cellHorizontalPaddingScale: 0.6 });

interface Props {
  block: Extract<Block, { kind: 'table' }>;
  sectionTitle: string;
  planYear: number;
  /** Action numbers by row id (1.1.1), for action tables. */
  numbers?: Map<number, string>;
}

export const TableGrid = memo(function TableGrid({ block, sectionTitle, planYear, numbers }: Props) {
  const updateCell = usePlanStore((s) => s.updateCell);
  const say = usePlanStore((s) => s.say);
  const order = usePlanStore((s) => (block.tableKind === 'actions' ? s.actionFilter.order : 'plan'));
  const rows = useMemo(() => (order === 'due' ? orderByDue(bodyRows(block)) : bodyRows(block)), [block, order]);
  const pinned = useMemo(() => pinnedRows(block, sectionTitle), [block, sectionTitle]);
  const sheet = useSpreadsheet(block, rows);
  const leading = useMemo<ColDef<GridRow>[]>(
    () =>
      numbers
        ? [{ colId: 'ref', headerName: 'Ref', width: 80, valueGetter: (p) => (p.data?.id ? (numbers.get(p.data.id) ?? '') : ''), cellClass: 'cell-ref', pinned: 'left' }]
        : [],
    [numbers],
  );
  const cols = useMemo(
    () =>
      columnDefs(
        block.tableKind,
        planYear,
        { onEdit: (row, column, value) => row.id && void updateCell(row.id, column, value as never), onRefuse: (m) => say(m, 'error') },
        leading,
      ),
    [block.tableKind, planYear, leading, updateCell, say],
  );
  // Action tables follow the plan's action filter (an external filter: the grid asks per row).
  const filter = usePlanStore((s) => (block.tableKind === 'actions' ? s.actionFilter : null));
  const visible = useRef<Set<number> | null>(null);
  visible.current = filter && isFiltering(filter) ? visibleActionRows(block.rows, filter, new Date()) : null;
  useEffect(() => sheet.api.current?.onFilterChanged(), [filter, block, sheet]);
  // A search result in this table: scroll to its row and mark the cell.
  const focus = usePlanStore((s) => (s.focus?.blockId === block.id ? s.focus : null));
  const bringIntoView = useCallback(() => {
    const a = sheet.api.current;
    if (!a || !focus?.rowId) return;
    const node = a.getRowNode(`r${focus.rowId}`) ?? a.getPinnedBottomRow(0);
    if (!node) return;
    const el = document.querySelector(`[data-block-id="${block.id}"] .ag-row[row-id="r${focus.rowId}"]`);
    el?.scrollIntoView({ block: 'center' });
    if (node.rowIndex !== null && focus.column) a.setFocusedCell(node.rowIndex, focus.column, node.rowPinned);
    a.flashCells({ rowNodes: [node], columns: focus.column ? [focus.column] : undefined });
    usePlanStore.getState().setFocus(null);
  }, [focus, block.id, sheet]);
  useEffect(() => void setTimeout(bringIntoView, 50), [bringIntoView]);
  const rowClass = useCallback((p: RowClassParams<GridRow>) => [`row-${p.data?.role ?? 'line'}`, p.data?.summary ? 'row-summary' : ''], []);
  const defaultColDef = useMemo<ColDef<GridRow>>(
    () => ({
      resizable: true,
      suppressHeaderMenuButton: true,
      cellClassRules: { 'cell-in-range': (p) => !p.node.rowPinned && sheet.cellInRange(p.node.rowIndex, p.column.getColId()) },
    }),
    [sheet],
  );

  return (
    <div
      className="table-grid"
      data-table-kind={block.tableKind}
      data-block-id={block.id}
      onCopy={sheet.onCopy}
      onPaste={sheet.onPaste}
      onKeyDownCapture={sheet.onKeyDownCapture}
      onMouseDownCapture={sheet.onMouseDownCapture}
    >
      <RowToolbar block={block} gridApi={sheet.api} />
      <AgGridReact<GridRow>
        theme={theme}
        columnDefs={cols}
        rowData={rows}
        pinnedBottomRowData={pinned}
        getRowId={(p) => p.data.key}
        getRowClass={rowClass}
        domLayout="autoHeight"
        animateRows={false}
        onGridReady={(e) => {
          sheet.api.current = e.api;
          setTimeout(bringIntoView, 50);
        }}
        isExternalFilterPresent={() => visible.current !== null}
        doesExternalFilterPass={(node) => !node.data?.id || (visible.current?.has(node.data.id) ?? true)}
        suppressColumnVirtualisation
        onCellFocused={sheet.onCellFocused}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        enterNavigatesVertically
        suppressMovableColumns
        tooltipShowDelay={300}
        defaultColDef={defaultColDef}
      />
    </div>
  );
});
