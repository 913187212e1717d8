/**
 * Every kind of table a plan holds, declared once. Schema validation, grids, Excel and print layouts
 * are all generated from these declarations; nothing else keeps a list of columns.
 */
import type { ColumnDef } from './columns';

/** A row's role inside its table: budget lines vs memorandum items, action-table hierarchy levels. */
export type RowRole = 'line' | 'memo' | 'unit' | 'objective' | 'action';

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
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

const line = (columns: string[]): RoleDef => ({ role: 'line', label: 'Row', columns });
const allInputs = (cols: ColumnDef[]) => cols.filter((c) => !c.computed).map((c) => c.id);

const budgetColumns: ColumnDef[] = [
  { id: 'lastYearControllable', heading: "Controllable Expenditure £000's", type: 'money', year: -1, width: 12, total: true },
  { id: 'lastYearFte', heading: 'FTE', type: 'fte', year: -1, width: 7, total: true },
  { id: 'activity', heading: 'Activity', type: 'text', year: 0, width: 40 },
  { id: 'fte', heading: 'FTE', type: 'fte', year: 0, width: 7, total: true },
  { id: 'employee', heading: "Employee Costs £000's", type: 'money', year: 0, width: 11, total: true },
  { id: 'running', heading: "Running Costs £000's", type: 'money', year: 0, width: 11, total: true },
  { id: 'contracts', heading: "Contracts & Projects £000's", type: 'money', year: 0, width: 11, total: true },
  {
    id: 'gross', heading: "Gross Expenditure £000's", type: 'money', year: 0, width: 11, total: true,
    computed: { op: 'sum', of: ['employee', 'running', 'contracts'] },
  },
  { id: 'externalIncome', heading: "External Income £000's", type: 'money', year: 0, width: 11, total: true },
  { id: 'internalIncome', heading: "Internal Income £000's", type: 'money', year: 0, width: 11, total: true },
  {
    id: 'controllable', heading: "Controllable Expenditure £000's", type: 'money', year: 0, width: 12, total: true,
    computed: { op: 'sum', of: ['gross', 'externalIncome', 'internalIncome'] },
  },
  { id: 'cabinetMember', heading: 'Cabinet Member', type: 'text', year: 0, width: 8 },
  { id: 'notes', heading: 'Notes', type: 'longText', year: 0, width: 20, note: true },
];

const actionColumns: ColumnDef[] = [
  { id: 'title', heading: 'Project/development/key action', type: 'longText', width: 40 },
  { id: 'ecm', heading: 'ECM outcomes', type: 'text', width: 10 },
  { id: 'managers', heading: 'Accountable Manager', type: 'list', width: 18 },
  { id: 'links', heading: 'Links to other plans', type: 'links', width: 22 },
  { id: 'deliverables', heading: 'Deliverables or outcomes planned', type: 'deliverables', width: 50 },
  { id: 'notes', heading: 'Notes', type: 'longText', width: 20, note: true },
];

const riskColumns: ColumnDef[] = [
  { id: 'event', heading: 'Event', type: 'longText', width: 30 },
  { id: 'plannedOutcomes', heading: 'Planned Outcomes', type: 'longText', width: 24 },
  { id: 'manager', heading: 'Accountable Manager', type: 'list', width: 16 },
  { id: 'existingControls', heading: 'Existing controls & accountable officers', type: 'list', width: 40 },
  { id: 'newTasks', heading: 'New tasks/action plans & accountable officers', type: 'list', width: 40 },
  { id: 'impact', heading: 'Impact (1-5)', type: 'rating', width: 7 },
  { id: 'likelihood', heading: 'Likelihood (1-5)', type: 'rating', width: 7 },
  { id: 'score', heading: 'Score', type: 'rating', width: 6, computed: { op: 'product', of: ['impact', 'likelihood'] } },
  {
    id: 'band', heading: 'Rating', type: 'band', width: 8,
    computed: { op: 'band', of: 'score', bands: [{ min: 15, label: 'HIGH' }, { min: 8, label: 'MEDIUM' }, { min: 1, label: 'LOW' }] },
  },
];

