/**
 * The catalogue of other plans' targets, built from the bundled sample, and the reading of the free
 * text "Links to other plans" entries the sample's actions hold.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueFromPlan, linkStatus, parseLinks, type TargetKind } from '../../shared/calc/target-catalogue';
import { exchangeSchema } from '../../shared/model/plan';

const samplePath = fileURLToPath(new URL('../../assets/sample-plan.json', import.meta.url));
const sample = exchangeSchema.parse(JSON.parse(readFileSync(samplePath, 'utf8')));
const catalogue = catalogueFromPlan(sample.plans);
const byKey = new Map(catalogue.map((t) => [t.key, t]));

/** The links list of every action row in the sample. */
const actionLinks: string[][] = sample.plans.flatMap((p) =>
  p.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'table' && b.tableKind === 'actions'
        ? b.rows.filter((r) => r.role === 'action').map((r) => (r.cells.links as string[] | undefined) ?? [])
        : [],
    ),
  ),
);

describe('catalogueFromPlan', () => {
  it('holds the targets the sample names, with their full titles', () => {
    expect(byKey.get('T2010-11')).toMatchObject({ kind: 'T2010', code: 'T2010 Target 11' });
    expect(byKey.get('T2010-11')!.title).toMatch(/^Help and inspire all our children/);
    expect(byKey.get('T2010-10')!.title).toMatch(/^Improve the quality of early years education/);
    expect(byKey.get('LAA-1')).toMatchObject({ kind: 'LAA', code: 'LAA Outcome 1' });
    expect(byKey.get('LAA-1')!.title).toMatch(/^To promote the physical, emotional/);
    expect(byKey.get('NI-74')).toEqual({
      key: 'NI-74',
      kind: 'NI',
      code: 'NI 74',
      title: 'Achievement at level 5 or above in both English and Maths at Key Stage 3 (Threshold)',
    });
    expect(byKey.get('NI-163')!.title).toBe('working age population qualified to at least Level 2 or higher');
    expect(byKey.get('BVPI-41')).toEqual({
      key: 'BVPI-41',
      kind: 'BVPI',
      code: 'BVPI 41',
      title: 'Percentage of pupils achieving Level 4 in Key Stage 2 English test',
    });
    expect(byKey.get('BVPI-194a')!.code).toBe('BVPI 194a');
    expect(byKey.get('CYPP-P11')).toMatchObject({ code: 'CYPP Priority 11', title: 'Significantly improve performance in primary schools' });
    expect(byKey.get('CYPP-P10')!.title).toMatch(/^To promote the physical/); // written "CYPP 10: ..."
    expect(byKey.get('CYPP-A47')).toMatchObject({ code: 'CYPP action 47' });
    expect(byKey.get('CYPP-A47')!.title).toMatch(/^Improve the quality of early years provision/);
    // Low-numbered actions exist too ("7) Build on the Kent Compact"): why bare numbers are only a guess.
    expect(byKey.get('CYPP-A7')!.title).toMatch(/^Build on the Kent Compact/);
    expect(byKey.get('CYPP-P25')!.title).toBe(''); // "CYPP P25", no name given
    expect(byKey.get('LAA-7')!.title).toBe(''); // only as "CYPP Priority 15 (LAA 7)"
    expect(byKey.get('CYPP-A101')!.title).toBe(''); // only in the Plan column: "(Actions 99 & 101)"
    expect(byKey.get('ASK-6')).toEqual({ key: 'ASK-6', kind: 'ASK', code: 'ASK Unit 6', title: '' });
  });

  it('one entry per key, by kind', () => {
    expect(new Set(catalogue.map((t) => t.key)).size).toBe(catalogue.length);
    const counts: Partial<Record<TargetKind, number>> = {};
    for (const t of catalogue) counts[t.kind] = (counts[t.kind] ?? 0) + 1;
    expect(counts).toEqual({ LAA: 6, CYPP: 38, T2010: 4, BVPI: 10, NI: 30, ASK: 6 });
    expect(catalogue.slice(0, 2).map((t) => t.key)).toEqual(['LAA-1', 'LAA-2']);
  });

  it('keeps the longest title when a key is named twice', () => {
    const doc = (tableKind: string, cells: Record<string, unknown>) => ({ sections: [{ blocks: [{ kind: 'table', tableKind, rows: [{ cells }] }] }] });
    const cat = catalogueFromPlan([
      doc('nationalIndicators', { ref: 'NI 74', indicator: 'Longer name of the indicator' }),
      doc('priorityIndicators', { ref: 'NI 74', indicator: 'Short' }),
    ]);
    expect(cat.find((t) => t.key === 'NI-74')!.title).toBe('Longer name of the indicator');
  });
});

