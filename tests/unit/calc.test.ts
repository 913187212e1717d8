import { describe, expect, it } from 'vitest';
import { summaryRows, rowsWithComputed } from '../../shared/calc/summaries';
import { actionNumbers } from '../../shared/calc/numbering';
import { withComputed, addTenths } from '../../shared/calc/evaluate';
import { fyBudgetHeading, fyLabel } from '../../shared/calc/financial-year';
import { headingGroups } from '../../shared/model/headings';
import { formatFigure, parseFigure } from '../../shared/format/numbers';
import { tableMismatches } from '../../shared/calc/printed-totals';
import { smallPlan } from '../support/fixtures';
import type { Block, Row } from '../../shared/model/plan';

const budgetBlock = () => {
  const b = smallPlan().sections[2].blocks[0] as Extract<Block, { kind: 'table' }>;
  return { ...b, rows: b.rows.map((r, i) => ({ ...r, id: i + 1 })) as Row[] };
};

describe('budget arithmetic', () => {
  it('computes gross and controllable for a line', () => {
    const c = withComputed('budget', 'line', { employee: 944.4, running: 341.8, externalIncome: -160 });
    expect(c.gross).toBe(1286.2);
    expect(c.controllable).toBe(1126.2);
  });

  it('reproduces the Secondary controllable totals and total cost of unit printed in the seed', () => {
    const b = budgetBlock();
    const [totals, totalCost] = summaryRows('budget', b.rows);
    expect(totals.id).toBe('controllableTotals');
    expect(totals.cells).toMatchObject({
      lastYearControllable: 3219.5,
      lastYearFte: 38.4,
      fte: 44.6,
      employee: 2699.0,
      running: 650.6,
      gross: 3349.6,
      externalIncome: -160,
      controllable: 3189.6,
    });
    expect(totalCost.id).toBe('totalCostOfUnit');
    expect(totalCost.cells.controllable).toBe(3279.8);
    expect(totalCost.cells.lastYearControllable).toBe(3490.9);
    expect(totalCost.cells.fte).toBe(44.6);
    expect(tableMismatches(b, 'Revenue Budget')).toEqual([]);
  });

  it('flags a printed total that disagrees with its lines', () => {
    const b = budgetBlock();
    b.meta = { printedSummaries: { controllableTotals: { controllable: 3190.0 } } };
    expect(tableMismatches(b, 'Revenue Budget')).toEqual([
      expect.objectContaining({ summaryId: 'controllableTotals', column: 'controllable', printed: 3190.0, computed: 3189.6 }),
    ]);
  });

  it('adds in tenths so sums do not drift', () => {
    expect(addTenths([0.1, 0.2])).toBe(0.3);
    expect(addTenths([1116.9, 446.5, 159.7, 0, 1496.4])).toBe(3219.5);
  });

  it('fills computed columns on lines only: memo rows keep their typed controllable figure', () => {
    const rows = rowsWithComputed('budget', budgetBlock().rows);
    expect(rows.find((r) => r.cells.activity === 'Central Overheads')!.cells.controllable).toBe(34.3);
  });
});

describe('risk scores', () => {
  it.each([
    [4, 4, 16, 'HIGH'],
    [5, 3, 15, 'HIGH'],
    [3, 4, 12, 'MEDIUM'],
    [2, 4, 8, 'MEDIUM'],
    [2, 3, 6, 'LOW'],
    [1, 1, 1, 'LOW'],
  ])('impact %i x likelihood %i = %i %s', (impact, likelihood, score, band) => {
    const c = withComputed('risks', 'line', { impact, likelihood });
    expect(c.score).toBe(score);
    expect(c.band).toBe(band);
  });

  it('leaves score and band empty until both ratings are given', () => {
    expect(withComputed('risks', 'line', { impact: 3 })).toMatchObject({ score: null, band: null });
  });
});

describe('action numbering', () => {
  it('numbers from position across the action tables of a plan', () => {
    const rows = [
      { id: 10, role: 'unit' as const },
      { id: 11, role: 'objective' as const },
      { id: 12, role: 'action' as const },
      { id: 13, role: 'action' as const },
      { id: 14, role: 'objective' as const },
      { id: 15, role: 'action' as const },
      { id: 20, role: 'unit' as const },
      { id: 21, role: 'objective' as const },
      { id: 22, role: 'action' as const },
    ];
    const n = actionNumbers(rows);
    expect([...n.values()]).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '2', '2.1', '2.1.1']);
    const inserted = actionNumbers([...rows.slice(0, 3), { id: 99, role: 'action' }, ...rows.slice(3)]);
    expect(inserted.get(99)).toBe('1.1.2');
    expect(inserted.get(13)).toBe('1.1.3');
  });
});

describe('headings and figures', () => {
  it('labels financial years as the plans do', () => {
    expect(fyLabel(2008)).toBe('2008/09');
    expect(fyBudgetHeading(2007)).toBe('2007-08');
    expect(fyLabel(2099)).toBe('2099/00');
  });

  it('groups budget columns under 2007-08 and 2008-09, and appends years to KPI headings', () => {
    const g = headingGroups('budget', 2008);
    expect(g.map((x) => [x.heading, x.columns.length])).toEqual([
      ['2007-08', 2],
      ['2008-09', 11],
    ]); // with Notes
    const k = headingGroups('kpi', 2008).flatMap((x) => x.columns.map((c) => c.label));
    expect(k).toEqual(['Category / ref', 'Indicator', 'Actual performance 2006/07', 'Estimated performance 2007/08', 'Target 2008/09']);
  });

  it('formats figures to one decimal with thousands separators', () => {
    expect(formatFigure(1116.9)).toBe('1,116.9');
    expect(formatFigure(-160)).toBe('-160.0');
    expect(formatFigure(-0.04)).toBe('0.0');
    expect(formatFigure(null)).toBe('');
  });

  it.each([
    ['1,116.9', 1116.9],
    ['-160.0', -160],
    ['(160.0)', -160],
    ['£1,116.9', 1116.9],
    ['-£5', -5],
    [' 42 ', 42],
    ['', null],
    ['.5', 0.5],
  ])('reads %j as %j', (text, value) => {
    expect(parseFigure(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1,11.9', '12a', '1.2.3', '=1+1'])('refuses %j', (text) => {
    expect(parseFigure(text).ok).toBe(false);
  });
});
