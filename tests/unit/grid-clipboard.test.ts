/**
 * The grid's clipboard text (renderer/grid/clipboard.ts): tab-separated text as Excel and LibreOffice put
 * it on the clipboard, read into rows of cells, and the text our own Copy writes, read back by our Paste.
 */
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../renderer/grid/clipboard';
import { columnDef } from '../../shared/model/table-kinds';
import { cellText } from '../../shared/format/cell-text';
import { parseCellText } from '../../shared/format/cell-input';
import type { CellValue, ColumnDef } from '../../shared/model/columns';

describe('parseTsv: a block from a spreadsheet', () => {
  it('splits rows on CRLF and cells on tabs, and the trailing newline Excel adds makes no empty row', () => {
    expect(parseTsv('Activity\t£1,234\t(12)\r\nLine two\t7.5\t-3\r\n')).toEqual([
      ['Activity', '£1,234', '(12)'],
      ['Line two', '7.5', '-3'],
    ]);
  });

  it('reads a quoted cell as one cell: its tabs and line breaks kept, doubled quotes made single', () => {
    const excel = '"Ann Smith\r\nBob Jones"\t"say ""hi""\tthere"\tplain\r\nnext\t\t\r\n';
    expect(parseTsv(excel)).toEqual([
      ['Ann Smith\nBob Jones', 'say "hi"\tthere', 'plain'],
      ['next', '', ''],
    ]);
  });

  it('keeps empty cells at the ends of a row and empty rows in the middle of a block', () => {
    expect(parseTsv('\ta\t\n\n\tb')).toEqual([['', 'a', ''], [''], ['', 'b']]);
  });

  it('takes LibreOffice’s LF-only text and a block with no trailing newline alike', () => {
    expect(parseTsv('1\t2\n3\t4')).toEqual(parseTsv('1\t2\r\n3\t4\r\n'));
    expect(parseTsv('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads a quote inside a cell (not at its start) as a quote', () => {
    expect(parseTsv('5" screen\t12')).toEqual([['5" screen', '12']]);
  });

  it('reads a lone CR (old Mac text) as a line break', () => {
    expect(parseTsv('a\rb')).toEqual([['a'], ['b']]);
  });

  it('gives no rows for empty text', () => {
    expect(parseTsv('')).toEqual([]);
  });
});

describe('toTsv: what our Copy writes', () => {
  it('joins cells with tabs and ends every row with a newline, as Excel does', () => {
    expect(
      toTsv([
        ['19.6', '944.4'],
        ['6.0', '409.5'],
      ]),
    ).toBe('19.6\t944.4\n6.0\t409.5\n');
  });

  it('keeps trailing empty cells and a single empty cell, so pasting them clears the targets', () => {
    expect(parseTsv(toTsv([['a'], [''], ['']]))).toEqual([['a'], [''], ['']]);
    expect(parseTsv(toTsv([['']]))).toEqual([['']]);
  });

  it('quotes a lone carriage return, which a paste would read as a line break', () => {
    expect(parseTsv(toTsv([['one\rtwo', 'x']]))).toEqual([['one\rtwo', 'x']]);
  });

  it('quotes a cell holding a tab, a line break or a quote, doubling its quotes', () => {
    expect(toTsv([['a\tb', 'one\ntwo', 'say "hi"', 'plain']])).toBe('"a\tb"\t"one\ntwo"\t"say ""hi"""\tplain\n');
  });

  it('is read back by parseTsv cell for cell, whatever the cells hold', () => {
    const block = [
      ['Curriculum support', '1,116.9', '', '(160.0)'],
      ['two\nlines', 'tab\there', '"quoted"', '• Audit [Nov 2008]\n• Report'],
      ['', '', '', 'last'],
    ];
    expect(parseTsv(toTsv(block))).toEqual(block);
  });
});

describe('our copy, then our paste, gives the same values', () => {
  // What Copy does (the grid's formatted text, then toTsv) and what Paste does (parseTsv, then each cell
  // read for its column), for a value of every typed column type.
  const cases: [string, string, CellValue][] = [
    ['budget', 'employee', 1234.5],
    ['budget', 'running', -160],
    ['budget', 'fte', 19.6],
    ['budget', 'activity', 'Curriculum support and widening opportunities- base'],
    ['budget', 'cabinetMember', 'Says "yes"\tand tabs'],
    ['budget', 'notes', 'Check with HR\nbefore April'],
    ['risks', 'manager', ['Ann Smith', 'Bob Jones']],
    ['risks', 'impact', 4],
    [
      'actions',
      'deliverables',
      [
        { text: 'Quality audit of ten settings', target: 'Nov 2008' },
        { text: 'Report to members', target: '' },
      ],
    ],
    ['actions', 'links', ['T2010 Target 11', 'Some local plan']],
    ['kpi', 'targetNextYear', '61.2 points'],
    ['consultations', 'dates', 'Sept 2008 - Termly'],
  ];
  const col = (kind: string, id: string): ColumnDef => columnDef(kind as never, id)!;

  it.each(cases)('%s %s: %j', (kind, id, value) => {
    const c = col(kind, id);
    const text = toTsv([[cellText(c, value)]]);
    expect(parseTsv(text)).toHaveLength(1);
    expect(parseCellText(c, parseTsv(text)[0][0])).toEqual({ ok: true, value });
  });

  it('a block of a budget line’s figures and label comes back as the same values, cell for cell', () => {
    const ids = ['activity', 'fte', 'employee', 'running', 'contracts', 'notes'];
    const rows: CellValue[][] = [
      ['Senior secondary advisers', 6, 409.5, 47, 0, 'Two posts\nfrom April'],
      ['14-19 - standards fund', 1.5, -20, 1116.9, null, null],
    ];
    const cols = ids.map((id) => col('budget', id));
    const copied = toTsv(rows.map((r) => r.map((v, i) => cellText(cols[i], v))));
    const back = parseTsv(copied).map((r) => r.map((t, i) => parseCellText(cols[i], t)));
    expect(back).toEqual(rows.map((r) => r.map((value) => ({ ok: true, value }))));
  });
});
