/**
 * Search results name their place as a reader would: the unit ("Secondary") and, for an action row, its
 * number ("Action 2.1.4"), so hits from look-alike tables (five budgets, five action tables) can be told apart.
 */
import { describe, expect, it } from 'vitest';
import { sampleDb } from './sample-db';
import { searchPlan } from '../../electron/services/search';
import { planPlaces } from '../../shared/calc/plan-places';
import type { PlanDocument, Row } from '../../shared/model/plan';

const brief = (hits: ReturnType<typeof searchPlan>) => hits.map((h) => ({ section: h.section, column: h.column, unit: h.unit, ref: h.ref }));

describe('searchPlan names the unit and the action number', () => {
  const { db, planId } = sampleDb();

  it('an action title: its unit and number; a narrative: its unit; a plan-wide table: no unit', () => {
    expect(brief(searchPlan(db, planId, 'Quest project'))).toEqual([
      { section: 'Lead Roles', column: 'target', unit: undefined, ref: undefined },
      { section: 'Core Service & Forecast Activity Levels', column: null, unit: 'Primary', ref: undefined },
      { section: 'Projects, Developments & Key Actions', column: 'title', unit: 'Primary', ref: 'Action 2.1.4' },
    ]);
  });

  it('an objective by its number, in the third unit', () => {
    expect(brief(searchPlan(db, planId, 'Key Stages 3, 4 and 5'))).toEqual([
      { section: 'Projects, Developments & Key Actions', column: 'title', unit: 'Secondary', ref: 'Objective 3.1' },
    ]);
  });

  it('the same label in five budgets: each hit says whose', () => {
    const hits = searchPlan(db, planId, 'Central Overheads');
    expect(hits.map((h) => h.unit)).toEqual(['Early Years & Childcare', 'Primary', 'Secondary', 'Professional Development', 'Improvement Partnerships']);
    expect(hits.every((h) => h.ref === undefined && h.section === 'Revenue Budget')).toBe(true);
  });

  it('a section title inside a unit, and one outside any unit', () => {
    const hits = searchPlan(db, planId, 'Revenue Budget').filter((h) => h.where === 'Section title');
    expect(hits).toHaveLength(5);
    expect(hits[2].unit).toBe('Secondary');
    expect(searchPlan(db, planId, 'Purpose of the Service').find((h) => h.where === 'Section title')?.unit).toBeUndefined();
  });
});

describe('planPlaces', () => {
  const row = (id: number, role: Row['role'], title = ''): Row => ({ id, role, cells: title ? { title } : {} });
  // One "Key actions" section holding two units' actions, then a unit laid out the usual way.
  const doc = {
    sections: [
      {
        id: 1,
        title: 'Key actions',
        level: 1,
        blocks: [
          {
            id: 10,
            kind: 'table',
            tableKind: 'actions',
            title: 'Actions',
            meta: {},
            rows: [row(100, 'unit', 'North'), row(101, 'objective'), row(102, 'action'), row(103, 'unit', 'South'), row(104, 'action')],
          },
        ],
      },
      { id: 2, title: 'West', level: 1, blocks: [] },
      {
        id: 3,
        title: 'Revenue Budget',
        level: 2,
        blocks: [{ id: 11, kind: 'table', tableKind: 'budget', title: 'Revenue Budget', meta: { unitName: 'Service - West' }, rows: [row(200, 'line')] }],
      },
      {
        id: 4,
        title: 'Actions',
        level: 2,
        blocks: [{ id: 12, kind: 'table', tableKind: 'actions', title: 'Actions', meta: {}, rows: [row(300, 'unit', 'West unit'), row(301, 'action')] }],
      },
      { id: 5, title: 'Risks', level: 1, blocks: [] },
    ],
  } as unknown as PlanDocument;
  const places = planPlaces(doc);
  const block = (s: number) => doc.sections[s].blocks[0] as Extract<PlanDocument['sections'][0]['blocks'][0], { kind: 'table' }>;

  it('a table of several units: each row by the unit row above it, numbered across the plan', () => {
    expect(places.ofRow(1, block(0), row(102, 'action'))).toEqual({ unit: 'North', ref: 'Action 1.1.1' });
    expect(places.ofRow(1, block(0), row(104, 'action'))).toEqual({ unit: 'South', ref: 'Action 2.1.1' });
    expect(places.ofRow(1, block(0), row(103, 'unit'))).toEqual({ unit: 'South', ref: 'Unit 2' });
  });

  it("a unit's own budget and actions: the unit's section, the same name for both", () => {
    expect(places.ofRow(3, block(2), row(200, 'line'))).toEqual({ unit: 'West' });
    expect(places.ofRow(4, block(3), row(301, 'action'))).toEqual({ unit: 'West', ref: 'Action 3.1.1' });
    expect(places.unitOfSection(3)).toBe('West');
    expect(places.unitOfSection(5)).toBeUndefined();
  });
});
