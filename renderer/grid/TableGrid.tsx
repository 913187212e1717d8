/**
 * One plan table in ag-grid (community): columns generated from the model, computed cells read-only,
 * totals pinned below, and the shared spreadsheet behaviour (block selection, copy, paste, fill, delete).
 * Every accepted edit is saved at once through the store. Only rows whose stored object changed are
 * repainted; the grid is as tall as its rows up to the window, so large tables stay virtualised.
 */
import { memo, useMemo, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { isFiltering, orderByDue, visibleActionRows } from '../../shared/calc/action-filter';
import { AgGridReact } from 'ag-grid-react';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type GetRowIdParams, type IRowNode, type RowClassParams } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import { columnDefs } from './column-defs';
import { bodyRows, pinnedRows, sameRows, takeChanged, type GridRow } from './grid-rows';
import { useSpreadsheet } from './use-spreadsheet';
import { RowToolbar } from './RowToolbar';
import { GridContextMenu } from './GridContextMenu';
import { usePlanStore } from '../stores/plan-store';
import { useUiStore } from '../stores/ui-store';
import { useFittedHeight } from './use-fitted-height';
import { typeahead } from './typeahead';
import { kindDef } from '../../shared/model/table-kinds';
import { gridCaption, nameGrid } from './grid-a11y';
import { CELL_FONT_FAMILY, CELL_FONT_SIZE } from './row-height';
import { refitRows, useRowHeights } from './use-row-heights';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontFamily: CELL_FONT_FAMILY,
  fontSize: CELL_FONT_SIZE,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  wrapperBorderRadius: 4,
  cellHorizontalPaddingScale: 0.6,
});
const rowId = (p: GetRowIdParams<GridRow>) => p.data.key;
const rowClass = (p: RowClassParams<GridRow>) => [`row-${p.data?.role ?? 'line'}`, p.data?.summary ? 'row-summary' : ''];

interface Props {
  block: Extract<Block, { kind: 'table' }>;
  sectionTitle: string;
  planYear: number;
  /** Action numbers by row id (1.1.1), for action tables. */
  numbers?: Map<number, string>;
}

