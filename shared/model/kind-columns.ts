/**
 * The column lists of the table kinds, kept apart from table-kinds.ts so that file stays a readable index
 * of the kinds.
 */
import type { ColumnDef } from './columns';

export const budgetColumns: ColumnDef[] = [
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

export const actionColumns: ColumnDef[] = [
  { id: 'title', heading: 'Project/development/key action', type: 'longText', width: 40 },
  { id: 'ecm', heading: 'ECM outcomes', type: 'text', width: 10 },
  { id: 'managers', heading: 'Accountable Manager', type: 'list', width: 18 },
  { id: 'links', heading: 'Links to other plans', type: 'links', width: 22 },
  { id: 'deliverables', heading: 'Deliverables or outcomes planned', type: 'deliverables', width: 50 },
  { id: 'notes', heading: 'Notes', type: 'longText', width: 20, note: true },
];

export const riskColumns: ColumnDef[] = [
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

export const kpiColumns: ColumnDef[] = [
  { id: 'category', heading: 'Category / ref', type: 'text', width: 16 },
  { id: 'indicator', heading: 'Indicator', type: 'longText', width: 50 },
  { id: 'actualLastYear', heading: 'Actual performance', type: 'measure', year: -2, width: 12 },
  { id: 'estimateThisYear', heading: 'Estimated performance', type: 'measure', year: -1, width: 12 },
  { id: 'targetNextYear', heading: 'Target', type: 'measure', year: 0, width: 12 },
];

export const consultationColumns: ColumnDef[] = [
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

export const staffingColumns: ColumnDef[] = [
  { id: 'category', heading: 'Staff', type: 'text', width: 34 },
  { id: 'lastYear', heading: 'FTE', type: 'fte', year: -1, width: 10, total: true },
  { id: 'thisYear', heading: 'FTE', type: 'fte', year: 0, width: 10, total: true },
  { id: 'note', heading: 'Notes', type: 'longText', width: 40 },
];

export const savingsColumns: ColumnDef[] = [
  { id: 'saving', heading: 'Saving', type: 'longText', width: 40 },
  { id: 'thisYear', heading: "This Year £000's", type: 'money', width: 12, total: true },
  { id: 'nextYear', heading: "Next Year £000's", type: 'money', width: 12, total: true },
  { id: 'total', heading: "Total £000's", type: 'money', width: 12, total: true, computed: { op: 'sum', of: ['thisYear', 'nextYear'] } },
];

/** National and priority indicators: the same two columns. */
export const indicatorColumns: ColumnDef[] = [
  { id: 'ref', heading: 'Ref', type: 'text', width: 10 },
  { id: 'indicator', heading: 'Indicator', type: 'longText', width: 70 },
];

export const leadRoleColumns: ColumnDef[] = [
  { id: 'plan', heading: 'Plan', type: 'longText', width: 30 },
  { id: 'target', heading: 'Name of Target in Full', type: 'list', width: 60 },
  { id: 'leadOfficer', heading: 'Lead Officer', type: 'list', width: 18 },
];

export const envObjectiveColumns: ColumnDef[] = [
  { id: 'objective', heading: 'Business Unit cross-cutting environmental objective', type: 'list', width: 44 },
  { id: 'leadOfficer', heading: 'Lead officer', type: 'text', width: 14 },
  { id: 'deliverables', heading: 'Deliverables / outcomes', type: 'deliverables', width: 50 },
];

export const envAdaptationColumns: ColumnDef[] = [
  { id: 'action', heading: 'Project / development / key action', type: 'longText', width: 28 },
  { id: 'evidence', heading: 'Evidence of compliance with KCC Environment Policy', type: 'longText', width: 24 },
  { id: 'impacts', heading: 'Major climate change impacts on service delivery', type: 'list', width: 30 },
  { id: 'adaptiveAction', heading: 'Adaptive action (include lead and target date)', type: 'list', width: 36 },
];

export const appendixPlanColumns: ColumnDef[] = [
  { id: 'scope', heading: 'Local or national', type: 'text', width: 12 },
  { id: 'title', heading: 'Plan, strategy or legislation', type: 'longText', width: 70 },
];
