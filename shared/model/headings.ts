/**
 * Column headings with their financial years, for every layout (grid, Excel, print): the two-row heading
 * of the budget sheets ("2007-08" over last year's columns, "2008-09" over the rest) or a year appended
 * to a single heading ("Target 2008/09").
 */
import type { ColumnDef } from './columns';
import { kindDef, type TableKind } from './table-kinds';
import { fyBudgetHeading, fyLabel } from '../calc/financial-year';

export interface HeadingGroup {
  /** The year heading over this run of columns; null where a column has no year. */
  heading: string | null;
  columns: (ColumnDef & { label: string })[];
}

/** `omit`: columns left out (see emptyNoteColumns). */
export function headingGroups(kind: TableKind, planYear: number, omit: ReadonlySet<string> = new Set()): HeadingGroup[] {
  const def = kindDef(kind);
  const groups: HeadingGroup[] = [];
  for (const col of def.columns) {
    if (omit.has(col.id)) continue;
    const inline = def.yearHeadings === 'inline' && col.year !== undefined;
    const label = inline ? `${col.heading} ${fyLabel(planYear + col.year!)}` : col.heading;
    const heading = def.yearHeadings === 'grouped' && col.year !== undefined ? fyBudgetHeading(planYear + col.year) : null;
    const last = groups.at(-1);
    if (last && last.heading === heading) last.columns.push({ ...col, label });
    else groups.push({ heading, columns: [{ ...col, label }] });
  }
  return groups;
}

/**
 * Note columns no row of the table uses: printed pages and the whole-plan workbook leave them out, since an
 * empty Notes column only takes room from the others. The grid always shows them, to be typed in.
 */
export function emptyNoteColumns(kind: TableKind, rows: { cells: Record<string, unknown> }[]): Set<string> {
  const notes = kindDef(kind)
    .columns.filter((c) => c.note)
    .map((c) => c.id);
  return new Set(notes.filter((id) => !rows.some((r) => String(r.cells[id] ?? '').trim())));
}