export const TableGrid = memo(function TableGrid({ block, sectionTitle, planYear, numbers }: Props) {
  const updateCell = usePlanStore((s) => s.updateCell);
  const say = useUiStore((s) => s.say);
  const order = useUiStore((s) => (block.tableKind === 'actions' ? s.actionFilter.order : 'plan'));
  const rows = useMemo(() => (order === 'due' ? orderByDue(bodyRows(block)) : bodyRows(block)), [block, order]);
  // Pinned rows are updated in place (their cells repaint below); the grid gets a new list only when rows come or go.
  const lastPinned = useRef<GridRow[] | null>(null);
  const pinned = useMemo(() => sameRows(lastPinned.current, pinnedRows(block, sectionTitle)), [block, sectionTitle]);
  useLayoutEffect(() => void (lastPinned.current = pinned), [pinned]);
  const sheet = useSpreadsheet(block, rows);
  const container = useRef<HTMLDivElement>(null);
  const fitted = useFittedHeight(container, 60 + rows.length * 40 + pinned.length * 34);
  const leading = useMemo<ColDef<GridRow>[]>(
    () =>
      numbers
        ? [
            {
              colId: 'ref',
              headerName: 'Ref',
              width: 64,
              minWidth: 56,
              valueGetter: (p) => (p.data?.id ? (numbers.get(p.data.id) ?? '') : ''),
              cellClass: 'cell-ref',
              pinned: 'left',
            },
          ]
        : [],
    [numbers],
  );
  const hiddenNotes = useHiddenNotes(block);
  const cols = useMemo(
    () =>
      columnDefs(
        block.tableKind,
        planYear,
        { onEdit: (row, column, value) => row.id && void updateCell(row.id, column, value as never), onRefuse: (m) => say(m, 'error') },
        leading,
        hiddenNotes,
      ),
    [block.tableKind, planYear, leading, updateCell, say, hiddenNotes],
  );
  useActionFilter(block, sheet.api);
  useNewTable(block.id, sheet);
  // Rows whose cells changed (an edit, an acknowledgement, an undo) repaint before the next frame: only the
  // cells whose text differs, never a cell being edited.
  useLayoutEffect(() => {
    const a = sheet.api.current;
    const changed = takeChanged([...rows, ...pinned]);
    if (!a || !changed.length) return;
    const isNode = (n: IRowNode<GridRow> | undefined): n is IRowNode<GridRow> => !!n;
    const pinnedNodes = Array.from({ length: a.getPinnedBottomRowCount() }, (_, i) => a.getPinnedBottomRow(i))
      .filter(isNode)
      .filter((n) => changed.includes(n.data!));
    const nodes = [...changed.map((r) => a.getRowNode(r.key)).filter(isNode), ...pinnedNodes];
    if (nodes.length) a.refreshCells({ rowNodes: nodes });
    // An edit may add or remove a line of text: its row's height follows in the same frame.
    refitRows(a, block.tableKind, nodes);
  }, [rows, pinned, sheet, block.tableKind]);
  const heights = useRowHeights(block.tableKind);
  // A fill or paste changes the selected figures: the status line's sum follows.
  useEffect(() => sheet.publishStats(), [rows, sheet]);
  const bringIntoView = useFocusRequest(block.id, sheet.api, container);
  const defaultColDef = useMemo<ColDef<GridRow>>(
    () => ({
      resizable: true,
      suppressHeaderMenuButton: true,
      cellClassRules: { 'cell-in-range': (p) => !p.node.rowPinned && sheet.cellInRange(p.node.rowIndex, p.column.getColId()) },
    }),
    [sheet],
  );
  const caption = gridCaption(sectionTitle, block.meta.unitName ?? block.title, block.tableKind);
  useEffect(() => nameGrid(container.current, caption), [caption]);
  const ready = useCallback(() => (nameGrid(container.current, caption), fitted.watch(), bringIntoView()), [fitted, bringIntoView, caption]);
  const filterPresent = useCallback(() => visibleRows.get(sheet.api) !== undefined, [sheet]);
  const filterPasses = useCallback((node: IRowNode<GridRow>) => !node.data?.id || (visibleRows.get(sheet.api)?.has(node.data.id) ?? true), [sheet]);

  return (
    <div
      ref={container}
      className="table-grid"
      data-table-kind={block.tableKind}
      data-block-id={block.id}
      onCopy={sheet.onCopy}
      onCut={sheet.onCut}
      onPaste={sheet.onPaste}
      onKeyDownCapture={sheet.onKeyDownCapture}
      onMouseDownCapture={sheet.onMouseDownCapture}
      onContextMenu={sheet.onContextMenu}
    >
      <RowToolbar block={block} gridApi={sheet.api} />
      {rows.length === 0 && <p className="grid-empty">No rows yet: “Insert … below” adds one.</p>}
      <div className="grid-frame" style={{ height: fitted.height }}>
        <AgGridReact<GridRow>
          theme={theme}
          columnDefs={cols}
          rowData={rows}
          pinnedBottomRowData={pinned}
          getRowId={rowId}
          getRowClass={rowClass}
          getRowHeight={heights.heightOf}
          onColumnResized={heights.rewrap}
          onDisplayedColumnsChanged={heights.rewrap}
          animateRows={false}
          onGridReady={(e) => {
            sheet.api.current = e.api;
            ready();
          }}
          onFirstDataRendered={ready}
          isExternalFilterPresent={filterPresent}
          doesExternalFilterPass={filterPasses}
          onCellFocused={sheet.onCellFocused}
          onCellEditingStopped={(e) => (typeahead.cancel(), heights.settle(e.api, e.node))}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVerticallyAfterEdit
          enterNavigatesVertically
          suppressMovableColumns
          suppressNoRowsOverlay
          tooltipShowDelay={300}
          defaultColDef={defaultColDef}
        />
      </div>
      <GridContextMenu block={block} sheet={sheet} />
    </div>
  );
});

/**
 * The grid is kept when the next section shows a table of the same kind (SectionView): the new table starts
 * at its top, with no cell focused or selected from the last one.
 */
function useNewTable(blockId: number, sheet: ReturnType<typeof useSpreadsheet>) {
  const shown = useRef(blockId);
  useLayoutEffect(() => {
    if (shown.current === blockId) return;
    shown.current = blockId;
    sheet.forget();
    const a = sheet.api.current;
    if (!a) return;
    a.clearFocusedCell();
    if (a.getDisplayedRowCount()) a.ensureIndexVisible(0, 'top');
  }, [blockId, sheet]);
}

