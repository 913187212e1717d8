/**
 * Every kind of table a plan holds, declared once. Schema validation, grids, Excel and print layouts
 * are all generated from these declarations; nothing else keeps a list of columns.
 */
import type { ColumnDef } from './columns';
import {
  actionColumns,
  appendixPlanColumns,
  budgetColumns,
  consultationColumns,
  envAdaptationColumns,
  envObjectiveColumns,
  indicatorColumns,
  kpiColumns,
  leadRoleColumns,
  riskColumns,
  savingsColumns,
  staffingColumns,
} from './kind-columns';

/** A row's role inside its table: budget lines vs memorandum items, action-table hierarchy levels. */
export const ROW_ROLES = ['line', 'memo', 'unit', 'objective', 'action'] as const;
export type RowRole = (typeof ROW_ROLES)[number];

export interface RoleDef {
  role: RowRole;
  label: string;
  /** Columns a row of this role holds; computed columns of the kind apply only to roles listing them. */
  columns: string[];
  /** Memo rows have fixed labels, kept in this column. */
  fixedLabels?: string[];
}

export interface SummaryRowDef {
  id: string;
  label: string;
  /**
   * 'totals': the sum over 'line' rows of every `total` column;
   * 'withMemo': the totals plus every memo row, for the columns memo rows hold (others as the totals).
   */
  rule: 'totals' | 'withMemo';
}

export interface TableKindDef {
  kind: TableKind;
  title: string;
  columns: ColumnDef[];
  roles: RoleDef[];
  summaries: SummaryRowDef[];
  orientation: 'portrait' | 'landscape';
  /** The column holding each row's label (used in summaries, checks and search results). */
  labelColumn: string;
  /**
   * How columns with a `year` show it: 'grouped' puts a year heading over each run of columns
   * ("2007-08" over last year's two, as the budget sheets do); 'inline' appends it to the heading.
   */
  yearHeadings?: 'grouped' | 'inline';
  /** Short name for a workbook's sheet tab (a unit's name goes in front where a plan has several). */
  sheetLabel: string;
  /**
   * Rows are numbered 1 / 1.1 / 1.1.1 by position across every such table of the plan (the action tables):
   * outputs show the number in a leading Ref column.
   */
  numbered?: boolean;
}