describe('parseLinks', () => {
  it.each([
    ['Towards 2010 - 10', ['T2010-10']],
    ['T2010 Target 11', ['T2010-11']],
    ['Towards 2010 target 11', ['T2010-11']],
    ['Towards 2010 Targets 22 and 47', ['T2010-22', 'T2010-47']],
    ['Towards 2010 Targets 22 and 47 2010 (22 & 47)', ['T2010-22', 'T2010-47']],
    ['LAA 2 Outcome 2', ['LAA-2']],
    ['LAA 1', ['LAA-1']],
    ['LAA Outcome 6', ['LAA-6']],
    ['CYPP Priority 10', ['CYPP-P10']],
    ['CYPP P14', ['CYPP-P14']],
    ['CYPP 10', ['CYPP-P10']],
    ['CYPP 50, 52, 51,63,64,67, 101', ['CYPP-A50', 'CYPP-A52', 'CYPP-A51', 'CYPP-A63', 'CYPP-A64', 'CYPP-A67', 'CYPP-A101']],
    ['CYPP 21 (99)', ['CYPP-P21', 'CYPP-A99']],
    ['CYPP Priority 2 (action 7)', ['CYPP-P2', 'CYPP-A7']],
    ['CYPP priority 10 Key action 31', ['CYPP-P10', 'CYPP-A31']],
    ['CYPP14 action 73', ['CYPP-P14', 'CYPP-A73']],
    ['CYPP 13, 15', ['CYPP-P13', 'CYPP-P15']],
    ['CYPP 13 (59/60), 14 (68/69)', ['CYPP-P13', 'CYPP-A59', 'CYPP-A60', 'CYPP-P14', 'CYPP-A68', 'CYPP-A69']],
    ['CYP 13 (59/60)', ['CYPP-P13', 'CYPP-A59', 'CYPP-A60']],
    ['KCYPP 5 (20)', ['CYPP-P5', 'CYPP-A20']],
    ['BV40 BV41', ['BVPI-40', 'BVPI-41']],
    ['BV 40', ['BVPI-40']],
    ['BVPI 41', ['BVPI-41']],
    ['BVPI 41 – KS2', ['BVPI-41']],
    ['BVPI 194a', ['BVPI-194a']],
    ['NI 74', ['NI-74']],
    ['ASK Unit 4', ['ASK-4']],
    ['ASK Unit 2', ['ASK-2']],
    ['ASK units 1,2,3', ['ASK-1', 'ASK-2', 'ASK-3']],
    ['ASK Unit 4 and 5', ['ASK-4', 'ASK-5']],
    ['ASK Unit 5.1', ['ASK-5']],
    ['ASK Strategic Units – All', ['ASK-1', 'ASK-2', 'ASK-3', 'ASK-4', 'ASK-5', 'ASK-6']],
    ['LAA 1, NI 74', ['LAA-1', 'NI-74']],
  ])('%s', (entry, keys) => {
    expect(parseLinks(entry)).toEqual(keys);
  });

  it.each([
    'CYPP',
    'Towards 2010',
    'Towards 2010 Target',
    'Unit 4',
    'LPSA 2 (6)',
    'Kent Primary Strategy 4, 33, 36 – 40',
    'CSDS 5.2, 5.7, 5.8',
    'National Strategies Standards Fund 2007/08 (Grant 108 – support for underperforming pupils)',
    'KCC Annual Plan',
    'we ask schools',
    'APA4',
    '',
  ])('%j cites nothing', (entry) => {
    expect(parseLinks(entry)).toEqual([]);
  });
});

describe('linkStatus', () => {
  it('unmatched when nothing is cited or a cited key is not in the catalogue', () => {
    expect(linkStatus('Towards 2010 target 11', catalogue)).toEqual({ keys: ['T2010-11'], unmatched: false });
    expect(linkStatus('KCC Annual Plan', catalogue)).toEqual({ keys: [], unmatched: true });
    expect(linkStatus('LAA 4', catalogue)).toEqual({ keys: ['LAA-4'], unmatched: true });
    expect(linkStatus('CYPP 21 (99)', catalogue).unmatched).toBe(false);
    expect(linkStatus('CYPP 25 (123)', catalogue).unmatched).toBe(true); // action 123 is not in the lead roles
  });
});

describe('the sample actions', () => {
  it('six actions cite Towards 2010 target 11', () => {
    const citing = actionLinks.filter((links) => links.some((l) => parseLinks(l).includes('T2010-11')));
    expect(citing.length).toBeGreaterThan(0);
    expect(citing.length).toBe(6);
  });

  it('how many link entries the catalogue resolves', () => {
    const entries = actionLinks.flat();
    const citing = entries.filter((l) => parseLinks(l).length > 0);
    const hitting = entries.filter((l) => parseLinks(l).some((k) => byKey.has(k)));
    const resolved = entries.filter((l) => !linkStatus(l, catalogue).unmatched);
    console.log(
      `link entries: ${entries.length}; citing a target: ${citing.length}; matching a catalogue key: ${hitting.length} ` +
        `(${((100 * hitting.length) / entries.length).toFixed(1)}%); fully resolved: ${resolved.length}`,
    );
    expect([entries.length, citing.length, hitting.length, resolved.length]).toEqual([285, 143, 139, 129]);
  });
});
