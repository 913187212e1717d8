/**
 * The plan document: a directorate holds plans for financial years; a plan is an ordered outline of
 * sections; a section holds an ordered list of blocks, each either narrative text or a table of rows.
 * The same shape is the JSON export format, the bundled sample and what the renderer shows.
 */
import { z } from 'zod';
import { richDocSchema, type RichDoc } from './richtext';
import { ROW_ROLES, TABLE_KINDS, type RowRole, type TableKind } from './table-kinds';
import type { Cells } from './columns';
import { cellsSchemaFor } from './cell-values';

export type PlanKind = 'unit' | 'introduction';

/** The fields of a plan's title page, all editable in the header form. */
export interface PlanHeader {
  directorate: string;
  division: string;
  title: string;
  year: number; // first calendar year of the financial year: 2008 means 2008/09
  cabinetMember: string;
  director: string;
  planContact: string;
}

export const HEADER_FIELDS: { id: keyof PlanHeader; label: string }[] = [
  { id: 'directorate', label: 'Directorate' },
  { id: 'division', label: 'Division / unit' },
  { id: 'title', label: 'Plan title' },
  { id: 'year', label: 'Financial year (first year)' },
  { id: 'cabinetMember', label: 'Cabinet Member' },
  { id: 'director', label: 'Director' },
  { id: 'planContact', label: 'Unit Business Plan Contact' },
];

const text = (max: number) => z.string().max(max);
export const headerSchema = z.object({
  // Trimmed here, as stored: a name of spaces is no name, and ' X' is the directorate X.
  directorate: z.string().trim().min(1, 'the directorate needs a name').max(200),
  division: text(200),
  title: text(300),
  year: z.number().int().min(1990, 'a year from 1990').max(2100, 'a year up to 2100'),
  cabinetMember: text(200),
  director: text(200),
  planContact: text(200),
});
export const headerPatchSchema = headerSchema.partial();

export interface Row {
  id: number;
  role: RowRole;
  cells: Cells;
}

export interface TableMeta {
  /** Budget tables: the unit's name as printed above its table ("Advisory Service Kent - Secondary"). */
  unitName?: string;
  /** Totals as printed in a source document, kept so checks can flag where they disagree with the lines. */
  printedSummaries?: Record<string, Record<string, number>>;
  /** Footnotes printed under the table. */
  notes?: string[];
}

export type Block =
  { id: number; kind: 'narrative'; doc: RichDoc } | { id: number; kind: 'table'; tableKind: TableKind; title: string; meta: TableMeta; rows: Row[] };

export interface Section {
  id: number;
  title: string;
  level: 1 | 2;
  blocks: Block[];
}

export interface PlanSummary {
  id: number;
  kind: PlanKind;
  directorateId: number;
  header: PlanHeader;
  updatedAt: string;
}

export interface PlanDocument extends PlanSummary {
  sections: Section[];
}

/* ---------- the exchange format (JSON export, bundled sample, plan files): integer ids are assigned on import ---------- */

const metaSchema = z.object({
  unitName: z.string().max(300).optional(),
  printedSummaries: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  notes: z.array(z.string().max(2000)).max(50).optional(),
});

/** A stable global id (UUID, lower case): optional on import, always written by export and plan files. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const uuidSchema = z.string().regex(UUID_PATTERN, 'a stable id (UUID)');

const rowInSchema = z.object({ uuid: uuidSchema.optional(), role: z.enum(ROW_ROLES), cells: z.record(z.string(), z.unknown()) });

const tableBlockInSchema = z
  .object({
    uuid: uuidSchema.optional(),
    kind: z.literal('table'),
    tableKind: z.enum(TABLE_KINDS),
    title: z.string().max(300),
    meta: metaSchema.default({}),
    rows: z.array(rowInSchema).max(100_000),
    /** Written by export for readers of the file (totals as the app computes them); ignored on import. */
    summaries: z.array(z.object({ id: z.string(), label: z.string(), cells: z.record(z.string(), z.number()) })).optional(),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((r, i) => {
      const res = cellsSchemaFor(t.tableKind, r.role).safeParse(r.cells);
      if (!res.success)
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') });
    });
  });

const blockInSchema = z.union([z.object({ uuid: uuidSchema.optional(), kind: z.literal('narrative'), doc: richDocSchema }), tableBlockInSchema]);

const sectionInSchema = z.object({
  uuid: uuidSchema.optional(),
  title: z.string().min(1).max(300),
  level: z.union([z.literal(1), z.literal(2)]),
  blocks: z.array(blockInSchema).max(500),
});

export const planInSchema = z.object({
  uuid: uuidSchema.optional(),
  kind: z.enum(['unit', 'introduction']),
  header: headerSchema,
  sections: z.array(sectionInSchema).max(1000),
});

export const exchangeSchema = z.object({
  format: z.literal('plan-editor/v1'),
  plans: z.array(planInSchema).min(1).max(500),
});

export type PlanIn = z.infer<typeof planInSchema>;
export type RowIn = z.infer<typeof rowInSchema>;
export type ExchangeFile = z.infer<typeof exchangeSchema>;
