/**
 * Pasting a block into a table (renderer/grid/paste.ts): where each pasted cell lands, which cells a row's
 * role lets it fill, rows added past the end, and the one message that refuses a whole paste.
 */
import { describe, expect, it } from 'vitest';
import { planPaste } from '../../renderer/grid/paste';
import { parseTsv } from '../../renderer/grid/clipboard';
import { kindDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';

/** The column ids a grid of this kind shows, in screen order (the Notes column hidden, as when no row has a note). */
const screen = (kind: TableKind, hidden: string[] = ['notes']) =>
  kindDef(kind)
    .columns.map((c) => c.id)
    .filter((id) => !hidden.includes(id));
const rows = (...roles: RowRole[]) => roles.map((role, i) => ({ id: 101 + i, role }));
const budgetLines = rows('line', 'line', 'line', 'line');

describe('a block copied from Excel', () => {
  it('lands from the focused cell right and down, each figure read as Excel shows it', () => {
    // FTE, employee, running, contracts for the second to fourth lines, as Excel puts them on the clipboard.
    const block = parseTsv('7.0\t£1,000.0\t(10.0)\t5\r\n1.5\t200\t-20.0\t0\r\n2\t1,116.9\t30\t\r\n');
    const result = planPaste('budget', budgetLines, screen('budget'), 1, 'fte', block);
    expect(result).toEqual({
      ok: true,
      plan: {
        append: [],
        changes: [
          { rowId: 102, column: 'fte', value: 7 },
          { rowId: 102, column: 'employee', value: 1000 },
          { rowId: 102, column: 'running', value: -10 },
          { rowId: 102, column: 'contracts', value: 5 },
          { rowId: 103, column: 'fte', value: 1.5 },
          { rowId: 103, column: 'employee', value: 200 },
          { rowId: 103, column: 'running', value: -20 },
          { rowId: 103, column: 'contracts', value: 0 },
          { rowId: 104, column: 'fte', value: 2 },
          { rowId: 104, column: 'employee', value: 1116.9 },
          { rowId: 104, column: 'running', value: 30 },
          { rowId: 104, column: 'contracts', value: null }, // an empty cell clears the figure
        ],
      },
    });
  });

  it('reads "£1,234", "(12)", "-£1,234.5", "1 234" and a blank as figures', () => {
    const block = parseTsv('£1,234\r\n(12)\r\n-£1,234.5\r\n1 234\r\n\r\n');
    const result = planPaste('budget', rows('line', 'line', 'line', 'line', 'line'), screen('budget'), 0, 'employee', block);
    expect(result.ok && result.plan.changes.map((c) => c.value)).toEqual([1234, -12, -1234.5, 1234, null]);
  });

  it('keeps a quoted multi-line cell as one cell: a list of managers, one per line', () => {
    const block = parseTsv('"Ann Smith\r\nBob Jones"\t3\t4\r\n');
    const result = planPaste('risks', rows('line'), screen('risks'), 0, 'manager', block);
    // manager, then the two existing columns right of it: existing controls and new tasks.
    expect(result).toEqual({
      ok: true,
      plan: {
        append: [],
        changes: [
          { rowId: 101, column: 'manager', value: ['Ann Smith', 'Bob Jones'] },
          { rowId: 101, column: 'existingControls', value: ['3'] },
          { rowId: 101, column: 'newTasks', value: ['4'] },
        ],
      },
    });
  });

  it('reads "text [target]" lines of a deliverables cell as deliverables, bullets dropped', () => {
    const block = parseTsv('"• Audit of settings [Nov 2008]\n• Report to members"\r\n');
    const result = planPaste('actions', rows('action'), screen('actions'), 0, 'deliverables', block);
    expect(result.ok && result.plan.changes).toEqual([
      {
        rowId: 101,
        column: 'deliverables',
        value: [
          { text: 'Audit of settings', target: 'Nov 2008' },
          { text: 'Report to members', target: '' },
        ],
      },
    ]);
  });
});

describe('cells that are not typed in', () => {
  it('skips a computed column, whatever the block holds there, and fills the columns on either side', () => {
    // contracts, gross (computed: skipped, even a word), external income
    const block = parseTsv('5\tnot a number\t-7\r\n');
    const result = planPaste('budget', budgetLines, screen('budget'), 0, 'contracts', block);
    expect(result.ok && result.plan.changes).toEqual([
      { rowId: 101, column: 'contracts', value: 5 },
      { rowId: 101, column: 'externalIncome', value: -7 },
    ]);
  });

  it('skips the risk score and band (computed) and takes the ratings', () => {
    const block = parseTsv('4\t3\t99\tLOW\r\n');
    const result = planPaste('risks', rows('line'), screen('risks'), 0, 'impact', block);
    expect(result.ok && result.plan.changes).toEqual([
      { rowId: 101, column: 'impact', value: 4 },
      { rowId: 101, column: 'likelihood', value: 3 },
    ]);
  });

  it('fills only the columns each action-table row holds: a unit its title, an objective title and ECM, an action all', () => {
    const block = parseTsv('Unit\tu-ecm\tu-man\r\nObjective\tECM 1\to-man\r\nAction\ta-ecm\tAnn\r\n');
    const result = planPaste('actions', rows('unit', 'objective', 'action'), screen('actions'), 0, 'title', block);
    expect(result.ok && result.plan.changes).toEqual([
      { rowId: 101, column: 'title', value: 'Unit' },
      { rowId: 102, column: 'title', value: 'Objective' },
      { rowId: 102, column: 'ecm', value: 'ECM 1' },
      { rowId: 103, column: 'title', value: 'Action' },
      { rowId: 103, column: 'managers', value: ['Ann'] },
    ]);
  });

  it('fills a budget memorandum item in the columns it holds only: its controllable figure is typed, not computed', () => {
    const block = parseTsv('12.5\t3\r\n');
    const memo = planPaste('budget', rows('memo'), ['lastYearControllable', 'lastYearFte'], 0, 'lastYearControllable', block);
    expect(memo.ok && memo.plan.changes).toEqual([{ rowId: 101, column: 'lastYearControllable', value: 12.5 }]);
    const controllable = planPaste('budget', rows('memo', 'line'), ['controllable'], 0, 'controllable', parseTsv('90.2\n40\n'));
    expect(controllable.ok && controllable.plan.changes).toEqual([{ rowId: 101, column: 'controllable', value: 90.2 }]);
  });

  it('drops the cells that spill past the last column on screen', () => {
    const cols = screen('budget');
    const result = planPaste('budget', budgetLines, cols, 0, 'cabinetMember', parseTsv('Cllr Smith\tspills\tover\r\n'));
    expect(result.ok && result.plan.changes).toEqual([{ rowId: 101, column: 'cabinetMember', value: 'Cllr Smith' }]);
  });

  it('pastes into the Notes column when it is on screen', () => {
    const result = planPaste('budget', budgetLines, screen('budget', []), 0, 'cabinetMember', parseTsv('Cllr Smith\t"Check\nwith HR"\r\n'));
    expect(result.ok && result.plan.changes).toEqual([
      { rowId: 101, column: 'cabinetMember', value: 'Cllr Smith' },
      { rowId: 101, column: 'notes', value: 'Check\nwith HR' },
    ]);
  });
});

describe('rows past the end of the table', () => {
  it('become new lines in a table with lines, holding the non-empty cells of the block', () => {
    const block = parseTsv('NI 72\tEarly Years: 78 points\t49%\t52%\t55%\r\nNI 73\tKS2 English and Maths\t\t71%\t74%\r\n');
    const result = planPaste('kpi', rows('line'), screen('kpi'), 0, 'category', block);
    expect(result).toEqual({
      ok: true,
      plan: {
        changes: [
          { rowId: 101, column: 'category', value: 'NI 72' },
          { rowId: 101, column: 'indicator', value: 'Early Years: 78 points' },
          { rowId: 101, column: 'actualLastYear', value: '49%' },
          { rowId: 101, column: 'estimateThisYear', value: '52%' },
          { rowId: 101, column: 'targetNextYear', value: '55%' },
        ],
        append: [{ category: 'NI 73', indicator: 'KS2 English and Maths', estimateThisYear: '71%', targetNextYear: '74%' }],
      },
    });
  });

  it('leave a new budget line without its computed figures', () => {
    const result = planPaste('budget', rows('line'), screen('budget'), 1, 'employee', parseTsv('100\t20\t5\t999\r\n'));
    expect(result.ok && result.plan).toEqual({ changes: [], append: [{ employee: 100, running: 20, contracts: 5 }] });
  });

  it('are refused in a table whose rows are not plain lines (the action table)', () => {
    const result = planPaste('actions', rows('unit', 'objective'), screen('actions'), 1, 'title', parseTsv('One\r\nTwo\r\n'));
    expect(result).toEqual({ ok: false, message: 'The pasted block is taller than the table.' });
  });
});

describe('a paste that is refused whole', () => {
  it('names the row and column of a word where a figure belongs, and changes nothing', () => {
    const result = planPaste('budget', budgetLines, screen('budget'), 0, 'employee', parseTsv('100\t200\r\nabc\t300\r\n'));
    expect(result).toEqual({ ok: false, message: 'Row 2, column 1: Employee Costs £000\'s: "abc" is not a number. Nothing was pasted.' });
  });

  it('counts the column within the block, skipped columns included', () => {
    // contracts, gross (skipped), external income "lots"
    const result = planPaste('budget', budgetLines, screen('budget'), 0, 'contracts', parseTsv('5\t\tlots\r\n'));
    expect(result).toEqual({ ok: false, message: 'Row 1, column 3: External Income £000\'s: "lots" is not a number. Nothing was pasted.' });
  });

  it('refuses a rating that is not a whole number from 1 to 5', () => {
    const result = planPaste('risks', rows('line'), screen('risks'), 0, 'impact', parseTsv('9\r\n'));
    expect(result).toEqual({ ok: false, message: 'Row 1, column 1: Impact (1-5): "9" is not a whole number from 1 to 5. Nothing was pasted.' });
  });

  it('refuses a bad figure in a row that would have been added', () => {
    const result = planPaste('budget', rows('line'), screen('budget'), 0, 'employee', parseTsv('1\r\n2\r\nthree\r\n'));
    expect(result).toEqual({ ok: false, message: 'Row 3, column 1: Employee Costs £000\'s: "three" is not a number. Nothing was pasted.' });
  });

  it('asks for a cell first when the paste starts in a column not on screen', () => {
    expect(planPaste('budget', budgetLines, screen('budget'), 0, 'notes', [['x']])).toEqual({ ok: false, message: 'Click a cell to paste into first.' });
  });
});
