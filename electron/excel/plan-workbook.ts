/**
 * The whole plan as one workbook: a contents sheet linking to one sheet per table, in document order.
 * Every table is laid out from its kind's declaration (table-sheet.ts), budgets with finance's options
 * (budget-layout.ts), so a column added to a kind appears here without a change.
 */
import ExcelJS from 'exceljs';
import { exportFileName } from '../../shared/format/file-names';
import type { Block, PlanDocument, PlanHeader } from '../../shared/model/plan';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { budgetSummary } from '../../shared/calc/budget-summary';
import { planNumbers } from '../../shared/calc/numbering';
import { fyLabel } from '../../shared/calc/financial-year';
import { badRequest } from '../../shared/api/errors';
import { writeBudgetSheet } from './budget-layout';
import { sectionTitle, writeTableSheet } from './table-sheet';
import { newWorkbook } from './workbook';
import { fitRow, font, planHeaderFooter } from './sheet-style';
import { FORMULA_START, setText, sheetName } from './cells';

export const CONTENTS_SHEET = 'Contents';
export const CONTENTS_HEADING_ROW = 6;
export const CONTENTS_HEADINGS = ['Section', 'Table', 'Sheet', 'Rows'];

type TableBlock = Extract<Block, { kind: 'table' }>;

/** One sheet of the workbook: the table, where it sits in the plan, and the sheet's name. */
export interface PlanTable {
  /** The level-1 section (a unit, or a chapter such as "Risks"). */
  unit: string;
  /** The section path shown above the table and in the contents. */
  section: string;
  block: TableBlock;
  sheet: string;
}

