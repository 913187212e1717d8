/**
 * The column lists of the table kinds, kept apart from table-kinds.ts so that file stays a readable index
 * of the kinds. Each is a table read by columnTable (column-table.ts): id | heading | type | width, then
 * the column's year, whether totals sum it, and whether it is the row's note.
 */
import { columnTable } from './column-table';

export const budgetColumns = columnTable(
  `
  lastYearControllable | Controllable Expenditure £000's | money    | 12 | year -1 | total
  lastYearFte          | FTE                             | fte      | 7  | year -1 | total
  activity             | Activity                        | text     | 40 | year 0
  fte                  | FTE                             | fte      | 7  | year 0  | total
  employee             | Employee Costs £000's           | money    | 11 | year 0  | total
  running              | Running Costs £000's            | money    | 11 | year 0  | total
  contracts            | Contracts & Projects £000's     | money    | 11 | year 0  | total
  gross                | Gross Expenditure £000's        | money    | 11 | year 0  | total
  externalIncome       | External Income £000's          | money    | 11 | year 0  | total
  internalIncome       | Internal Income £000's          | money    | 11 | year 0  | total
  controllable         | Controllable Expenditure £000's | money    | 12 | year 0  | total
  cabinetMember        | Cabinet Member                  | text     | 8  | year 0
  notes                | Notes                           | longText | 20 | year 0  | note
`,
  {
    gross: { op: 'sum', of: ['employee', 'running', 'contracts'] },
    controllable: { op: 'sum', of: ['gross', 'externalIncome', 'internalIncome'] },
  },
);

export const actionColumns = columnTable(`
  title        | Project/development/key action   | longText     | 40
  ecm          | ECM outcomes                     | text         | 10
  managers     | Accountable Manager              | list         | 18
  links        | Links to other plans             | links        | 22
  deliverables | Deliverables or outcomes planned | deliverables | 50
  notes        | Notes                            | longText     | 20 | note
`);

export const riskColumns = columnTable(
  `
  event            | Event                                         | longText | 30
  plannedOutcomes  | Planned Outcomes                              | longText | 24
  manager          | Accountable Manager                           | list     | 16
  existingControls | Existing controls & accountable officers      | list     | 40
  newTasks         | New tasks/action plans & accountable officers | list     | 40
  impact           | Impact (1-5)                                  | rating   | 7
  likelihood       | Likelihood (1-5)                              | rating   | 7
  score            | Score                                         | rating   | 6
  band             | Rating                                        | band     | 8
`,
  {
    score: { op: 'product', of: ['impact', 'likelihood'] },
    band: {
      op: 'band',
      of: 'score',
      bands: [
        { min: 15, label: 'HIGH' },
        { min: 8, label: 'MEDIUM' },
        { min: 1, label: 'LOW' },
      ],
    },
  },
);

export const kpiColumns = columnTable(`
  category         | Category / ref        | text     | 16
  indicator        | Indicator             | longText | 50
  actualLastYear   | Actual performance    | measure  | 12 | year -2
  estimateThisYear | Estimated performance | measure  | 12 | year -1
  targetNextYear   | Target                | measure  | 12 | year 0
`);

export const consultationColumns = columnTable(`
  name             | Name                                                         | longText | 26
  dates            | Start and End Date                                           | dateText | 14
  feedbackDate     | Feedback Date                                                | dateText | 12
  targetGroup      | Target Group/ Sample Size                                    | longText | 18
  targetArea       | Target area (Kent, Town, district, ward etc)                 | longText | 16
  externalContract | External contract or being used                              | text     | 10
  purpose          | What we want to find out and how we will use the information | list     | 36
  statutory        | Statutory Yes/No                                             | text     | 8
  contact          | Contact name and details                                     | longText | 16
`);

export const staffingColumns = columnTable(`
  category | Staff | text     | 34
  lastYear | FTE   | fte      | 10 | year -1 | total
  thisYear | FTE   | fte      | 10 | year 0  | total
  note     | Notes | longText | 40
`);

export const savingsColumns = columnTable(
  `
  saving   | Saving           | longText | 40
  thisYear | This Year £000's | money    | 12 | total
  nextYear | Next Year £000's | money    | 12 | total
  total    | Total £000's     | money    | 12 | total
`,
  {
    total: { op: 'sum', of: ['thisYear', 'nextYear'] },
  },
);

/** National and priority indicators: the same two columns. */
export const indicatorColumns = columnTable(`
  ref       | Ref       | text     | 10
  indicator | Indicator | longText | 70
`);

export const leadRoleColumns = columnTable(`
  plan        | Plan                   | longText | 30
  target      | Name of Target in Full | list     | 60
  leadOfficer | Lead Officer           | list     | 18
`);

export const envObjectiveColumns = columnTable(`
  objective    | Business Unit cross-cutting environmental objective | list         | 44
  leadOfficer  | Lead officer                                        | text         | 14
  deliverables | Deliverables / outcomes                             | deliverables | 50
`);

export const envAdaptationColumns = columnTable(`
  action         | Project / development / key action                 | longText | 28
  evidence       | Evidence of compliance with KCC Environment Policy | longText | 24
  impacts        | Major climate change impacts on service delivery   | list     | 30
  adaptiveAction | Adaptive action (include lead and target date)     | list     | 36
`);

export const appendixPlanColumns = columnTable(`
  scope | Local or national             | text     | 12
  title | Plan, strategy or legislation | longText | 70
`);
