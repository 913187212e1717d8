/** Test helpers: a fresh database file per test, and a small plan in the exchange format. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../electron/db/open';
import type { PlanIn } from '../../shared/model/plan';

/** The title page of the seed's unit plan (Standards and Achievement Division 2008/9), as printed. */
export const SEED_UNIT_HEADER = {
  directorate: 'Children, Families, Health and Education Directorate',
  division: 'Standards and Achievement Division',
  title: 'Annual Business Unit Operational Plan 2008/9',
  year: 2008,
  cabinetMember: 'Chris Wells',
  director: 'Carol Parsons',
  planContact: 'Carrie Beech',
};

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-test-'));
}

export function tempDb(): { db: Db; file: string } {
  const file = path.join(tempDir(), 'plans.db');
  return { db: openDatabase(file), file };
}

/** The Secondary budget lines exactly as the seed prints them. */
export const SECONDARY_LINES = [
  [1116.9, 13.4, 'Curriculum support and widening opportunities- base', 19.6, 944.4, 341.8, null, -160.0, null],
  [446.5, 6.0, 'Senior secondary advisers', 6.0, 409.5, 47.0, null, 0.0, null],
  [159.7, 0.0, '14-19 - standards fund', 0.0, 0.0, 0.0, null, 0.0, null],
  [0.0, 0.0, 'School intervention project - standards fund (ABG)', 0.0, 0.0, 102.4, null, 0.0, null],
  [1496.4, 19.0, 'Secondary strategy - standards fund (ABG and base)', 19.0, 1345.1, 159.4, null, 0.0, null],
] as const;

export function smallPlan(): PlanIn {
  const cols = ['lastYearControllable', 'lastYearFte', 'activity', 'fte', 'employee', 'running', 'contracts', 'externalIncome', 'internalIncome'];
  const lines = SECONDARY_LINES.map((l) => ({
    role: 'line' as const,
    cells: Object.fromEntries(
      cols
        .map((c, i) => [c, l[i]])
        .filter(([, v]) => v !== null)
        .concat([['cabinetMember', 'CW']]),
    ),
  }));
  return {
    kind: 'unit',
    header: SEED_UNIT_HEADER,
    sections: [
      {
        title: 'Purpose of the Service',
        level: 1,
        blocks: [{ kind: 'narrative', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We raise standards.' }] }] } }],
      },
      { title: 'Secondary', level: 1, blocks: [] },
      {
        title: 'Revenue Budget',
        level: 2,
        blocks: [
          {
            kind: 'table',
            tableKind: 'budget',
            title: 'Revenue Budget',
            meta: {
              unitName: 'Advisory Service Kent - Secondary',
              printedSummaries: { controllableTotals: { controllable: 3189.6 }, totalCostOfUnit: { controllable: 3279.8 } },
            },
            rows: [
              ...lines,
              { role: 'memo', cells: { activity: 'Central Overheads', lastYearControllable: 217.6, controllable: 34.3 } },
              { role: 'memo', cells: { activity: 'Directorate Overheads', lastYearControllable: 53.8, controllable: 55.9 } },
              { role: 'memo', cells: { activity: 'Capital Charges' } },
            ],
          },
        ],
      },
      {
        title: 'Risks',
        level: 1,
        blocks: [
          {
            kind: 'table',
            tableKind: 'risks',
            title: 'Risks',
            meta: {},
            rows: [{ role: 'line', cells: { event: 'Primary Attainment', impact: 4, likelihood: 4, existingControls: ['Six weekly impact reports'] } }],
          },
        ],
      },
    ],
  };
}
