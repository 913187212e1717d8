/**
 * What a screen reader hears after a cell is saved: the new value and the totals it changed, briefly
 * ("Employee Costs 956.7; Controllable Totals 2,701.0; Total Cost of Unit 3,278.3").
 */
import type { Block, Row } from '../../shared/model/plan';
import { columnDef } from '../../shared/model/table-kinds';
import { summaryRows } from '../../shared/calc/summaries';
import { cellText } from '../../shared/format/cell-text';

type TableBlock = Extract<Block, { kind: 'table' }>;

export function editAnnouncement(block: TableBlock, row: Row, column: string): string {
  const col = columnDef(block.tableKind, column);
  if (!col) return 'Saved.';
  const heading = col.heading.replace(/\s*£000's$/, '');
  const value = cellText(col, row.cells[column]) || 'blank';
  const totals = col.total ? summaryRows(block.tableKind, block.rows).map((s) => `${s.label} ${cellText(col, s.cells[column])}`) : [];
  return [`${heading} ${value}`, ...totals].join('; ');
}
