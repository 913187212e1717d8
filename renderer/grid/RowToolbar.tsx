/** Insert, delete and reorder rows of a table, acting on the row that has focus. */
import { useMemo, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Block } from '../../shared/model/plan';
import type { GridRow } from './grid-rows';
import { newRowLabel, rowCommands } from './row-commands';

type TableBlock = Extract<Block, { kind: 'table' }>;

export function RowToolbar({ block, gridApi }: { block: TableBlock; gridApi: RefObject<GridApi<GridRow> | null> }) {
  const cmd = useMemo(() => rowCommands(block, gridApi), [block, gridApi]);
  return (
    <div className="row-toolbar" role="toolbar" aria-label={`${block.meta.unitName ?? block.title} rows`}>
      <button type="button" onClick={cmd.insertBelow}>
        Insert {newRowLabel(block)} below
      </button>
      <button type="button" onClick={cmd.insertAbove}>
        Insert above
      </button>
      <button type="button" onClick={cmd.deleteRow}>
        Delete row
      </button>
      <button type="button" aria-label="Move row up" onClick={cmd.moveUp}>
        ↑
      </button>
      <button type="button" aria-label="Move row down" onClick={cmd.moveDown}>
        ↓
      </button>
    </div>
  );
}
