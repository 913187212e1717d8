// The one display order (shared/calc/table-layout.ts): body rows, totals, memorandum items, totals with them.
import { describe, expect, it } from 'vitest';
import { displayRows, tableLayout } from '../../shared/calc/table-layout';
import type { Row } from '../../shared/model/plan';

const budget: Row[] = [
  { id: 1, role: 'line', cells: { activity: 'Advisers', employee: 100, running: 20.5, lastYearControllable: 90 } },
  { id: 2, role: 'memo', cells: { activity: 'Central Overheads', controllable: 12.3, lastYearControllable: 10 } },
  { id: 3, role: 'line', cells: { activity: 'Training', employee: 50, externalIncome: -30 } },
  { id: 4, role: 'memo', cells: { activity: 'Capital Charges', controllable: 1.1 } },
];

describe('table layout', () => {
  it('puts a budget in printed order: lines, controllable totals, memorandum items, total cost of unit', () => {
    const l = tableLayout('budget', budget);
    expect(l.body.map((r) => r.id)).toEqual([1, 3]);
    expect(l.tail.map((e) => (e.type === 'memo' ? `memo ${e.row.id}` : e.summary.label))).toEqual([
      'Controllable Totals',
      'memo 2',
      'memo 4',
      'Total Cost of Unit',
    ]);
    expect(displayRows(l).map((r) => r.id)).toEqual([1, 3, 2, 4]);
  });

  it('says what each summary covers, with the app figures', () => {
    const [totals, , , cost] = tableLayout('budget', budget).tail;
    if (totals.type !== 'summary' || cost.type !== 'summary') throw new Error('summaries expected');
    expect(totals.summary).toMatchObject({ id: 'controllableTotals', rule: 'totals', lines: [1, 3], memos: [] });
    expect(totals.summary.cells).toMatchObject({ employee: 150, gross: 170.5, controllable: 140.5, lastYearControllable: 90 });
    expect(cost.summary).toMatchObject({ id: 'totalCostOfUnit', rule: 'withMemo', lines: [1, 3], memos: [2, 4], base: 'controllableTotals' });
    expect(cost.summary.cells).toMatchObject({ controllable: 153.9, lastYearControllable: 100, employee: 150 });
  });

  it('keeps stored row objects unless computed columns are asked for', () => {
    expect(tableLayout('budget', budget).body[0]).toBe(budget[0]);
    const computed = tableLayout('budget', budget, { computed: true }).body[0];
    expect(computed).not.toBe(budget[0]);
    expect(computed.cells).toMatchObject({ gross: 120.5, controllable: 120.5 });
  });

  it('puts staffing memo items after the total, which does not include them', () => {
    const rows: Row[] = [
      { id: 7, role: 'memo', cells: { category: 'Of the above total, the estimated FTE which are externally funded', thisYear: 3 } },
      { id: 5, role: 'line', cells: { category: 'Advisers', thisYear: 10.5 } },
      { id: 6, role: 'line', cells: { category: 'Admin', thisYear: 2 } },
    ];
    const l = tableLayout('staffing', rows);
    expect(l.body.map((r) => r.id)).toEqual([5, 6]);
    expect(l.tail.map((e) => (e.type === 'memo' ? e.row.id : e.summary.id))).toEqual(['total', 7]);
    const [total] = l.tail;
    expect(total.type === 'summary' && total.summary.cells.thisYear).toBe(12.5);
  });

  it('gives action tables their rows in stored order and no summaries', () => {
    const rows: Row[] = [
      { id: 1, role: 'unit', cells: { title: 'Secondary' } },
      { id: 2, role: 'objective', cells: { title: 'Raise standards' } },
      { id: 3, role: 'action', cells: { title: 'Train heads' } },
    ];
    expect(tableLayout('actions', rows)).toEqual({ body: rows, tail: [] });
  });

  it('totals a savings plan from its declaration alone, the computed total included', () => {
    const rows: Row[] = [
      { id: 1, role: 'line', cells: { saving: 'Shared office', thisYear: 12.5, nextYear: 20 } },
      { id: 2, role: 'line', cells: { saving: 'Fewer agency staff', thisYear: 30.1, nextYear: 0.2 } },
    ];
    const l = tableLayout('savings', rows, { computed: true });
    expect(l.body.map((r) => r.cells.total)).toEqual([32.5, 30.3]);
    expect(l.tail).toEqual([
      {
        type: 'summary',
        summary: {
          id: 'totalSavings',
          label: 'Total Savings',
          rule: 'totals',
          lines: [1, 2],
          memos: [],
          cells: { thisYear: 42.6, nextYear: 20.2, total: 62.8 },
        },
      },
    ]);
  });
});
