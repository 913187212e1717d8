/** The three-way merge (shared/merge), pure: base, ours and theirs snapshots in, review items and merged plan out. */
import { describe, expect, it } from 'vitest';
import { smallPlan } from '../support/fixtures';
import { mergePlans, samePlan, type MergeItem } from '../../shared/merge/three-way';
import { mergeOrder } from '../../shared/merge/order';
import type { PlanSnap, TableSnap } from '../../shared/merge/snapshot';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function basePlan(): PlanSnap {
  const p = smallPlan();
  return {
    ...p,
    uuid: uuid(),
    sections: p.sections.map((s) => ({
      ...s,
      uuid: uuid(),
      blocks: s.blocks.map((b) => (b.kind === 'table' ? { ...b, uuid: uuid(), rows: b.rows.map((r) => ({ ...r, uuid: uuid() })) } : { ...b, uuid: uuid() })),
    })),
  } as PlanSnap;
}
const copy = (p: PlanSnap): PlanSnap => structuredClone(p);
const budget = (p: PlanSnap) => p.sections[2].blocks[0] as TableSnap;
const lines = (items: MergeItem[]) => items.map((i) => `${i.conflict ? 'conflict ' : ''}${i.where}: ${i.what}`);

describe('three-way merge', () => {
  it('takes the file’s changes, keeps ours, and reports a cell changed differently on both sides as a conflict', () => {
    const base = basePlan();
    const ours = copy(base);
    const theirs = copy(base);
    budget(ours).rows[0].cells.employee = 950; // only here
    budget(theirs).rows[1].cells.employee = 420; // only in the file
    budget(ours).rows[2].cells.activity = '14-19 (ours)';
    budget(theirs).rows[2].cells.activity = '14-19 (theirs)';
    const { items, merged } = mergePlans(base, ours, theirs);
    expect(lines(items)).toEqual([
      'Section "Revenue Budget", "Senior secondary advisers", Employee Costs £000\'s: 409.5 → 420.0',
      'conflict Section "Revenue Budget", "14-19 - standards fund", Activity: changed on both sides',
    ]);
    expect(items.filter((i) => i.conflict)).toHaveLength(1);
    expect(items.find((i) => i.conflict)).toMatchObject({ base: '"14-19 - standards fund"', mine: '"14-19 (ours)"', theirs: '"14-19 (theirs)"' });
    expect(budget(merged).rows[0].cells.employee).toBe(950);
    expect(budget(merged).rows[1].cells.employee).toBe(420);
    expect(budget(merged).rows[2].cells.activity).toBe('14-19 (ours)');
    const all = mergePlans(base, ours, theirs, () => 'theirs').merged;
    expect(budget(all).rows[2].cells.activity).toBe('14-19 (theirs)');
    expect(budget(all).rows[0].cells.employee).toBe(950); // taking theirs settles conflicts only
  });

  it('merging a file into the plan it was merged into changes nothing (the file is the new base)', () => {
    const base = basePlan();
    const ours = copy(base);
    const theirs = copy(base);
    budget(theirs).rows[1].cells.employee = 420;
    budget(ours).rows[2].cells.activity = 'mine';
    budget(theirs).rows[2].cells.activity = 'theirs';
    const first = mergePlans(base, ours, theirs).merged;
    const again = mergePlans(theirs, first, theirs);
    expect(again.items).toEqual([]);
    expect(samePlan(again.merged, first)).toBe(true);
  });

  it('rows added and removed on either side, moved in the file, and a row removed here but edited there', () => {
    const base = basePlan();
    const ours = copy(base);
    const theirs = copy(base);
    const added = { uuid: uuid(), role: 'line' as const, cells: { activity: 'New in file', employee: 5 } };
    budget(theirs).rows.splice(5, 0, added); // after the last line, before the memos
    budget(theirs).rows.splice(0, 1); // removes the first line, unchanged here
    const [strategy] = budget(theirs).rows.splice(3, 1);
    budget(theirs).rows.unshift(strategy); // moves the strategy line to the top
    budget(ours).rows.splice(3, 1); // removes the intervention line here...
    budget(theirs).rows.find((r) => r.cells.activity === 'School intervention project - standards fund (ABG)')!.cells.running = 1; // ...edited there
    const mine = mergePlans(base, ours, theirs);
    expect(mine.items.map((i) => [i.kind, i.conflict, i.what])).toEqual([
      ['row', false, 'row removed in the file'],
      ['row', true, 'removed here, edited in the file'],
      ['row', false, 'row added in the file'],
      ['order', false, 'rows moved in the file'],
    ]);
    expect(budget(mine.merged).rows.map((r) => r.cells.activity)).toEqual([
      'Secondary strategy - standards fund (ABG and base)',
      'Senior secondary advisers',
      '14-19 - standards fund',
      'New in file',
      'Central Overheads',
      'Directorate Overheads',
      'Capital Charges',
    ]);
    const theirsWins = mergePlans(base, ours, theirs, () => 'theirs').merged;
    expect(budget(theirsWins).rows.map((r) => r.cells.activity)).toEqual(budget(theirs).rows.map((r) => r.cells.activity));
  });

  it('sections added, renamed and removed; narrative changed on both sides is a conflict', () => {
    const base = basePlan();
    const ours = copy(base);
    const theirs = copy(base);
    theirs.sections[3].title = 'Risks and controls';
    theirs.sections.push({ uuid: uuid(), title: 'Appendix', level: 1, blocks: [{ uuid: uuid(), kind: 'narrative', doc: { type: 'doc', content: [] } }] });
    ours.sections.splice(1, 1); // "Secondary" (no content) removed here
    const para = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
    (ours.sections[0].blocks[0] as { doc: unknown }).doc = para('Ours.');
    (theirs.sections[0].blocks[0] as { doc: unknown }).doc = para('Theirs.');
    const r = mergePlans(base, ours, theirs);
    expect(r.items.map((i) => [i.kind, i.conflict, i.what])).toEqual([
      ['narrative', true, 'changed on both sides'],
      ['title', false, '"Risks" → "Risks and controls"'],
      ['section', false, 'added in the file'],
    ]);
    expect(r.items[0]).toMatchObject({ base: '"We raise standards."', mine: '"Ours."', theirs: '"Theirs."' });
    expect(r.merged.sections.map((s) => s.title)).toEqual(['Purpose of the Service', 'Revenue Budget', 'Risks and controls', 'Appendix']);
  });

  it('a section removed in the file is removed unless edited here, then it is a conflict', () => {
    const base = basePlan();
    const theirs = copy(base);
    theirs.sections.splice(3, 1);
    expect(mergePlans(base, copy(base), theirs).merged.sections).toHaveLength(3);
    const ours = copy(base);
    (ours.sections[3].blocks[0] as TableSnap).rows[0].cells.impact = 2;
    const r = mergePlans(base, ours, theirs);
    expect(r.items.map((i) => [i.where, i.conflict, i.mine, i.theirs])).toEqual([['Section "Risks"', true, 'edited', 'removed']]);
    expect(r.merged.sections).toHaveLength(4);
    expect(mergePlans(base, ours, theirs, () => 'theirs').merged.sections).toHaveLength(3);
  });

  it('order: the file’s reordering is taken only when ours kept the base order', () => {
    const keep = new Set(['a', 'b', 'c', 'd']);
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'b', 'c'], ['c', 'a', 'b'], new Set(['a', 'b', 'c']))).toEqual({ order: ['c', 'a', 'b'], theirsMoved: true });
    expect(mergeOrder(['a', 'b', 'c'], ['b', 'a', 'c'], ['c', 'a', 'b'], new Set(['a', 'b', 'c'])).order).toEqual(['b', 'a', 'c']);
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['c', 'a', 'b'], keep).order).toEqual(['c', 'd', 'a', 'b']);
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'd', 'b', 'c'], keep).order).toEqual(['a', 'd', 'b', 'c']);
  });
});