const kpiColumns: ColumnDef[] = [
  { id: 'category', heading: 'Category / ref', type: 'text', width: 16 },
  { id: 'indicator', heading: 'Indicator', type: 'longText', width: 50 },
  { id: 'actualLastYear', heading: 'Actual performance', type: 'measure', year: -2, width: 12 },
  { id: 'estimateThisYear', heading: 'Estimated performance', type: 'measure', year: -1, width: 12 },
  { id: 'targetNextYear', heading: 'Target', type: 'measure', year: 0, width: 12 },
];

const consultationColumns: ColumnDef[] = [
  { id: 'name', heading: 'Name', type: 'longText', width: 26 },
  { id: 'dates', heading: 'Start and End Date', type: 'dateText', width: 14 },
  { id: 'feedbackDate', heading: 'Feedback Date', type: 'dateText', width: 12 },
  { id: 'targetGroup', heading: 'Target Group/ Sample Size', type: 'longText', width: 18 },
  { id: 'targetArea', heading: 'Target area (Kent, Town, district, ward etc)', type: 'longText', width: 16 },
  { id: 'externalContract', heading: 'External contract or being used', type: 'text', width: 10 },
  { id: 'purpose', heading: 'What we want to find out and how we will use the information', type: 'list', width: 36 },
  { id: 'statutory', heading: 'Statutory Yes/No', type: 'text', width: 8 },
  { id: 'contact', heading: 'Contact name and details', type: 'longText', width: 16 },
];

const staffingColumns: ColumnDef[] = [
  { id: 'category', heading: 'Staff', type: 'text', width: 34 },
  { id: 'lastYear', heading: 'FTE', type: 'fte', year: -1, width: 10, total: true },
  { id: 'thisYear', heading: 'FTE', type: 'fte', year: 0, width: 10, total: true },
  { id: 'note', heading: 'Notes', type: 'longText', width: 40 },
];

