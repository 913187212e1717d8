/**
 * The grid's column definitions (renderer/grid/column-defs.ts), generated from the table kinds: headings
 * with their years, which cells a row may type into, computed columns, the hidden Notes column, and how
 * typed text is read or refused. The module pulls in the cell editors and, through them, the page's API
 * client, which looks for the preload's bridge on `window`: an empty stand-in is set before it loads (the
 * grid's own code is not run in a DOM here; measuring falls back to its estimate without a canvas).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { GridRow } from '../../renderer/grid/grid-rows';
import type { TableKind } from '../../shared/model/table-kinds';

let columnDefs: (typeof import('../../renderer/grid/column-defs'))['columnDefs'];
let editors: { TextAreaEditor: unknown; InlineTextEditor: unknown; DeliverablesEditor: unknown; LinksEditor: unknown; LinksCell: unknown };
const hadWindow = 'window' in globalThis;

beforeAll(async () => {
  if (!hadWindow) (globalThis as { window?: unknown }).window = {};
  columnDefs = (await import('../../renderer/grid/column-defs')).columnDefs;
  editors = {
    TextAreaEditor: (await import('../../renderer/grid/TextAreaEditor')).TextAreaEditor,
    InlineTextEditor: (await import('../../renderer/grid/InlineTextEditor')).InlineTextEditor,
    DeliverablesEditor: (await import('../../renderer/grid/DeliverablesEditor')).DeliverablesEditor,
    LinksEditor: (await import('../../renderer/grid/LinksEditor')).LinksEditor,
    LinksCell: (await import('../../renderer/grid/LinksCell')).LinksCell,
  };
});
afterAll(() => {
  if (!hadWindow) delete (globalThis as { window?: unknown }).window;
});

type Def = ColDef<GridRow> | ColGroupDef<GridRow>;
const edits: [GridRow, string, unknown][] = [];
const refusals: string[] = [];
const callbacks = {
  onEdit: (row: GridRow, column: string, value: unknown) => void edits.push([row, column, value]),
  onRefuse: (m: string) => void refusals.push(m),
};
const defs = (kind: TableKind, hidden: string[] = [], leading: ColDef<GridRow>[] = []) => columnDefs(kind, 2008, callbacks, leading, hidden);
const leaves = (list: Def[]): ColDef<GridRow>[] => list.flatMap((d) => ('children' in d ? leaves(d.children) : [d]));
const column = (kind: TableKind, id: string, hidden: string[] = []) => leaves(defs(kind, hidden)).find((c) => c.colId === id)!;
const row = (role: GridRow['role'], extra: Partial<GridRow> = {}): GridRow => ({ key: 'r1', id: 1, role, cells: {}, ...extra });

// The callbacks ag-grid calls, with the parts of their parameters these columns read.
const canEdit = (c: ColDef<GridRow>, data: GridRow | undefined) => (c.editable as (p: { data?: GridRow }) => boolean)({ data });
const setValue = (c: ColDef<GridRow>, data: GridRow, newValue: unknown) =>
  (c.valueSetter as (p: { data: GridRow; newValue: unknown }) => boolean)({ data, newValue });
const shown = (c: ColDef<GridRow>, value: unknown) => (c.valueFormatter as (p: { value: unknown }) => string)({ value });
const description = (c: ColDef<GridRow>, data: GridRow) =>
  (c.cellRendererSelector as (p: { data: GridRow }) => { params: { description: string } } | undefined)({ data })?.params.description;
const classes = (c: ColDef<GridRow>, data: GridRow) => (c.cellClass as (p: { data: GridRow }) => string[])({ data }).filter(Boolean);
const keeps = (c: ColDef<GridRow>, key: string, editing = true) =>
  (c.suppressKeyboardEvent as (p: { editing: boolean; event: { key: string } }) => boolean)({ editing, event: { key } });

describe('headings from the model', () => {
  it('groups the budget under its two years, as the budget sheets do, with each column’s own heading', () => {
    const list = defs('budget');
    expect(list.map((d) => ('children' in d ? [d.headerName, d.children.map((c) => (c as ColDef).colId)] : (d as ColDef).colId))).toEqual([
      ['2007-08', ['lastYearControllable', 'lastYearFte']],
      [
        '2008-09',
        ['activity', 'fte', 'employee', 'running', 'contracts', 'gross', 'externalIncome', 'internalIncome', 'controllable', 'cabinetMember', 'notes'],
      ],
    ]);
    expect(leaves(list).map((c) => c.headerName)).toEqual([
      "Controllable Expenditure £000's",
      'FTE',
      'Activity',
      'FTE',
      "Employee Costs £000's",
      "Running Costs £000's",
      "Contracts & Projects £000's",
      "Gross Expenditure £000's",
      "External Income £000's",
      "Internal Income £000's",
      "Controllable Expenditure £000's",
      'Cabinet Member',
      'Notes',
    ]);
  });

  it('puts the year after the heading where a kind writes it inline (KPIs), from the plan’s year', () => {
    expect(leaves(defs('kpi')).map((c) => c.headerName)).toEqual([
      'Category / ref',
      'Indicator',
      'Actual performance 2006/07',
      'Estimated performance 2007/08',
      'Target 2008/09',
    ]);
    expect(leaves(columnDefs('kpi', 2009, callbacks)).at(-1)!.headerName).toBe('Target 2009/10');
  });

  it('lists a kind without years flat, in the model’s order, after any leading columns', () => {
    const ref: ColDef<GridRow> = { colId: 'ref', headerName: 'Ref' };
    const list = defs('risks', [], [ref]);
    expect(list.every((d) => !('children' in d))).toBe(true);
    expect(list.map((d) => (d as ColDef).colId)).toEqual([
      'ref',
      'event',
      'plannedOutcomes',
      'manager',
      'existingControls',
      'newTasks',
      'impact',
      'likelihood',
      'score',
      'band',
    ]);
    expect(list[0]).toBe(ref);
  });
});

describe('the Notes column', () => {
  it('is drawn hidden when the grid asks (no row has a note), and only that column', () => {
    const hidden = leaves(defs('budget', ['notes']));
    expect(hidden.filter((c) => c.hide).map((c) => c.colId)).toEqual(['notes']);
  });

  it('is shown otherwise, and typed in as multi-line text', () => {
    const notes = column('budget', 'notes');
    expect(notes.hide).toBe(false);
    expect(canEdit(notes, row('line'))).toBe(true);
    expect(notes.cellEditor).toBe(editors.TextAreaEditor);
  });
});

describe('which cells can be typed in', () => {
  it('a budget line: its figures and label, not the computed gross and controllable expenditure', () => {
    const line = row('line');
    const editable = leaves(defs('budget'))
      .filter((c) => canEdit(c, line))
      .map((c) => c.colId);
    expect(editable).toEqual([
      'lastYearControllable',
      'lastYearFte',
      'activity',
      'fte',
      'employee',
      'running',
      'contracts',
      'externalIncome',
      'internalIncome',
      'cabinetMember',
      'notes',
    ]);
  });

  it('a memorandum item: its label and its two controllable figures, typed rather than computed', () => {
    const memo = row('memo');
    expect(
      leaves(defs('budget'))
        .filter((c) => canEdit(c, memo))
        .map((c) => c.colId),
    ).toEqual(['lastYearControllable', 'activity', 'controllable']);
  });

  it('no cell of a totals row, nor a cell with no row', () => {
    const totals = row('line', { id: null, summary: 'controllableTotals' });
    expect(leaves(defs('budget')).filter((c) => canEdit(c, totals))).toEqual([]);
    expect(canEdit(column('budget', 'employee'), undefined)).toBe(false);
  });

  it('the action table by level: a unit its title, an objective title and ECM outcomes, an action all but ECM', () => {
    const typed = (role: GridRow['role']) =>
      leaves(defs('actions'))
        .filter((c) => canEdit(c, row(role)))
        .map((c) => c.colId);
    expect(typed('unit')).toEqual(['title']);
    expect(typed('objective')).toEqual(['title', 'ecm']);
    expect(typed('action')).toEqual(['title', 'managers', 'links', 'deliverables', 'notes']);
  });

  it('a risk: everything but the score and band, which are computed', () => {
    expect(
      leaves(defs('risks'))
        .filter((c) => !canEdit(c, row('line')))
        .map((c) => c.colId),
    ).toEqual(['score', 'band']);
  });
});

describe('computed columns', () => {
  it('tell a screen reader and the heading’s tooltip what they are computed from', () => {
    const gross = column('budget', 'gross');
    expect(gross.headerTooltip).toBe('Computed: Employee Costs + Running Costs + Contracts & Projects');
    expect(description(gross, row('line'))).toBe('Computed: Employee Costs + Running Costs + Contracts & Projects');
    expect(column('risks', 'score').headerTooltip).toBe('Computed: Impact × Likelihood');
    expect(column('risks', 'band').headerTooltip).toBe('Computed: HIGH from 15, MEDIUM from 8, LOW from 1 of Score');
  });

  it('say nothing extra on a typed cell, and "Computed from the rows above" on every totals cell', () => {
    const employee = column('budget', 'employee');
    expect(employee.headerTooltip).toBeUndefined();
    expect(description(employee, row('line'))).toBeUndefined();
    expect(description(employee, row('line', { summary: 'totalCostOfUnit' }))).toBe('Computed from the rows above');
  });

  it('are drawn as computed figures; a figure that differs from the printed source is marked with what was printed', () => {
    const gross = column('budget', 'gross');
    expect(classes(gross, row('line'))).toEqual(['cell-number', 'cell-computed']);
    expect(classes(column('budget', 'activity'), row('line'))).toEqual(['cell-text']);
    const differs = row('line', { mismatch: { gross: 1000 } });
    expect(classes(gross, differs)).toEqual(['cell-number', 'cell-computed', 'cell-mismatch']);
    expect((gross.tooltipValueGetter as (p: { data: GridRow }) => string | undefined)({ data: differs })).toBe(
      'The source document prints 1000; the figure shown is computed from the lines.',
    );
    expect((gross.tooltipValueGetter as (p: { data: GridRow }) => string | undefined)({ data: row('line') })).toBeUndefined();
  });
});

describe('typed text', () => {
  it('is read as the column’s value and handed to the store; the grid keeps its value until the store answers', () => {
    edits.length = 0;
    const line = row('line');
    expect(setValue(column('budget', 'employee'), line, '(1,234.5)')).toBe(false);
    expect(setValue(column('budget', 'fte'), line, '')).toBe(false);
    expect(setValue(column('risks', 'manager'), line, 'Ann Smith\nBob Jones')).toBe(false);
    expect(edits).toEqual([
      [line, 'employee', -1234.5],
      [line, 'fte', null],
      [line, 'manager', ['Ann Smith', 'Bob Jones']],
    ]);
  });

  it('from the list and deliverables editors (already a list) is handed on as it is', () => {
    edits.length = 0;
    const items = [{ text: 'Audit', target: 'Nov 2008' }];
    setValue(column('actions', 'deliverables'), row('action'), items);
    expect(edits).toEqual([[row('action'), 'deliverables', items]]);
    expect(edits[0][2]).toBe(items);
  });

  it('that does not read for its column is refused with the column’s message, and nothing is handed on', () => {
    edits.length = 0;
    refusals.length = 0;
    expect(setValue(column('budget', 'running'), row('line'), 'lots')).toBe(false);
    expect(setValue(column('risks', 'impact'), row('line'), '9')).toBe(false);
    expect(refusals).toEqual([
      'Running Costs £000\'s: "lots" is not a number. Nothing was changed.',
      'Impact (1-5): "9" is not a whole number from 1 to 5. Nothing was changed.',
    ]);
    expect(edits).toEqual([]);
  });
});

describe('how cells are drawn and edited', () => {
  it('shows figures to one decimal with thousands separators, lists one item per line, deliverables with their targets', () => {
    expect(shown(column('budget', 'employee'), 1234.5)).toBe('1,234.5');
    expect(shown(column('budget', 'running'), -160)).toBe('-160.0');
    expect(shown(column('budget', 'fte'), null)).toBe('');
    expect(shown(column('risks', 'manager'), ['Ann Smith', 'Bob Jones'])).toBe('Ann Smith\nBob Jones');
    expect(
      shown(column('actions', 'deliverables'), [
        { text: 'Audit', target: 'Nov 2008' },
        { text: 'Report', target: '' },
      ]),
    ).toBe('• Audit [Nov 2008]\n• Report');
  });

  it('aligns figures and ratings right and keeps them on one line; text wraps', () => {
    for (const [kind, id] of [
      ['budget', 'employee'],
      ['budget', 'fte'],
      ['risks', 'impact'],
    ] as const) {
      expect(column(kind, id).type, id).toBe('rightAligned');
      expect(column(kind, id).wrapText, id).toBe(false);
    }
    expect(column('budget', 'activity').type).toBeUndefined();
    expect(column('budget', 'activity').wrapText).toBe(true);
    expect(column('risks', 'band').wrapText).toBe(false);
  });

  it('opens the editor each type needs: one line in the cell, multi-line text, lists, links and deliverables in a popup', () => {
    const activity = column('budget', 'activity');
    expect([activity.cellEditor, activity.cellEditorPopup]).toEqual([editors.InlineTextEditor, false]);
    const manager = column('risks', 'manager');
    expect([manager.cellEditor, manager.cellEditorPopup, (manager.cellEditorParams as { column: { id: string } }).column.id]).toEqual([
      editors.TextAreaEditor,
      true,
      'manager',
    ]);
    const links = column('actions', 'links');
    expect([links.cellEditor, links.cellRenderer, links.cellEditorPopup]).toEqual([editors.LinksEditor, editors.LinksCell, true]);
    expect(column('actions', 'deliverables').cellEditor).toBe(editors.DeliverablesEditor);
    expect(column('actions', 'title').cellEditor).toBe(editors.TextAreaEditor);
  });

  it('leaves Enter to a multi-line editor (a new line) but not to a one-line one, and Tab to the deliverables editor only', () => {
    expect(keeps(column('actions', 'title'), 'Enter')).toBe(true);
    expect(keeps(column('actions', 'title'), 'Tab')).toBe(false);
    expect(keeps(column('actions', 'deliverables'), 'Tab')).toBe(true);
    expect(keeps(column('budget', 'activity'), 'Enter')).toBe(false);
    expect(keeps(column('actions', 'title'), 'Enter', false)).toBe(false); // not editing: Enter starts the editor
  });

  it('gives the label column of a table with totals room for "Controllable Totals"', () => {
    expect(column('budget', 'activity').minWidth).toBe(168);
    expect(column('risks', 'event').minWidth).toBe(120); // a label column without totals: room for a few words
  });

  it('never lets the grid sort or read typed numbers itself', () => {
    for (const c of leaves(defs('budget'))) {
      expect(c.sortable, c.colId).toBe(false);
      expect(c.cellDataType, c.colId).toBe(false);
    }
  });
});
