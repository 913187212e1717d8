/** columnTable: the text tables kind-columns.ts declares the table kinds' columns in. */
import { describe, expect, it } from 'vitest';
import { columnTable } from '../../shared/model/column-table';

describe('columnTable', () => {
  it('reads id, heading, type, width and the optional year, total and note', () => {
    const cols = columnTable(
      `
      fte   | FTE          | fte      | 7  | year -1 | total
      gross | Gross £000's | money    | 11 | total
      notes | Notes        | longText | 20 | note
    `,
      { gross: { op: 'sum', of: ['fte'] } },
    );
    expect(cols).toEqual([
      { id: 'fte', heading: 'FTE', type: 'fte', year: -1, width: 7, total: true },
      { id: 'gross', heading: "Gross £000's", type: 'money', width: 11, total: true, computed: { op: 'sum', of: ['fte'] } },
      { id: 'notes', heading: 'Notes', type: 'longText', width: 20, note: true },
    ]);
    expect('year' in cols[1]).toBe(false);
  });

  it('refuses what it does not know, when the module loads', () => {
    expect(() => columnTable('a | A | txt | 10')).toThrow(/column line not understood/);
    expect(() => columnTable('a | A | constructor | 10')).toThrow(/column line not understood/);
    expect(() => columnTable('a | A | text | wide')).toThrow(/column line not understood/);
    expect(() => columnTable('a | A | text | 10 | year 1')).toThrow(/flags not understood/);
    expect(() => columnTable('a | A | text | 10 | totals')).toThrow(/flags not understood/);
    expect(() => columnTable('a | A | money | 10', { b: { op: 'sum', of: ['a'] } })).toThrow(/computed columns not in the table: b/);
  });
});
