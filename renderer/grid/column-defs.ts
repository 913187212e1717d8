/**
 * ag-grid column definitions generated from the table kind (shared/model/table-kinds.ts): headings with
 * their years, alignment and formats by column type, which cells can be typed in, and how typed text is
 * read. Nothing here lists columns of its own.
 */
import type { ColDef, ColGroupDef, ValueSetterParams } from 'ag-grid-community';
import { headingGroups } from '../../shared/model/headings';
import { isNumericType, type ColumnDef } from '../../shared/model/columns';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { headingFont, textWidth } from './text-width';
import { canType } from '../../shared/model/cell-values';
import { parseCellText } from '../../shared/format/cell-input';
import { DeliverablesEditor } from './DeliverablesEditor';
import { TextAreaEditor } from './TextAreaEditor';
import { InlineTextEditor } from './InlineTextEditor';
import { LinksEditor } from './LinksEditor';
import { LinksCell } from './LinksCell';
import { DeliverablesCell } from './DeliverablesCell';
import { cellText } from '../../shared/format/cell-text';
import type { GridRow } from './grid-rows';
import { DescribedCell } from './grid-a11y';
import { computedNote } from '../../shared/model/expr-text';

export interface ColumnCallbacks {
  onEdit: (row: GridRow, column: string, value: unknown) => void;
  onRefuse: (message: string) => void;
}

function editable(kind: TableKind, col: ColumnDef) {
  return (p: { data?: GridRow }) => {
    const d = p.data;
    if (!d || d.summary) return false;
    return canType(kind, d.role, col);
  };
}

function setter(col: ColumnDef, cb: ColumnCallbacks) {
  return (p: ValueSetterParams<GridRow>): boolean => {
    let value: unknown;
    if (Array.isArray(p.newValue))
      value = p.newValue; // from the list and deliverables editors
    else {
      const parsed = parseCellText(col, p.newValue == null ? '' : String(p.newValue));
      if (!parsed.ok) {
        cb.onRefuse(`${parsed.message}. Nothing was changed.`);
        return false;
      }
      value = parsed.value;
    }
    cb.onEdit(p.data, col.id, value);
    return false; // the store re-renders the row once the main process has saved it
  };
}

/**
 * Wide enough for the heading's longest word, measured in the heading font (headings wrap between words,
 * never inside one), and for the column's content: figures and bands on one line, text columns room for a
 * few words, a table's row labels ("Controllable Totals") on one line. Columns share out the rest of the width
 * by their declared widths, so every table fits a 1366-pixel laptop screen.
 */
const CONTENT_MIN: Partial<Record<ColumnDef['type'], number>> = {
  text: 64,
  longText: 120,
  list: 110,
  links: 110,
  deliverables: 150,
  dateText: 80,
  measure: 64,
  band: 76,
  money: 60,
  fte: 44,
  rating: 44,
};
const HEADING_PADDING = 20; // cell padding and the resize handle
const minWidth = (kind: TableKind, col: ColumnDef & { label: string }) => {
  const longestWord = Math.max(...col.label.split(/\s+/).map((w) => textWidth(w, headingFont())));
  const label = kindDef(kind).labelColumn === col.id && kindDef(kind).summaries.length ? 168 : 0;
  return Math.ceil(Math.max(CONTENT_MIN[col.type] ?? 56, label, longestWord + HEADING_PADDING));
};

function leaf(kind: TableKind, col: ColumnDef & { label: string }, cb: ColumnCallbacks, hidden: readonly string[]): ColDef<GridRow> {
  const numeric = isNumericType(col.type);
  const computed = computedNote(col, kindDef(kind).columns);
  const wraps = !numeric && col.type !== 'band';
  const multiline = col.type === 'list' || col.type === 'links' || col.type === 'longText' || col.type === 'deliverables';
  return {
    colId: col.id,
    headerName: col.label,
    hide: hidden.includes(col.id),
    field: `cells.${col.id}` as never,
    valueFormatter: (p) => cellText(col, p.value),
    valueSetter: setter(col, cb),
    cellDataType: false, // our own reading of typed text (parseFigure), not the grid's number editor
    editable: editable(kind, col),
    cellEditor: col.type === 'deliverables' ? DeliverablesEditor : col.type === 'links' ? LinksEditor : multiline ? TextAreaEditor : InlineTextEditor,
    cellEditorParams: multiline ? { column: col } : undefined,
    cellRenderer: col.type === 'links' ? LinksCell : col.type === 'deliverables' ? DeliverablesCell : undefined,
    // Computed cells and totals rows tell a screen reader they are computed (and from what).
    cellRendererSelector: (p) => {
      const description = p.data?.summary ? 'Computed from the rows above' : computed;
      return description ? { component: DescribedCell, params: { description } } : undefined;
    },
    headerTooltip: computed,
    cellEditorPopup: multiline,
    cellEditorPopupPosition: 'under',
    // Inside multi-line editors Enter is a new line (or a new deliverable) and Tab moves between fields.
    suppressKeyboardEvent: (p) =>
      p.editing && multiline && (p.event.key === 'Enter' || p.event.key === 'Backspace' || (col.type === 'deliverables' && p.event.key === 'Tab')),
    flex: col.width,
    minWidth: minWidth(kind, col),
    // Text wraps; figures and bands stay on one line. Row heights come from the text (row-height.ts), not
    // from autoHeight, which forces a layout for every cell it measures.
    wrapText: wraps,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    sortable: false,
    type: numeric ? 'rightAligned' : undefined,
    cellClass: (p) => [
      numeric ? 'cell-number' : 'cell-text',
      col.computed ? 'cell-computed' : '',
      p.data?.mismatch?.[col.id] !== undefined ? 'cell-mismatch' : '',
    ],
    tooltipValueGetter: (p) => {
      const printed = p.data?.mismatch?.[col.id];
      return printed === undefined ? undefined : `The source document prints ${printed}; the figure shown is computed from the lines.`;
    },
  };
}

/** `hidden`: columns drawn hidden from the start (an empty Notes column), so the grid never lays them out. */
export function columnDefs(
  kind: TableKind,
  planYear: number,
  cb: ColumnCallbacks,
  leading: ColDef<GridRow>[] = [],
  hidden: readonly string[] = [],
): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const groups = headingGroups(kind, planYear);
  const out: (ColDef<GridRow> | ColGroupDef<GridRow>)[] = [...leading];
  for (const g of groups) {
    const leaves = g.columns.map((c) => leaf(kind, c, cb, hidden));
    if (g.heading) out.push({ headerName: g.heading, marryChildren: true, children: leaves });
    else out.push(...leaves);
  }
  return out;
}
