/**
 * Find and replace as pure functions: how text matches (case, whole value, characters that mean something
 * in a pattern), which values are words and which are figures, and narrative runs keeping their marks.
 */
import { describe, expect, it } from 'vitest';
import { excerpts, planReplacements, replaceInCell, replaceInDoc, textReplacer } from '../../shared/calc/find-replace';
import type { RichDoc } from '../../shared/model/richtext';
import type { PlanDocument } from '../../shared/model/plan';

describe('textReplacer', () => {
  it('ignores case unless asked to match it, and counts every occurrence', () => {
    expect(textReplacer({ find: 'kent', replace: 'Medway' })('Kent schools, KENT clusters')).toEqual({
      text: 'Medway schools, Medway clusters',
      count: 2,
      at: 0,
    });
    expect(textReplacer({ find: 'kent', replace: 'Medway', matchCase: true })('Kent schools, KENT clusters')).toBeNull();
    expect(textReplacer({ find: 'KENT', replace: 'Medway', matchCase: true })('Kent schools, KENT clusters')).toEqual({
      text: 'Kent schools, Medway clusters',
      count: 1,
      at: 14,
    });
  });

  it('a whole value only when asked', () => {
    const whole = textReplacer({ find: 'CW', replace: 'Chris Wells', wholeCell: true });
    expect(whole('CW')?.text).toBe('Chris Wells');
    expect(whole('cw')?.text).toBe('Chris Wells');
    expect(whole('CW and JB')).toBeNull();
    expect(textReplacer({ find: 'CW', replace: 'Chris Wells' })('CW and JB')?.text).toBe('Chris Wells and JB');
  });

  it('takes the text literally: pattern characters and $ signs mean themselves', () => {
    expect(textReplacer({ find: '(a.b)*', replace: '$1 $& $$' })('x (a.b)* y (aab) z')).toEqual({ text: 'x $1 $& $$ y (aab) z', count: 1, at: 2 });
    expect(textReplacer({ find: '2008/9', replace: '2009/10' })('Plan 2008/9 and 2008-9')?.text).toBe('Plan 2009/10 and 2008-9');
  });
});

describe('replaceInCell: words only, never figures', () => {
  const rw = textReplacer({ find: '2008', replace: '2009' });
  it('text, multi-line text and dates as written', () => {
    expect(replaceInCell('text', 'From 2008', rw)?.value).toBe('From 2009');
    expect(replaceInCell('longText', 'a 2008\nb 2008', rw)).toMatchObject({ value: 'a 2009\nb 2009', count: 2 });
    expect(replaceInCell('dateText', 'Sept 2008', rw)?.value).toBe('Sept 2009');
  });
  it('every item of a list, the text and target of every deliverable', () => {
    expect(replaceInCell('list', ['CW 2008', 'none', '2008'], rw)).toMatchObject({ value: ['CW 2009', 'none', '2009'], count: 2 });
    expect(
      replaceInCell(
        'deliverables',
        [
          { text: 'Report 2008', target: 'March 2008' },
          { text: 'x', target: '' },
        ],
        rw,
      ),
    ).toMatchObject({
      value: [
        { text: 'Report 2009', target: 'March 2009' },
        { text: 'x', target: '' },
      ],
      count: 2,
    });
  });
  it('not money, FTE, ratings, measures, bands or link citations', () => {
    const one = textReplacer({ find: '1', replace: '9' });
    expect(replaceInCell('money', 1116.9, one)).toBeNull();
    expect(replaceInCell('fte', 1, one)).toBeNull();
    expect(replaceInCell('rating', 1, one)).toBeNull();
    expect(replaceInCell('measure', '61.2 points', one)).toBeNull();
    expect(replaceInCell('band', 'LOW', textReplacer({ find: 'LOW', replace: 'HIGH' }))).toBeNull();
    expect(replaceInCell('links', ['KCC 1.1'], one)).toBeNull();
  });
  it('nothing when nothing matches', () => {
    expect(replaceInCell('text', 'no match', rw)).toBeNull();
    expect(replaceInCell('list', [], rw)).toBeNull();
  });
});

