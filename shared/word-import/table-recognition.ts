/**
 * Which of the model's table kinds a Word table is, from its heading row and the heading above it, and
 * the table block the seed's reader for that kind makes of its rows. A plan's tables have fixed heading
 * rows ("Event | Planned Outcomes | ..." is the risk register), so the heading row decides where it can;
 * the heading above decides for tables whose heading row says little (the budget's year row, staffing).
 */
import type { TableKind } from '../model/table-kinds';
import { actionTable } from '../plan-text/action-tables';
import { budgetTable } from '../plan-text/budget-tables';
import { plain } from '../plan-text/html-cells';
import { kpiTable, leadRolesTable, nationalIndicatorsTable, staffingTable } from '../plan-text/plan-tables';
import { consultationsTable, envAdaptationTable, envObjectivesTable, risksTable } from '../plan-text/register-tables';
import type { BlockIn } from '../plan-text/types';

export type Recognised = TableKind | 'contents';

/** Lower case, "&" as "and", punctuation and runs of space folded: how headings are compared. */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const headRows = (rows: string[]) => rows.slice(0, 3).map((r) => r.split('\t').map(plain));

/** The kind a table is, or null when neither its heading row nor the heading above says. */
export function recogniseTable(rows: string[], headingAbove: string): Recognised | null {
  const head = headRows(rows);
  const first = fold(head[0]?.[0] ?? '');
  const anyRow = (re: RegExp) => head.some((cells) => re.test(fold(cells.join(' '))));
  const above = fold(headingAbove);
  if (first === 'contents') return 'contents';
  if (anyRow(/\bactivity\b/) && anyRow(/\bcontrollable\b/)) return 'budget';
  if (first.startsWith('project development key action') && anyRow(/climate change/)) return 'envAdaptation';
  if (/^project ?development ?key actions?$/.test(first)) return 'actions';
  if (first.startsWith('business unit cross cutting environmental objective')) return 'envObjectives';
  if (first === 'event' && anyRow(/planned outcomes/)) return 'risks';
  if (first === 'name' && anyRow(/feedback date/)) return 'consultations';
  if (first === 'ref' && fold(head[0]?.[1] ?? '') === 'indicator') return 'nationalIndicators';
  if (first.startsWith('indicator') && anyRow(/target/)) return 'kpi';
  if (first === 'key corporate directorate targets' || (first === 'plan' && anyRow(/lead officer/))) return 'leadRoles';
  if (/staffing/.test(above) && rows.some((r) => fold(plain(r.split('\t')[0])) === 'total')) return 'staffing';
  if (/projects developments/.test(above)) return 'actions';
  return null;
}

export interface ReadTable {
  block: BlockIn;
  /** Actions: how many action rows; the numbering comes from their order (unit, objective, action). */
  actionCount?: number;
  notes: string[];
}

/** "Advisory Service Kent - Early Years" stays the unit name; a bare "Revenue Budget" heading says nothing. */
const unitNameOf = (headingAbove: string) => (headingAbove && !/^revenue budget$/i.test(headingAbove.trim()) ? headingAbove.trim() : 'Revenue Budget');

/** The kinds whose reader needs the rows alone. */
const ROW_READERS: Partial<Record<TableKind, (rows: string[]) => BlockIn>> = {
  kpi: kpiTable,
  nationalIndicators: nationalIndicatorsTable,
  leadRoles: leadRolesTable,
  staffing: staffingTable,
  risks: risksTable,
  consultations: consultationsTable,
  envObjectives: envObjectivesTable,
  envAdaptation: envAdaptationTable,
};

/** The table block the seed's reader makes of these rows; throws (with the reader's reason) when it cannot. */
export function readTable(kind: TableKind, rows: string[], headingAbove: string): ReadTable {
  const notes: string[] = [];
  if (kind === 'budget') return { block: budgetTable(unitNameOf(headingAbove), rows).block, notes };
  if (kind === 'actions') {
    const t = actionTable(rows, notes);
    return {
      block: { kind: 'table', tableKind: 'actions', title: 'Projects, Developments & Key Actions', meta: {}, rows: t.rows },
      actionCount: t.actionCount,
      notes,
    };
  }
  const read = ROW_READERS[kind];
  if (!read) throw new Error(`no reader for ${kind} tables`);
  return { block: read(rows), notes };
}
