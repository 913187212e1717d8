/**
 * Reads a table kind's columns from a text table, one column a line, so kind-columns.ts holds the columns
 * as data rather than the same object literal over and over. A line is
 *   id | heading | type | width [| year N] [| total] [| note]
 * and a computed column's expression comes from the map beside the table (an expression is data too,
 * but not a one-liner). Anything unknown throws when the module loads, so a typo fails every test at once.
 */
import type { ColumnDef, ColumnType, Expr, YearOffset } from './columns';

/** Every column type, as the compiler checks against ColumnType: the parsed type is known to be one. */
const TYPES: Record<ColumnType, true> = {
  text: true,
  longText: true,
  list: true,
  links: true,
  money: true,
  fte: true,
  measure: true,
  dateText: true,
  rating: true,
  deliverables: true,
  band: true,
};
const YEARS = ['-2', '-1', '0'];

export function columnTable(table: string, computed: Record<string, Expr> = {}): ColumnDef[] {
  const cols = table
    .trim()
    .split('\n')
    .map((line): ColumnDef => {
      const [id, heading, type, width, ...flags] = line.split('|').map((f) => f.trim());
      if (TYPES[type as ColumnType] !== true || !/^\d+$/.test(width ?? '')) throw new Error(`column line not understood: ${line.trim()}`);
      const year = flags.find((f) => f.startsWith('year '))?.slice(5);
      const other = flags.filter((f) => !f.startsWith('year ') && f !== 'total' && f !== 'note');
      if ((year !== undefined && !YEARS.includes(year)) || other.length) throw new Error(`column flags not understood: ${line.trim()}`);
      // Keys in the order the hand-written lists had, so the declarations serialise as before.
      return {
        id,
        heading,
        type: type as ColumnType,
        ...(year !== undefined && { year: Number(year) as YearOffset }),
        width: Number(width),
        ...(flags.includes('total') && { total: true }),
        ...(computed[id] && { computed: computed[id] }),
        ...(flags.includes('note') && { note: true }),
      };
    });
  const unknown = Object.keys(computed).filter((id) => !cols.some((c) => c.id === id));
  if (unknown.length) throw new Error(`computed columns not in the table: ${unknown.join(', ')}`);
  return cols;
}
