/**
 * The bundled sample plan (assets/sample-plan.json, built by scripts/convert-seed.ts from the two
 * seeds): it is valid exchange format, follows the seed's outline, its budget lines add up to the
 * totals the seed printed, and the converter reproduces it byte for byte.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exchangeSchema, type PlanIn, type Row } from '../../shared/model/plan';
import { docText } from '../../shared/model/richtext';
import { summaryRows } from '../../shared/calc/summaries';
import type { TableKind } from '../../shared/model/table-kinds';
import { SEED_UNIT_HEADER } from '../support/fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const samplePath = join(root, 'assets/sample-plan.json');
const raw = readFileSync(samplePath, 'utf8');
const file = exchangeSchema.parse(JSON.parse(raw));
const [intro, unit] = file.plans;

type Section = PlanIn['sections'][number];
type TableBlock = Extract<Section['blocks'][number], { kind: 'table' }>;

const tablesOf = (plan: PlanIn, kind: TableKind): TableBlock[] =>
  plan.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table' && b.tableKind === kind);
const withIds = (t: TableBlock): Row[] => t.rows.map((r, id) => ({ id, role: r.role, cells: r.cells as Row['cells'] }));
const cell = (t: TableBlock, i: number, id: string) => t.rows[i].cells[id];
const section = (plan: PlanIn, title: string): Section => {
  const s = plan.sections.find((x) => x.title === title);
  if (!s) throw new Error(`no section ${title}`);
  return s;
};
const narrativeText = (plan: PlanIn) => plan.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'narrative' ? [docText(b.doc)] : []))).join('\n');

describe('sample plan: shape', () => {
  it('holds the introduction and the unit plan of the same directorate and year', () => {
    expect(file.format).toBe('plan-editor/v1');
    expect(file.plans.map((p) => p.kind)).toEqual(['introduction', 'unit']);
    expect(unit.header).toEqual(SEED_UNIT_HEADER);
    expect(intro.header).toEqual({
      directorate: 'Children, Families, Health and Education Directorate',
      division: '',
      title: "Managing Director's Introduction 2008/9",
      year: 2008,
      cabinetMember: '',
      director: '',
      planContact: '',
    });
  });

  it('follows the unit plan CONTENTS page', () => {
    expect(unit.sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual([
      'Purpose of the Service',
      'Planning Context & Priorities',
      'Section 17 Crime and Disorder Act',
      'Equalities and Diversity',
      'Corporate Environmental Performance and Climate Change Adaptation',
      'Key Responsibilities',
      'Lead Roles',
      'Early Years & Childcare',
      'Primary',
      'Secondary',
      'Professional Development',
      'Improvement Partnerships',
      'Risks',
      'Consultation Exercises, Satisfaction Surveys, Reviews',
      'Capacity, Skills and Development Planning',
      'Staffing',
      'Monitoring and Review',
    ]);
    expect(unit.sections).toHaveLength(42);
    const titles = unit.sections.map((s) => s.title);
    const after = (t: string, n: number) => titles.slice(titles.indexOf(t) + 1, titles.indexOf(t) + 1 + n);
    expect(after('Planning Context & Priorities', 7)).toEqual([
      'Legislative/statutory context',
      'Significant change to meet needs/demand',
      'Public/user/non user feedback',
      'Previous years performance',
      'Key Performance Indicators',
      'Key Achievements/outcomes',
      'Service Comparisons',
    ]);
    for (const u of ['Early Years & Childcare', 'Primary', 'Secondary', 'Professional Development', 'Improvement Partnerships']) {
      expect(after(u, 3)).toEqual(['Revenue Budget', 'Core Service & Forecast Activity Levels', 'Projects, Developments & Key Actions']);
    }
    expect(after('Staffing', 3)).toEqual(['Equalities and Diversity', 'Structure Chart', 'Staffing Levels']);
    expect(section(unit, 'Key Performance Indicators').blocks.map((b) => (b.kind === 'table' ? b.tableKind : b.kind))).toEqual([
      'kpi',
      'narrative',
      'nationalIndicators',
    ]);
    expect(section(unit, 'Corporate Environmental Performance and Climate Change Adaptation').blocks.map((b) => b.kind === 'table' && b.tableKind)).toEqual([
      'envObjectives',
      'envAdaptation',
    ]);
  });

  it('follows the introduction headings', () => {
    const titles = intro.sections.map((s) => s.title);
    expect(titles.slice(0, 8)).toEqual([
      'The Children, Families and Education Directorate',
      'Vision',
      'Being Healthy',
      'Enjoying and Achieving',
      'Positive Contribution',
      'Economic Wellbeing',
      'Staying safe',
      'Looked After Children',
    ]);
    expect(titles).toContain('Equality and Diversity');
    expect(titles.slice(-2)).toEqual(['Conclusion', 'Appendix A Local Plans, Strategies and National Legislation which impact on the Directorate']);
    expect(intro.sections).toHaveLength(25);
  });
});

describe('sample plan: budgets', () => {
  const budgets = tablesOf(unit, 'budget');
  const printed: Record<string, [number, number]> = {
    'Advisory Service Kent - Secondary': [3189.6, 3279.8],
    'Advisory Service Kent - Primary': [4623.3, 4751.9],
    'Advisory Service Kent - Early Years': [5769.6, 5925.3],
    'Advisory Service Kent - Improvement Partnerships': [3485.8, 3612.0],
    'Advisory Service Kent - Professional Development': [2893.8, 3032.7],
  };

  it('has one budget per unit, under that unit', () => {
    expect(budgets.map((b) => b.meta.unitName)).toEqual([
      'Advisory Service Kent - Early Years',
      'Advisory Service Kent - Primary',
      'Advisory Service Kent - Secondary',
      'Advisory Service Kent - Professional Development',
      'Advisory Service Kent - Improvement Partnerships',
    ]);
    expect(budgets.map((b) => b.rows.filter((r) => r.role === 'line').length)).toEqual([8, 12, 5, 16, 8]);
    for (const b of budgets) {
      expect(b.title).toBe('Revenue Budget');
      expect(b.rows.filter((r) => r.role === 'memo').map((r) => r.cells.activity)).toEqual(['Central Overheads', 'Directorate Overheads', 'Capital Charges']);
      for (const r of b.rows.filter((x) => x.role === 'line')) {
        expect(r.cells).not.toHaveProperty('gross');
        expect(r.cells).not.toHaveProperty('controllable');
      }
    }
  });

  it.each(Object.entries(printed))('%s: lines add up to every printed total', (unitName, [controllable, totalCost]) => {
    const b = budgets.find((x) => x.meta.unitName === unitName)!;
    const sums = Object.fromEntries(summaryRows('budget', withIds(b)).map((s) => [s.id, s.cells]));
    expect(sums.controllableTotals.controllable).toBe(controllable);
    expect(sums.totalCostOfUnit.controllable).toBe(totalCost);
    // Every figure printed on the two totals rows, gross and controllable included.
    for (const [summary, figures] of Object.entries(b.meta.printedSummaries!)) {
      expect(Object.keys(figures).length).toBe(10);
      for (const [col, value] of Object.entries(figures)) expect({ summary, col, value: sums[summary][col] }).toEqual({ summary, col, value });
    }
  });
});

describe('sample plan: action tables', () => {
  const tables = tablesOf(unit, 'actions');
  const count = (t: TableBlock, role: string) => t.rows.filter((r) => r.role === role).length;

  it('has one table per unit, rows in document order', () => {
    expect(tables.map((t) => t.rows[0].role)).toEqual(['unit', 'unit', 'unit', 'unit', 'unit']);
    expect(tables.map((t) => t.rows[0].cells.title)).toEqual(['Early Years', 'Primary', 'Secondary', 'Professional Development', 'Improvement Partnerships']);
    expect(tables.map((t) => count(t, 'action'))).toEqual([39, 27, 17, 23, 22]);
    expect(tables.reduce((n, t) => n + count(t, 'action'), 0)).toBe(128);
    expect(tables.map((t) => count(t, 'objective'))).toEqual([5, 6, 5, 5, 6]);
  });

  it('keeps the seed text of objectives and actions', () => {
    const ey = tables[0];
    expect(ey.rows[1].cells).toEqual({
      title:
        'Raise standards in care and education and increase achievement for all groups of pupils, particularly focusing on improving outcomes for vulnerable groups.',
      ecm: '3, 5',
    });
    // 1.1.1 then 1.1.2
    expect(cell(ey, 2, 'links')).toEqual(['Towards 2010 - 10', 'LAA 1', 'CYPP Priority 10', 'LAA 4', 'LA FS targets']);
    expect(cell(ey, 3, 'title')).toBe('Extend and further develop the setting improvement partner programme in line with phased implementation');
    expect(cell(ey, 3, 'managers')).toEqual(['Colleen Marin']);
    expect(cell(ey, 3, 'deliverables')).toHaveLength(6);
    expect(cell(ey, 4, 'title')).toMatch(/^Making A Big Difference \(MABD\) programme\n• Evaluate year one/);
    expect(cell(ey, 4, 'managers')).toEqual(['Colleen Marin']);
    expect((cell(ey, 3, 'deliverables') as { target: string }[]).map((d) => d.target)).toEqual([
      'Sept 2008',
      'On going',
      'July 2008',
      'Termly',
      'July 2008',
      'March 2009',
    ]);
    const all = tables.flatMap((t) => t.rows).filter((r) => r.role === 'action');
    expect(all.some((r) => String(r.cells.title).includes('Leuven'))).toBe(true);
    expect(all.some((r) => (r.cells.deliverables as { target: string }[]).some((d) => d.target === 'Sept 2008'))).toBe(true);
    const objectiveEcm = tables[4].rows.find((r) => r.role === 'objective' && String(r.cells.title).startsWith('Work with settings, schools, Clusters'));
    expect(objectiveEcm?.cells.ecm).toBe('Stay Healthy, Make a Positive Contribution, Enjoy and Achieve');
  });

  it('merges rows cut by page breaks', () => {
    const primary = tables[1].rows;
    const a213 = primary.find((r) => String(r.cells.title).startsWith('Provide professional advice and support for schools to achieve or'));
    expect(a213?.cells.title).toBe('Provide professional advice and support for schools to achieve or exceed their agreed targets');
    expect(a213?.cells.managers).toEqual(['Principal Adviser Primary']);
    const a232 = primary.find((r) => String(r.cells.title).startsWith('Work with schools to develop'));
    expect(a232?.cells.managers).toEqual(['Keith Ransom']);
    expect(a232?.cells.deliverables).toEqual([
      {
        text: 'All schools with commissioned support have a plan which incorporates ASK actions and is targeted at raising standards, quality of provision and/or leadership and management.',
        target: 'Sept 2008',
      },
      { text: 'Impact of support is evaluated against agreed success criteria and areas for improvement in ASK support are identified', target: 'Sept 2008' },
    ]);
    // The duplicated printed number 3.5.4 stays as two actions.
    const secondary = tables[2].rows.filter((r) => r.role === 'action');
    expect(
      secondary.filter((r) => /^(Implementation of the PSHE Strategy|Working in collaboration with Kent Healthy Schools)/.test(String(r.cells.title))),
    ).toHaveLength(2);
  });
});

describe('sample plan: other tables', () => {
  it('KPIs and national indicators', () => {
    const [kpi] = tablesOf(unit, 'kpi');
    expect(kpi.rows).toHaveLength(11);
    expect(kpi.rows[0].cells).toEqual({
      category: 'BVPI 41 – KS2',
      indicator: 'Percentage of pupils achieving Level 4 in Key Stage 2 English test',
      actualLastYear: '77%',
      estimateThisYear: '77%',
      targetNextYear: '80%',
    });
    expect(kpi.rows[6].cells).toMatchObject({
      category: 'BVPI 181c – KS3',
      indicator: 'Percentage of 14 year olds achieving Level 5 or above in Science',
      targetNextYear: '78%',
    });
    expect(kpi.rows[10].cells.actualLastYear).toBe('392.5%');
    const [ni] = tablesOf(unit, 'nationalIndicators');
    // The seed lists 11 indicators, then 9 more after the repeated heading.
    expect(ni.rows).toHaveLength(20);
    expect(ni.rows[0].cells).toEqual({ ref: 'NI 74', indicator: 'Achievement at level 5 or above in both English and Maths at Key Stage 3 (Threshold)' });
    expect(ni.rows[19].cells.ref).toBe('NI 57');
  });

  it('lead roles, risks and consultations', () => {
    const [lead] = tablesOf(unit, 'leadRoles');
    expect(lead.rows).toHaveLength(16);
    expect(lead.rows[0].cells.target).toHaveLength(4);
    expect((lead.rows[0].cells.target as string[])[0]).toMatch(/^LAA Outcome 1: To promote the physical/);
    expect(lead.rows[0].cells.leadOfficer).toEqual(['Jennie Landsberg', 'JL', 'JL', 'JL']);
    const [risks] = tablesOf(unit, 'risks');
    expect(risks.rows).toHaveLength(2);
    for (const r of risks.rows) expect([r.cells.impact, r.cells.likelihood]).toEqual([4, 4]);
    expect(risks.rows[0].cells.event).toBe('Primary Attainment: Proposed strategies do not result in raising primary attainment');
    expect(risks.rows[0].cells.existingControls).toHaveLength(6);
    expect(risks.rows[0].cells.newTasks).toHaveLength(14);
    const [consultations] = tablesOf(unit, 'consultations');
    expect(consultations.rows).toHaveLength(4);
    expect(consultations.rows[2].cells.name).toBe('All CPD activities including conferences, bespoke sessions and tailored programmes');
    expect(consultations.rows[2].cells.purpose).toContain('Impact of CPD on raising standards of achievement');
  });

  it('staffing levels and environment tables', () => {
    const [staffing] = tablesOf(unit, 'staffing');
    expect(staffing.rows.map((r) => r.role)).toEqual(['line', 'line', 'memo']);
    expect(staffing.rows[0].cells).toEqual({
      category: 'Pt13 and above or equivalent (FTEs)',
      lastYear: 196.5,
      thisYear: 199.7,
      note: '* (181.5) In September 2008, FTE will be reduced as PEP headteachers and AST are devolved to Clusters',
    });
    expect(staffing.rows[1].cells.note).toBe('** (103.6) In September 2008, FTE will be reduced as 2 PEP support staff are devolved to Clusters');
    expect(staffing.rows[2].cells).toMatchObject({ lastYear: 58.8, thisYear: 87.9 });
    expect(staffing.meta.printedSummaries).toEqual({ total: { lastYear: 302.1, thisYear: 305.3 } });
    expect(summaryRows('staffing', withIds(staffing))[0].cells).toEqual({ lastYear: 302.1, thisYear: 305.3 });
    const [env] = tablesOf(unit, 'envObjectives');
    expect(env.rows).toHaveLength(2);
    expect((env.rows[0].cells.deliverables as { target: string }[]).map((d) => d.target)).toEqual(['Ongoing', 'Ongoing', 'Ongoing']);
    expect(tablesOf(unit, 'envAdaptation')[0].rows).toHaveLength(2);
  });

  it('introduction tables', () => {
    const [pi] = tablesOf(intro, 'priorityIndicators');
    expect(pi.rows).toHaveLength(11);
    expect(pi.rows[0].cells).toEqual({ ref: 'NI 163', indicator: 'working age population qualified to at least Level 2 or higher' });
    expect(pi.rows[10].cells).toEqual({ ref: '', indicator: '16 Statutory DCSF Indicators' });
    const [appendix] = tablesOf(intro, 'appendixPlans');
    expect(appendix.rows.filter((r) => r.cells.scope === 'Local')).toHaveLength(19);
    expect(appendix.rows.filter((r) => r.cells.scope === 'National')).toHaveLength(23);
  });
});

describe('sample plan: narrative', () => {
  it('drops the running page header and rejoins the paragraphs it cut', () => {
    expect(raw).not.toContain("Managing Director's Introduction to 2008/9 CFE Business Plans");
    const text = narrativeText(intro);
    expect(text).toContain('The programmes will be flexible; demand led');
    expect(text).toContain('more slowly than elsewhere in the County. Working with');
    expect(text).toContain('necessary resources for development and training');
    expect(narrativeText(unit)).toContain('all aspects of equality and diversity have been met');
  });

  it('marks the missing structure chart', () => {
    const doc = section(unit, 'Structure Chart').blocks[0];
    expect(doc.kind === 'narrative' && docText(doc.doc)).toBe('[The structure chart is an image in the source plan and is not reproduced here.]');
  });
});

describe('sample plan: converter', () => {
  it('reproduces assets/sample-plan.json byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-plan-'));
    try {
      const out = join(dir, 'sample-plan.json');
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/convert-seed.ts', '--out', out], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(out).equals(readFileSync(samplePath))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
