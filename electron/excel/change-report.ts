/**
 * A comparison as an Excel change report: "Changes" lists every change (where, before, after, and for
 * figures the difference and percentage as live formulas with the app's results cached); "Budgets" sets
 * every budget line's controllable expenditure side by side. Text is always written as text (cells.ts).
 */
import ExcelJS from 'exceljs';
import type { PlanComparison } from '../../shared/calc/compare-plans';
import { fyLabel } from '../../shared/calc/financial-year';
import { setFigure, setFormula, setText } from './cells';
import { newWorkbook } from './workbook';

const PCT = '0.0%';

function heading(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  const row = ws.addRow([]);
  titles.forEach((t, i) => setText(row.getCell(i + 1), t));
  row.font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount }];
}

/** Difference and percentage change of the two figures in columns `a` and `b` of row `r`. */
function diffCells(row: ExcelJS.Row, a: string, b: string, at: number, diff: number, pct: number | null): void {
  const r = row.number;
  setFormula(row.getCell(at), `${b}${r}-${a}${r}`, diff);
  const p = row.getCell(at + 1);
  p.value = { formula: `IF(${a}${r}=0,"",(${b}${r}-${a}${r})/ABS(${a}${r}))`, result: pct === null ? '' : pct } as ExcelJS.CellValue;
  p.numFmt = PCT;
}

const num = (s: string): number | null => {
  const n = Number(s.replace(/,/g, ''));
  return s.trim() !== '' && Number.isFinite(n) ? n : null;
};

export async function changeReportBuffer(c: PlanComparison): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Changes');
  setText(ws.addRow([]).getCell(1), `Changes from ${c.before.label} ${fyLabel(c.before.year)} to ${c.after.label} ${fyLabel(c.after.year)}`);
  ws.getRow(1).font = { bold: true, size: 13 };
  heading(ws, ['Where', 'Before', 'After', 'Difference', '% change'], [70, 40, 40, 12, 10]);
  for (const ch of c.changes) {
    const row = ws.addRow([]);
    setText(row.getCell(1), ch.where);
    const a = ch.diff !== undefined ? num(ch.before) : null;
    const b = ch.diff !== undefined ? num(ch.after) : null;
    if (ch.diff !== undefined && (a !== null || ch.before === '') && (b !== null || ch.after === '')) {
      setFigure(row.getCell(2), a ?? 0);
      setFigure(row.getCell(3), b ?? 0);
      diffCells(row, 'B', 'C', 4, ch.diff, ch.pct ?? null);
    } else {
      setText(row.getCell(2), ch.before);
      setText(row.getCell(3), ch.after);
    }
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  const bs = wb.addWorksheet('Budgets');
  heading(
    bs,
    ['Budget', 'Line', `Controllable ${fyLabel(c.before.year)}`, `Controllable ${fyLabel(c.after.year)}`, 'Difference', '% change'],
    [40, 50, 14, 14, 12, 10],
  );
  for (const s of c.sections) {
    for (const b of s.blocks) {
      if (b.kind !== 'table' || !b.lines) continue;
      for (const l of b.lines) {
        const row = bs.addRow([]);
        setText(row.getCell(1), s.path);
        setText(row.getCell(2), l.label);
        setFigure(row.getCell(3), l.before ?? 0);
        setFigure(row.getCell(4), l.after ?? 0);
        diffCells(row, 'C', 'D', 5, l.diff, l.pct);
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
