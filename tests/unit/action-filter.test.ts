import { describe, expect, it } from 'vitest';
import { actionMatches, NO_FILTER, orderByDue, visibleActionRows, earliestDue } from '../../shared/calc/action-filter';
import type { Row } from '../../shared/model/plan';

const rows: Row[] = [
  { id: 1, role: 'unit', cells: { title: 'Early Years' } },
  { id: 2, role: 'objective', cells: { title: 'Raise standards' } },
  {
    id: 3,
    role: 'action',
    cells: { title: 'Handbook', managers: ['Colleen Marin'], links: ['Towards 2010 - 10'], deliverables: [{ text: 'Published', target: 'March 2009' }] },
  },
  {
    id: 4,
    role: 'action',
    cells: {
      title: 'Audit',
      managers: ['Jane Nolan'],
      links: ['T2010 Target 11'],
      deliverables: [
        { text: 'Done', target: 'Sept 2008' },
        { text: 'Again', target: 'Termly' },
      ],
    },
  },
  { id: 5, role: 'action', cells: { title: 'Forum', managers: ['Jane Nolan'], deliverables: [{ text: 'Meets', target: 'On going' }] } },
  { id: 6, role: 'objective', cells: { title: 'Workforce' } },
  { id: 7, role: 'action', cells: { title: 'Training', managers: ['Sue Ogilvie'], deliverables: [{ text: 'Delivered', target: 'Nov 2008' }] } },
];
const today = new Date('2008-12-15');

describe('finding actions', () => {
  it('filters by manager, keeping the headings above what matches', () => {
    expect([...visibleActionRows(rows, { ...NO_FILTER, manager: 'nolan' }, today)].sort()).toEqual([1, 2, 4, 5]);
  });

  it('finds overdue actions against today, and none where no date is recognised', () => {
    expect([...visibleActionRows(rows, { ...NO_FILTER, overdue: true }, today)].sort()).toEqual([1, 2, 4, 6, 7]);
    expect(actionMatches(rows[4], { ...NO_FILTER, overdue: true }, today)).toBe(false);
  });

  it('filters by a due-date range, a linked target and free text', () => {
    expect([...visibleActionRows(rows, { ...NO_FILTER, from: '2009-01', to: '2009-06' }, today)].sort()).toEqual([1, 2, 3]);
    expect([...visibleActionRows(rows, { ...NO_FILTER, target: 'T2010-11' }, today)].sort()).toEqual([1, 2, 4]);
    expect([...visibleActionRows(rows, { ...NO_FILTER, text: 'delivered' }, today)].sort()).toEqual([1, 6, 7]);
  });

  it('orders actions by earliest target date within each objective, undated last, headings in place', () => {
    expect(earliestDue(rows[3])).toBe(2008 * 12 + 8);
    expect(orderByDue(rows).map((r) => r.id)).toEqual([1, 2, 4, 3, 5, 6, 7]);
  });
});