const defs: TableKindDef[] = [
  {
    kind: 'budget', title: 'Revenue Budget', columns: budgetColumns, orientation: 'landscape', labelColumn: 'activity', yearHeadings: 'grouped',
    roles: [
      line(allInputs(budgetColumns)),
      {
        role: 'memo', label: 'Memorandum item', columns: ['activity', 'lastYearControllable', 'controllable'],
        fixedLabels: ['Central Overheads', 'Directorate Overheads', 'Capital Charges'],
      },
    ],
    summaries: [
      { id: 'controllableTotals', label: 'Controllable Totals', rule: 'totals' },
      { id: 'totalCostOfUnit', label: 'Total Cost of Unit', rule: 'withMemo' },
    ],
  },
  {
    kind: 'actions', title: 'Projects, Developments & Key Actions', columns: actionColumns, orientation: 'landscape', labelColumn: 'title',
    roles: [
      { role: 'unit', label: 'Unit', columns: ['title'] },
      { role: 'objective', label: 'Objective', columns: ['title', 'ecm'] },
      { role: 'action', label: 'Action', columns: ['title', 'managers', 'links', 'deliverables', 'notes'] },
    ],
    summaries: [],
  },
  { kind: 'kpi', title: 'Key Performance Indicators', columns: kpiColumns, orientation: 'landscape', labelColumn: 'indicator', yearHeadings: 'inline', roles: [line(allInputs(kpiColumns))], summaries: [] },
  {
    kind: 'nationalIndicators', title: 'National Indicators', orientation: 'portrait', labelColumn: 'indicator',
    columns: [
      { id: 'ref', heading: 'Ref', type: 'text', width: 10 },
      { id: 'indicator', heading: 'Indicator', type: 'longText', width: 70 },
    ],
    roles: [line(['ref', 'indicator'])], summaries: [],
  },
  {
    kind: 'leadRoles', title: 'Lead Roles', orientation: 'landscape', labelColumn: 'plan',
    columns: [
      { id: 'plan', heading: 'Plan', type: 'longText', width: 30 },
      { id: 'target', heading: 'Name of Target in Full', type: 'list', width: 60 },
      { id: 'leadOfficer', heading: 'Lead Officer', type: 'list', width: 18 },
    ],
    roles: [line(['plan', 'target', 'leadOfficer'])], summaries: [],
  },
  { kind: 'risks', title: 'Risks', columns: riskColumns, orientation: 'landscape', labelColumn: 'event', roles: [line(allInputs(riskColumns))], summaries: [] },
  { kind: 'consultations', title: 'Consultation Exercises, Satisfaction Surveys, Reviews', columns: consultationColumns, orientation: 'landscape', labelColumn: 'name', roles: [line(allInputs(consultationColumns))], summaries: [] },
  {
    kind: 'staffing', title: 'Staffing Levels', columns: staffingColumns, orientation: 'portrait', labelColumn: 'category', yearHeadings: 'grouped',
    roles: [line(allInputs(staffingColumns)), { role: 'memo', label: 'Externally funded', columns: allInputs(staffingColumns), fixedLabels: ['Of the above total, the estimated FTE which are externally funded'] }],
    summaries: [{ id: 'total', label: 'TOTAL', rule: 'totals' }],
  },
  {
    kind: 'envObjectives', title: 'Business Unit cross-cutting environmental objectives', orientation: 'landscape', labelColumn: 'objective',
    columns: [
      { id: 'objective', heading: 'Business Unit cross-cutting environmental objective', type: 'list', width: 44 },
      { id: 'leadOfficer', heading: 'Lead officer', type: 'text', width: 14 },
      { id: 'deliverables', heading: 'Deliverables / outcomes', type: 'deliverables', width: 50 },
    ],
    roles: [line(['objective', 'leadOfficer', 'deliverables'])], summaries: [],
  },
  {
    kind: 'envAdaptation', title: 'Environment policy and climate change adaptation', orientation: 'landscape', labelColumn: 'action',
    columns: [
      { id: 'action', heading: 'Project / development / key action', type: 'longText', width: 28 },
      { id: 'evidence', heading: 'Evidence of compliance with KCC Environment Policy', type: 'longText', width: 24 },
      { id: 'impacts', heading: 'Major climate change impacts on service delivery', type: 'list', width: 30 },
      { id: 'adaptiveAction', heading: 'Adaptive action (include lead and target date)', type: 'list', width: 36 },
    ],
    roles: [line(['action', 'evidence', 'impacts', 'adaptiveAction'])], summaries: [],
  },
  {
    kind: 'priorityIndicators', title: 'Priority National Indicators', orientation: 'portrait', labelColumn: 'indicator',
    columns: [
      { id: 'ref', heading: 'Ref', type: 'text', width: 10 },
      { id: 'indicator', heading: 'Indicator', type: 'longText', width: 70 },
    ],
    roles: [line(['ref', 'indicator'])], summaries: [],
  },
  {
    kind: 'appendixPlans', title: 'Local Plans, Strategies and National Legislation', orientation: 'portrait', labelColumn: 'title',
    columns: [
      { id: 'scope', heading: 'Local or national', type: 'text', width: 12 },
      { id: 'title', heading: 'Plan, strategy or legislation', type: 'longText', width: 70 },
    ],
    roles: [line(['scope', 'title'])], summaries: [],
  },
];

export const TABLE_KIND_DEFS: Record<TableKind, TableKindDef> = Object.fromEntries(defs.map((d) => [d.kind, d])) as Record<
  TableKind,
  TableKindDef
>;

export function kindDef(kind: TableKind): TableKindDef {
  return TABLE_KIND_DEFS[kind];
}

export function columnDef(kind: TableKind, columnId: string): ColumnDef | undefined {
  return TABLE_KIND_DEFS[kind].columns.find((c) => c.id === columnId);
}

export function roleDef(kind: TableKind, role: RowRole): RoleDef | undefined {
  return TABLE_KIND_DEFS[kind].roles.find((r) => r.role === role);
}