describe('replaceInDoc', () => {
  const doc: RichDoc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kent' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'In ' },
          { type: 'text', text: 'Kent', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'and kent.' },
        ],
      },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kent' }] }] }] }],
      },
    ],
  };
  it('rewrites every text run at any depth, keeping marks and line breaks', () => {
    const r = replaceInDoc(doc, textReplacer({ find: 'kent', replace: 'Medway' }))!;
    expect(r.count).toBe(4);
    expect(r.value.content[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'In ' },
        { type: 'text', text: 'Medway', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'and Medway.' },
      ],
    });
    expect(JSON.stringify(r.value.content[2])).toContain('"text":"Medway"');
    expect(JSON.stringify(doc)).not.toContain('Medway'); // the input is left as it was
  });
  it('drops a run the replacement empties (an empty run is not a valid document)', () => {
    const r = replaceInDoc(doc, textReplacer({ find: 'Kent', replace: '', matchCase: true }))!;
    expect(r.value.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [] });
    expect(r.value.content[1]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'In ' }, { type: 'hardBreak' }, { type: 'text', text: 'and kent.' }],
    });
  });
});

describe('excerpts', () => {
  it('show the text around the first change, before and after', () => {
    const long = `${'x'.repeat(100)} Kent ${'y'.repeat(100)}`;
    const r = textReplacer({ find: 'Kent', replace: 'Medway' })(long)!;
    const e = excerpts({ old: long, new: r.text, at: r.at }, { find: 'Kent', replace: 'Medway' });
    expect(e.before).toBe(`…${'x'.repeat(39)} Kent ${'y'.repeat(39)}…`);
    expect(e.after).toBe(`…${'x'.repeat(39)} Medway ${'y'.repeat(39)}…`);
  });
});

describe('planReplacements', () => {
  const plan = {
    header: { directorate: 'Kent CFE', division: 'Kent', title: 'Plan', year: 2008, cabinetMember: '', director: '', planContact: '' },
    sections: [
      { id: 1, title: 'Kent unit', level: 1, blocks: [] },
      {
        id: 2,
        title: 'Revenue Budget',
        level: 2,
        blocks: [
          {
            id: 10,
            kind: 'table',
            tableKind: 'budget',
            title: 'Revenue Budget',
            meta: {},
            rows: [
              { id: 100, role: 'line', cells: { activity: 'Kent advisers', employee: 12, cabinetMember: 'kent' } },
              { id: 101, role: 'memo', cells: { activity: 'Central Overheads', controllable: 1 } },
            ],
          },
        ],
      },
    ],
  } as unknown as PlanDocument;

  it('header fields, titles and text cells in document order; fixed labels and figures left alone', () => {
    const items = planReplacements(plan, { find: 'kent', replace: 'Medway' });
    expect(items.map((i) => [i.id, i.new])).toEqual([
      ['header:directorate', 'Medway CFE'],
      ['header:division', 'Medway'],
      ['title:1', 'Medway unit'],
      ['cell:100:activity', 'Medway advisers'],
      ['cell:100:cabinetMember', 'Medway'],
    ]);
    expect(items[3]).toMatchObject({
      sectionId: 2,
      section: 'Revenue Budget',
      unit: 'Kent unit',
      blockId: 10,
      rowId: 100,
      column: 'activity',
      before: 'Kent advisers',
      after: 'Medway advisers',
    });
    expect(planReplacements(plan, { find: 'Central Overheads', replace: 'x' })).toEqual([]);
    expect(planReplacements(plan, { find: '12', replace: '13' })).toEqual([]);
    expect(planReplacements(plan, { find: '2008', replace: '2009' })).toEqual([]);
  });

  it('lists nothing that would stay the same', () => {
    expect(planReplacements(plan, { find: 'kent', replace: 'Kent' }).map((i) => i.id)).toEqual(['cell:100:cabinetMember']);
  });
});