/** Every table block in document order, with unique, valid sheet names (Contents is taken first). */
export function planTables(doc: PlanDocument): PlanTable[] {
  const found: Omit<PlanTable, 'sheet'>[] = [];
  let unit = '';
  for (const s of doc.sections) {
    if (s.level === 1) unit = s.title;
    for (const b of s.blocks) {
      if (b.kind !== 'table') continue;
      // A level-2 section titled as its table adds nothing above it ("Revenue Budget" over "Revenue Budget").
      const sub = s.level === 2 && s.title !== b.title && s.title !== unit ? s.title : '';
      found.push({ unit, section: [unit, sub].filter(Boolean).join(' – ') || b.title, block: b });
    }
  }
  const perKind = new Map<TableKind, number>();
  for (const t of found) perKind.set(t.block.tableKind, (perKind.get(t.block.tableKind) ?? 0) + 1);
  const taken = new Set([CONTENTS_SHEET.toLowerCase()]);
  return found.map((t) => {
    const label = kindDef(t.block.tableKind).sheetLabel;
    // exceljs quotes sheet names in print titles without doubling an apostrophe, so none may reach it.
    const unit = t.unit.replace(/'/g, '’');
    const wanted = perKind.get(t.block.tableKind)! > 1 && unit ? `${shorten(unit, 30 - label.length)} ${label}` : label;
    return { ...t, sheet: sheetName(wanted, taken) };
  });
}

/**
 * A long section title made to fit beside the kind's label in a 31-character tab: words abbreviated from
 * the end ("Professional Dev. actions") so the start, which tells units apart, survives; cut as a last resort.
 */
export function shorten(title: string, room: number): string {
  const words = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  for (let i = words.length - 1; i >= 0 && words.join(' ').length > room; i--) {
    if (words[i].length > 4) words[i] = `${words[i].slice(0, 3)}.`;
  }
  return words.join(' ').slice(0, room).trim();
}

const unitBudgets = (doc: PlanDocument) => new Map(budgetSummary(doc).units.map((u) => [u.block.id, u]));

/** A table's sheet: finance's layout for budgets, every other kind laid out from its declaration. */
function writePlanTable(wb: ExcelJS.Workbook, doc: PlanDocument, t: PlanTable, numbers: Map<number, string>, budgets = unitBudgets(doc)): void {
  const kind = t.block.tableKind;
  if (kind === 'budget') writeBudgetSheet(wb, t.sheet, doc.header, budgets.get(t.block.id)!);
  else
    writeTableSheet(wb, {
      name: t.sheet,
      header: doc.header,
      title: sectionTitle(t.section, t.block),
      block: t.block,
      options: { numbers: kindDef(kind).numbered ? numbers : undefined },
    });
}

/** One table of the plan on its own, in the same layout as its sheet in the whole-plan workbook. */
export async function tableWorkbookFile(doc: PlanDocument, blockId: number): Promise<{ fileName: string; buffer: Buffer }> {
  const t = planTables(doc).find((x) => x.block.id === blockId);
  if (!t) throw badRequest(`This plan has no table ${blockId}.`, 'blockId');
  const wb = newWorkbook();
  writePlanTable(wb, doc, t, planNumbers(doc));
  return { fileName: exportFileName(doc.header, t.sheet, 'xlsx'), buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

export function planWorkbook(doc: PlanDocument): ExcelJS.Workbook {
  const tables = planTables(doc);
  if (!tables.length) throw badRequest('This plan has no tables to export.');
  const wb = newWorkbook(`${doc.header.division} plan ${fyLabel(doc.header.year)}`);
  const contents = wb.addWorksheet(CONTENTS_SHEET);
  // Numbers run across every action table of the plan: the second unit's actions start at "2".
  const numbers = planNumbers(doc);
  const budgets = unitBudgets(doc);
  for (const t of tables) writePlanTable(wb, doc, t, numbers, budgets);
  writeContents(contents, doc.header, tables);
  return wb;
}

export async function planWorkbookBuffer(doc: PlanDocument): Promise<Buffer> {
  return Buffer.from(await planWorkbook(doc).xlsx.writeBuffer());
}

/** "Standards and Achievement Division plan 2008-09.xlsx" */
export function planFileName(doc: PlanDocument): string {
  return exportFileName(doc.header, 'plan', 'xlsx');
}

/**
 * Within-workbook link target; a quote in a sheet name is doubled, as in a formula reference. The absolute
 * $A$1 matters: exceljs 4.4 writes a plain "#'Sheet'!A1" both as a relationship and as a location, which
 * Excel and LibreOffice join into a broken "#'Sheet'!A1##'Sheet'!A1"; "$A$1" escapes that and is written
 * once, as the relationship target "#'Sheet'!$A$1" that both open as a jump within the workbook.
 */
export const sheetLink = (sheet: string) => `#'${sheet.replace(/'/g, "''")}'!$A$1`;

function writeContents(ws: ExcelJS.Worksheet, h: PlanHeader, tables: PlanTable[]): void {
  [h.directorate, h.division, h.title, `Financial year ${fyLabel(h.year)}`].forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    setText(cell, text);
    cell.font = font({ bold: i < 3, size: i === 2 ? 12 : 11 });
  });
  const head = ws.getRow(CONTENTS_HEADING_ROW);
  CONTENTS_HEADINGS.forEach((text, i) => {
    const cell = head.getCell(i + 1);
    setText(cell, text);
    cell.font = font({ bold: true });
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  tables.forEach((t, i) => {
    const row = ws.getRow(CONTENTS_HEADING_ROW + 1 + i);
    setText(row.getCell(1), t.section);
    setText(row.getCell(2), t.block.tableKind === 'budget' ? (t.block.meta.unitName ?? t.block.title) : t.block.title);
    // A hyperlink's text is shown, never evaluated; a sheet name (no line breaks) that starts like a formula
    // still gets the Text format, so editing the cell keeps it text.
    row.getCell(3).value = { text: t.sheet, hyperlink: sheetLink(t.sheet) };
    if (FORMULA_START.test(t.sheet)) row.getCell(3).numFmt = '@';
    row.getCell(3).font = font({ color: { argb: 'FF0563C1' }, underline: true });
    row.getCell(4).value = t.block.rows.length;
    row.getCell(4).font = font();
    for (const k of [1, 2, 3, 4]) row.getCell(k).alignment = { wrapText: k < 3, vertical: 'top' };
  });
  [44, 50, 32, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  tables.forEach((_, i) => fitRow(ws, CONTENTS_HEADING_ROW + 1 + i, 2));
  ws.views = [{ state: 'frozen', ySplit: CONTENTS_HEADING_ROW, topLeftCell: `A${CONTENTS_HEADING_ROW + 1}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${CONTENTS_HEADING_ROW}:${CONTENTS_HEADING_ROW}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = planHeaderFooter(h, CONTENTS_SHEET);
}
