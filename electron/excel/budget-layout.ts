/**
 * Finance's budget sheet, as options of the one table sheet (table-sheet.ts): the seed's heading block
 * (directorate and "2008/09 BUDGET", division, unit, "£000s"), the activity under last year's band, a
 * "Memorandum Items" label, notes as comments, the first three columns frozen, and a hidden last column
 * carrying each row's id so an edited copy is matched line by line on import (budget-sheet-reader.ts).
 */
import type { Workbook } from 'exceljs';
import type { PlanHeader } from '../../shared/model/plan';
import type { UnitBudget } from '../../shared/calc/budget-summary';
import { fyLabel } from '../../shared/calc/financial-year';
import { headingWidth } from './sheet-style';
import { writeTableSheet, type TableSheetLayout } from './table-sheet';
import type { TitleLine } from './sheet-heading';

export const LINE_ID_HEADING = 'Line ref (do not edit)';
export const MEMO_HEADING = 'Memorandum Items';

function financeTitle(h: PlanHeader, unitName: string): TitleLine[] {
  return [
    { text: `${h.directorate.toUpperCase()} ${fyLabel(h.year)} BUDGET`, size: 12 },
    { text: h.division },
    { text: unitName, size: 12 },
    { text: '£000s', plain: true },
  ];
}

/** The row of the headings (the year row is above it): the title block's four lines, a gap and the years. */
export const HEADING_ROW = 7;

export function writeBudgetSheet(wb: Workbook, name: string, header: PlanHeader, u: UnitBudget): TableSheetLayout {
  return writeTableSheet(wb, {
    name,
    header,
    block: u.block,
    title: financeTitle(header, u.unitName),
    options: {
      lineRefs: LINE_ID_HEADING,
      notesAsComments: true,
      memoHeading: MEMO_HEADING,
      labelUnderPreviousYear: true,
      frozenColumns: 3,
      footer: u.unitName,
      // Finance's columns are a little wider than declared, the activity most: long activity names wrap less.
      width: (c, isLabel) => headingWidth(c.heading, Math.max(9, c.width * (isLabel ? 1.1 : 1.05))),
    },
  });
}
