/** Validation of cell values by column type: what may be stored in a cell, derived from the table kinds. */
import { z } from 'zod';
import './zod-csp';
import type { ColumnDef, ColumnType } from './columns';
import { kindDef, roleDef, type RowRole, type TableKind } from './table-kinds';

/** Budget figures are £000s: a council unit's line will not reach a billion pounds. */
export const MONEY_LIMIT = 1_000_000;
export const FTE_LIMIT = 100_000;

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

const valueSchemas: Record<ColumnType, z.ZodType> = {
  text: z.string().max(2_000),
  longText: z.string().max(50_000),
  list: z.array(z.string().max(10_000)).max(500),
  links: z.array(z.string().max(1_000)).max(200),
  money: z
    .number()
    .finite()
    .min(-MONEY_LIMIT, `at least -${MONEY_LIMIT.toLocaleString('en-GB')} (£000s)`)
    .max(MONEY_LIMIT, `at most ${MONEY_LIMIT.toLocaleString('en-GB')} (£000s)`)
    .transform(oneDecimal),
  fte: z.number().finite().min(0, 'FTE cannot be negative').max(FTE_LIMIT).transform(oneDecimal),
  measure: z.string().max(200),
  dateText: z.string().max(200),
  rating: z.number().int('a whole number from 1 to 5').min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
  deliverables: z.array(z.object({ text: z.string().max(10_000), target: z.string().max(200) })).max(500),
  band: z.never(),
};

export function valueSchema(col: ColumnDef): z.ZodType {
  return valueSchemas[col.type].nullable();
}

/** A computed column is computed on 'line' rows; a memo row that lists it (controllable overheads) holds it as typed. */
export function isInputFor(col: ColumnDef, role: RowRole): boolean {
  return !col.computed || role !== 'line';
}

/**
 * Whether a row of this role may be typed (or pasted) into this column: the role holds the column and the
 * column is not computed there. The one rule behind the grid's editable cells, paste and the service check.
 */
export function canType(kind: TableKind, role: RowRole, col: ColumnDef): boolean {
  return (roleDef(kind, role)?.columns.includes(col.id) ?? false) && isInputFor(col, role);
}

const cellsSchemas = new Map<string, z.ZodType>();

/** Schema for a whole row's cells: only the input columns its role holds, each by type. Built once per kind and role (files validate thousands of rows). */
export function cellsSchemaFor(kind: TableKind, role: RowRole): z.ZodType {
  const key = `${kind}\u0000${role}`;
  let schema = cellsSchemas.get(key);
  if (!schema) cellsSchemas.set(key, (schema = buildCellsSchema(kind, role)));
  return schema;
}

function buildCellsSchema(kind: TableKind, role: RowRole): z.ZodType {
  const def = kindDef(kind);
  const r = roleDef(kind, role);
  if (!r) return z.never({ message: `a ${def.title} table has no ${role} rows` });
  const shape: Record<string, z.ZodType> = {};
  for (const id of r.columns) {
    const col = def.columns.find((c) => c.id === id);
    if (col && isInputFor(col, role)) shape[id] = valueSchema(col).optional();
  }
  return z.strictObject(shape);
}
