// The one cell formatter (shared/format/cell-text.ts): what every output writes for a value of each type.
import { describe, expect, it } from 'vitest';
import { cellLines, cellText, deliverableParts } from '../../shared/format/cell-text';
import type { ColumnDef, ColumnType } from '../../shared/model/columns';

const col = (type: ColumnType): ColumnDef => ({ id: 'x', heading: 'X', type, width: 10 });

describe('cellText', () => {
  it('writes £000s and FTE to one decimal with separators, and nothing for no figure', () => {
    expect(cellText(col('money'), 1116.94)).toBe('1,116.9');
    expect(cellText(col('money'), -160)).toBe('-160.0');
    expect(cellText(col('fte'), 0)).toBe('0.0');
    expect(cellText(col('money'), null)).toBe('');
    expect(cellText(col('money'), 'n/a')).toBe('');
  });

  it('keeps ratings, measures, dates as written and text as stored', () => {
    expect(cellText(col('rating'), 4)).toBe('4');
    expect(cellText(col('measure'), '61.2 points')).toBe('61.2 points');
    expect(cellText(col('dateText'), 'Sept 2008')).toBe('Sept 2008');
    expect(cellText(col('band'), 'HIGH')).toBe('HIGH');
    expect(cellText(col('longText'), 'Line one\nLine two')).toBe('Line one\nLine two');
  });

  it('puts list items, links and deliverables one a line, deliverables with their targets', () => {
    expect(cellText(col('list'), ['Head of Service', 'Finance Manager'])).toBe('Head of Service\nFinance Manager');
    expect(cellLines(col('links'), ['CYPP A1', 'T2010 Target 11'])).toEqual(['CYPP A1', 'T2010 Target 11']);
    const dels = [
      { text: 'Audit ten settings', target: 'Nov 2008' },
      { text: 'Publish handbook', target: '' },
    ];
    expect(cellText(col('deliverables'), dels)).toBe('• Audit ten settings [Nov 2008]\n• Publish handbook');
    expect(deliverableParts(dels)).toEqual(dels);
    expect(cellLines(col('deliverables'), [])).toEqual([]);
  });
});
