/**
 * Keeps a grid's row heights fitted to their text (row-height.ts): the height of each new row, and after a
 * change (an edit, its acknowledgement, wider or narrower columns, an editor closed) only the rows whose
 * line count changed move. A row with an editor open keeps its height until the editor closes: moving it
 * while the editor opens could lose a key typed ahead.
 */
import { useMemo } from 'react';
import type { GridApi, IRowNode, RowHeightParams } from 'ag-grid-community';
import type { TableKind } from '../../shared/model/table-kinds';
import { rowHeight } from './row-height';
import type { GridRow } from './grid-rows';

/** The theme's one-line row height; before the theme's styles are in, the quartz theme's at our spacing. */
const baseHeight = (a: GridApi<GridRow>) => a.getSizesForCurrentTheme()?.rowHeight ?? 32;
const editing = (a: GridApi<GridRow>, n: IRowNode<GridRow>) => a.getEditingCells().some((c) => c.rowIndex === n.rowIndex && !c.rowPinned);

export function refitRows(api: GridApi<GridRow>, kind: TableKind, nodes: Iterable<IRowNode<GridRow>>): void {
  let moved = false;
  for (const n of nodes) {
    if (n.rowPinned || editing(api, n)) continue;
    const h = rowHeight(api, kind, n, baseHeight(api));
    if (h === n.rowHeight) continue;
    n.setRowHeight(h);
    moved = true;
  }
  if (moved) api.onRowHeightChanged();
}

export function useRowHeights(kind: TableKind) {
  return useMemo(
    () => ({
      heightOf: (p: RowHeightParams<GridRow>) => rowHeight(p.api, kind, p.node, baseHeight(p.api)),
      /** Columns resized or shown: text wraps differently. */
      rewrap: (e: { api: GridApi<GridRow>; finished?: boolean }) => {
        if (e.finished === false) return;
        const all: IRowNode<GridRow>[] = [];
        e.api.forEachNode((n) => all.push(n));
        refitRows(e.api, kind, all);
      },
      settle: (api: GridApi<GridRow>, node: IRowNode<GridRow>) => refitRows(api, kind, [node]),
    }),
    [kind],
  );
}
