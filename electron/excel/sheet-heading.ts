/**
 * The top of a table sheet: its title block, then its headings, one row or, for kinds with 'grouped'
 * years, a year row above with each year merged over its run of columns (columns without a year have
 * their heading span both rows). Every table sheet, finance's budget sheets included, is headed this way.
 */
import type { Worksheet } from 'exceljs';
import type { HeadingGroup } from '../../shared/model/headings';
import { setText } from './cells';
import { font } from './sheet-style';

export interface TitleLine {
  text: string;
  /** Point size; title lines are bold unless `plain`. */
  size?: number;
  plain?: boolean;
}

export type SheetColumn = HeadingGroup['columns'][number];

export interface HeadingPlan {
  headingRow: number;
  groups: HeadingGroup[];
  colNo: Map<string, number>;
  lastCol: number;
  /** Heading of a leading Ref column (numbered kinds), if any. */
  ref?: string;
  /** The label column's heading stands under the previous column's year, as on finance's budget sheets. */
  labelColumn?: string;
  labelUnderPreviousYear?: boolean;
  width: (col: SheetColumn) => number;
}

const HEADING_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const thin = { style: 'thin' } as const;

export function writeTitle(ws: Worksheet, lines: TitleLine[]): void {
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    setText(cell, line.text);
    if (!line.plain) cell.font = font({ bold: true, size: line.size ?? 11 });
  });
}

/** Writes the heading rows; returns the first of them (the year row where there is one). */
export function writeHeadings(ws: Worksheet, p: HeadingPlan): number {
  const columns = p.groups.flatMap((g) => g.columns);
  const bands = columns.map((c) => p.groups.find((g) => g.columns.includes(c))!.heading);
  const labelAt = columns.findIndex((c) => c.id === p.labelColumn);
  if (p.labelUnderPreviousYear && labelAt > 0) bands[labelAt] = bands[labelAt - 1];
  const grouped = bands.some((b) => b !== null);
  const top = grouped ? p.headingRow - 1 : p.headingRow;
  const first = p.ref ? 2 : 1;
  if (p.ref) {
    setText(ws.getCell(p.headingRow, 1), p.ref);
    ws.getColumn(1).width = 8;
    if (grouped) ws.mergeCells(top, 1, p.headingRow, 1);
  }
  for (let i = 0; grouped && i < bands.length;) {
    let j = i;
    while (bands[i] !== null && j + 1 < bands.length && bands[j + 1] === bands[i]) j++;
    if (bands[i] === null) ws.mergeCells(top, first + i, p.headingRow, first + i);
    else {
      if (j > i) ws.mergeCells(top, first + i, top, first + j);
      setText(ws.getCell(top, first + i), bands[i]!);
    }
    i = j + 1;
  }
  for (const col of columns) {
    setText(ws.getCell(p.headingRow, p.colNo.get(col.id)!), col.label);
    ws.getColumn(p.colNo.get(col.id)!).width = p.width(col);
  }
  for (let r = top; r <= p.headingRow; r++) {
    for (let k = 1; k <= p.lastCol; k++) {
      Object.assign(ws.getCell(r, k), {
        font: font({ bold: true }),
        fill: HEADING_FILL,
        alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
        border: { top: thin, bottom: thin, left: thin, right: thin },
      });
    }
  }
  return top;
}
