/**
 * The outline a new unit plan starts with: the standard sections of an Annual Business Unit Operational
 * Plan, as in the directorate's template (the sample plan's contents page), with an empty table where the
 * template has one. Units add their own "unit" sections (budget, core service, actions) from UNIT_SUBSECTIONS.
 */
import type { TableKind } from './table-kinds';

export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  tables?: TableKind[];
}

export const STANDARD_OUTLINE: OutlineEntry[] = [
  { title: 'Purpose of the Service', level: 1 },
  { title: 'Planning Context & Priorities', level: 1 },
  { title: 'Legislative/statutory context', level: 2 },
  { title: 'Significant change to meet needs/demand', level: 2 },
  { title: 'Public/user/non user feedback', level: 2 },
  { title: 'Previous years performance', level: 2 },
  { title: 'Key Performance Indicators', level: 2, tables: ['kpi', 'nationalIndicators'] },
  { title: 'Key Achievements/outcomes', level: 2 },
  { title: 'Service Comparisons', level: 2 },
  { title: 'Section 17 Crime and Disorder Act', level: 1 },
  { title: 'Equalities and Diversity', level: 1 },
  { title: 'Corporate Environmental Performance and Climate Change Adaptation', level: 1, tables: ['envObjectives', 'envAdaptation'] },
  { title: 'Key Responsibilities', level: 1 },
  { title: 'Lead Roles', level: 1, tables: ['leadRoles'] },
  { title: 'Risks', level: 1, tables: ['risks'] },
  { title: 'Consultation Exercises, Satisfaction Surveys, Reviews', level: 1, tables: ['consultations'] },
  { title: 'Capacity, Skills and Development Planning', level: 1 },
  { title: 'Staffing', level: 1 },
  { title: 'Equalities and Diversity', level: 2 },
  { title: 'Structure Chart', level: 2 },
  { title: 'Staffing Levels', level: 2, tables: ['staffing'] },
  { title: 'Monitoring and Review', level: 1 },
];

/** Inserted after "Lead Roles", once per unit of the division. */
export const UNIT_SUBSECTIONS: OutlineEntry[] = [
  { title: 'Revenue Budget', level: 2, tables: ['budget'] },
  { title: 'Core Service & Forecast Activity Levels', level: 2 },
  { title: 'Projects, Developments & Key Actions', level: 2, tables: ['actions'] },
];

export function outlineForNewPlan(units: string[]): OutlineEntry[] {
  const at = STANDARD_OUTLINE.findIndex((e) => e.title === 'Lead Roles') + 1;
  const unitEntries = units.flatMap((u) => [{ title: u, level: 1 as const }, ...UNIT_SUBSECTIONS]);
  return [...STANDARD_OUTLINE.slice(0, at), ...unitEntries, ...STANDARD_OUTLINE.slice(at)];
}
