/**
 * A new workbook as all of ours start: our name as its creator and a full recalculation when it is opened,
 * so Excel and LibreOffice recompute every formula rather than trust the cached results we wrote.
 */
import ExcelJS from 'exceljs';

export function newWorkbook(title?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Plan Editor';
  if (title) wb.title = title;
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}