export const TABLE_KINDS = [
  'budget',
  'actions',
  'kpi',
  'nationalIndicators',
  'leadRoles',
  'risks',
  'consultations',
  'staffing',
  'envObjectives',
  'envAdaptation',
  'priorityIndicators',
  'appendixPlans',
  'savings',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

const line = (columns: string[]): RoleDef => ({ role: 'line', label: 'Row', columns });
const allInputs = (cols: ColumnDef[]) => cols.filter((c) => !c.computed).map((c) => c.id);
/** A kind of plain rows: one 'line' role holding every input column, and no summaries. */
const plain = (d: Omit<TableKindDef, 'roles' | 'summaries'>): TableKindDef => ({ ...d, roles: [line(allInputs(d.columns))], summaries: [] });

const defs: TableKindDef[] = [
  {
    kind: 'budget',
    sheetLabel: 'budget',
    title: 'Revenue Budget',
    columns: budgetColumns,
    orientation: 'landscape',
    labelColumn: 'activity',
    yearHeadings: 'grouped',
    roles: [
      line(allInputs(budgetColumns)),
      {
        role: 'memo',
        label: 'Memorandum item',
        columns: ['activity', 'lastYearControllable', 'controllable'],
        fixedLabels: ['Central Overheads', 'Directorate Overheads', 'Capital Charges'],
      },
    ],
    summaries: [
      { id: 'controllableTotals', label: 'Controllable Totals', rule: 'totals' },
      { id: 'totalCostOfUnit', label: 'Total Cost of Unit', rule: 'withMemo' },
    ],
  },
  {
    kind: 'actions',
    sheetLabel: 'actions',
    numbered: true,
    title: 'Projects, Developments & Key Actions',
    columns: actionColumns,
    orientation: 'landscape',
    labelColumn: 'title',
    roles: [
      { role: 'unit', label: 'Unit', columns: ['title'] },
      { role: 'objective', label: 'Objective', columns: ['title', 'ecm'] },
      { role: 'action', label: 'Action', columns: ['title', 'managers', 'links', 'deliverables', 'notes'] },
    ],
    summaries: [],
  },
  plain({
    kind: 'kpi',
    sheetLabel: 'KPIs',
    title: 'Key Performance Indicators',
    columns: kpiColumns,
    orientation: 'landscape',
    labelColumn: 'indicator',
    yearHeadings: 'inline',
  }),
  plain({
    kind: 'nationalIndicators',
    sheetLabel: 'National indicators',
    title: 'National Indicators',
    orientation: 'portrait',
    labelColumn: 'indicator',
    columns: indicatorColumns,
  }),
  plain({ kind: 'leadRoles', sheetLabel: 'Lead roles', title: 'Lead Roles', orientation: 'landscape', labelColumn: 'plan', columns: leadRoleColumns }),
  plain({ kind: 'risks', sheetLabel: 'Risks', title: 'Risks', columns: riskColumns, orientation: 'landscape', labelColumn: 'event' }),
  plain({
    kind: 'consultations',
    sheetLabel: 'Consultations',
    title: 'Consultation Exercises, Satisfaction Surveys, Reviews',
    columns: consultationColumns,
    orientation: 'landscape',
    labelColumn: 'name',
  }),
  {
    kind: 'staffing',
    sheetLabel: 'Staffing',
    title: 'Staffing Levels',
    columns: staffingColumns,
    orientation: 'portrait',
    labelColumn: 'category',
    yearHeadings: 'grouped',
    roles: [
      line(allInputs(staffingColumns)),
      {
        role: 'memo',
        label: 'Externally funded',
        columns: allInputs(staffingColumns),
        fixedLabels: ['Of the above total, the estimated FTE which are externally funded'],
      },
    ],
    summaries: [{ id: 'total', label: 'TOTAL', rule: 'totals' }],
  },
  plain({
    kind: 'envObjectives',
    sheetLabel: 'Environmental objectives',
    title: 'Business Unit cross-cutting environmental objectives',
    orientation: 'landscape',
    labelColumn: 'objective',
    columns: envObjectiveColumns,
  }),
  plain({
    kind: 'envAdaptation',
    sheetLabel: 'Climate change adaptation',
    title: 'Environment policy and climate change adaptation',
    orientation: 'landscape',
    labelColumn: 'action',
    columns: envAdaptationColumns,
  }),
  plain({
    kind: 'priorityIndicators',
    sheetLabel: 'Priority indicators',
    title: 'Priority National Indicators',
    orientation: 'portrait',
    labelColumn: 'indicator',
    columns: indicatorColumns,
  }),
  plain({
    kind: 'appendixPlans',
    sheetLabel: 'Plans and legislation',
    title: 'Local Plans, Strategies and National Legislation',
    orientation: 'portrait',
    labelColumn: 'title',
    columns: appendixPlanColumns,
  }),
  {
    // Declared here alone: the grid, workbook, print and search lay it out from this declaration.
    kind: 'savings',
    sheetLabel: 'Savings',
    title: 'Savings Plan',
    orientation: 'portrait',
    labelColumn: 'saving',
    columns: savingsColumns,
    roles: [line(allInputs(savingsColumns))],
    summaries: [{ id: 'totalSavings', label: 'Total Savings', rule: 'totals' }],
  },
];

export const TABLE_KIND_DEFS: Record<TableKind, TableKindDef> = Object.fromEntries(defs.map((d) => [d.kind, d])) as Record<TableKind, TableKindDef>;

export function kindDef(kind: TableKind): TableKindDef {
  return TABLE_KIND_DEFS[kind];
}

export function columnDef(kind: TableKind, columnId: string): ColumnDef | undefined {
  return TABLE_KIND_DEFS[kind].columns.find((c) => c.id === columnId);
}

export function roleDef(kind: TableKind, role: RowRole): RoleDef | undefined {
  return TABLE_KIND_DEFS[kind].roles.find((r) => r.role === role);
}
