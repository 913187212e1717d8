/**
 * The directorate's consolidated budget summary as a workbook: a line per unit (controllable totals, total
 * cost of unit), a total per plan and the directorate's total as live SUM formulas, each with the app's
 * result cached (exceljs does not calculate; Excel and LibreOffice recalculate on load).
 */
import ExcelJS from 'exceljs';
import type { DirectorateSummary } from '../../shared/calc/directorate-summary';
import { fyLabel } from '../../shared/calc/financial-year';
import { setFigure, setFormula, setText } from './cells';
import { newWorkbook } from './workbook';

export const DIRECTORATE_SHEET = 'Directorate summary';

export function directorateWorkbook(s: DirectorateSummary): ExcelJS.Workbook {
  const wb = newWorkbook(`${s.directorate} consolidated budget summary`);
  const ws = wb.addWorksheet(DIRECTORATE_SHEET);
  ws.columns = [{ width: 44 }, { width: 44 }, { width: 16 }, { width: 16 }];
  setText(ws.getCell('A1'), s.directorate);
  ws.getCell('A1').font = { bold: true, size: 13 };
  setText(ws.getCell('A2'), `Consolidated budget summary ${s.plans[0] ? fyLabel(s.plans[0].year) : ''} (£000s)`);
  ['Plan / division', 'Unit', 'Controllable', 'Total cost of unit'].forEach((h, i) => {
    setText(ws.getRow(4).getCell(i + 1), h);
    ws.getRow(4).getCell(i + 1).font = { bold: true };
  });
  let r = 5;
  const planTotals: number[] = [];
  for (const p of s.plans) {
    const first = r;
    for (const u of p.units) {
      setText(ws.getCell(`A${r}`), p.division || p.title);
      setText(ws.getCell(`B${r}`), u.unitName);
      setFigure(ws.getCell(`C${r}`), u.controllable);
      setFigure(ws.getCell(`D${r}`), u.totalCost);
      r++;
    }
    setText(ws.getCell(`A${r}`), `${p.division || p.title} total`);
    const range = (c: string) => (p.units.length ? `SUM(${c}${first}:${c}${r - 1})` : '0');
    setFormula(ws.getCell(`C${r}`), range('C'), p.controllable);
    setFormula(ws.getCell(`D${r}`), range('D'), p.totalCost);
    ws.getRow(r).font = { bold: true };
    planTotals.push(r);
    r += 2;
  }
  setText(ws.getCell(`A${r}`), 'Directorate total');
  const sum = (c: string) => (planTotals.length ? planTotals.map((t) => `${c}${t}`).join('+') : '0');
  setFormula(ws.getCell(`C${r}`), sum('C'), s.controllable);
  setFormula(ws.getCell(`D${r}`), sum('D'), s.totalCost);
  ws.getRow(r).font = { bold: true };
  return wb;
}

export async function directorateWorkbookBuffer(s: DirectorateSummary): Promise<Buffer> {
  return Buffer.from(await directorateWorkbook(s).xlsx.writeBuffer());
}