/**
 * A Notes column takes room a laptop screen does not have: it shows only while some row of the table has a
 * note (or one is being added from the right-click menu), as comments do in a spreadsheet.
 */
function useHiddenNotes(block: Props['block']): readonly string[] {
  const notes = kindDef(block.tableKind).columns.find((c) => c.note)?.id;
  const shown = useUiStore((s) => s.notesShown.includes(block.id));
  const any = notes !== undefined && block.rows.some((r) => r.cells[notes] != null && r.cells[notes] !== '');
  // One array per answer, so the column definitions are rebuilt only when the answer changes.
  return notes === undefined || any || shown ? NONE : (HIDDEN_NOTES[notes] ??= [notes]);
}
const NONE: readonly string[] = [];
const HIDDEN_NOTES: Record<string, readonly string[]> = {};

/** Per grid: the action rows the plan's filter lets through, or nothing when no filter is set. */
const visibleRows = new WeakMap<ReturnType<typeof useSpreadsheet>['api'], Set<number>>();

/** Action tables follow the plan's action filter; the grid re-filters only when the filter or the rows' set changes. */
function useActionFilter(block: Props['block'], api: ReturnType<typeof useSpreadsheet>['api']) {
  const filter = useUiStore((s) => (block.tableKind === 'actions' ? s.actionFilter : null));
  const active = filter !== null && isFiltering(filter);
  const rowsKey = active ? block.rows : null;
  useEffect(() => {
    if (active) visibleRows.set(api, visibleActionRows(block.rows, filter, new Date()));
    else visibleRows.delete(api);
    api.current?.onFilterChanged();
    // Filtering reads the rows' text, so an edit re-filters only while a filter is set.
  }, [filter, rowsKey, api]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * A jump to a row of this table (search, undo, a new row): scroll the page to the grid and the grid to
 * the row, put the focus on the cell and flash it, so the user sees what they jumped to.
 */
function useFocusRequest(blockId: number, api: ReturnType<typeof useSpreadsheet>['api'], container: React.RefObject<HTMLDivElement | null>) {
  const focus = useUiStore((s) => (s.focus?.blockId === blockId ? s.focus : null));
  const bringIntoView = useCallback(() => {
    const a = api.current;
    if (!a || !focus) return;
    useUiStore.getState().setFocus(null);
    const node = focus.rowId ? (a.getRowNode(`r${focus.rowId}`) ?? pinnedNode(a, focus.rowId)) : null;
    if (!node) return void container.current?.scrollIntoView({ block: 'nearest' });
    // The grid draws the row at once; the cell takes the focus before the page scrolls to it, so the focus
    // never sits on a heading scrolled out of view.
    if (!node.rowPinned) a.ensureNodeVisible(node, 'middle');
    const column =
      focus.column ??
      a
        .getAllDisplayedColumns()
        .find((c) => c.getColId() !== 'ref')
        ?.getColId();
    if (node.rowIndex !== null && column) a.setFocusedCell(node.rowIndex, column, node.rowPinned);
    const cell = document.activeElement instanceof HTMLElement && container.current?.contains(document.activeElement) ? document.activeElement : null;
    (cell ?? container.current)?.scrollIntoView({ block: 'nearest' });
    if (focus.flash !== false) a.flashCells({ rowNodes: [node], columns: focus.column ? [focus.column] : undefined });
  }, [focus, api, container]);
  useEffect(() => {
    if (!focus) return;
    // The row may arrive with the same render (a new row): jump once the grid has drawn it.
    const frame = requestAnimationFrame(bringIntoView);
    return () => cancelAnimationFrame(frame);
  }, [focus, bringIntoView]);
  return bringIntoView;
}

function pinnedNode(a: NonNullable<ReturnType<typeof useSpreadsheet>['api']['current']>, id: number): IRowNode<GridRow> | null {
  for (let i = 0; i < a.getPinnedBottomRowCount(); i++) {
    const n = a.getPinnedBottomRow(i);
    if (n?.data?.id === id) return n;
  }
  return null;
}
