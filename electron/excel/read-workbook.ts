/**
 * Opening a workbook someone sent us, defensively: size limit, the file's signature checked before
 * parsing (an encrypted workbook or an old .xls is an OLE container, not a zip), and every failure turned
 * into one clear sentence. Cell values are read as text or numbers whatever exceljs hands back.
 */
import ExcelJS from 'exceljs';
import { badRequest } from '../../shared/api/errors';
import { checkSignature } from './workbook-limits';
import { fromXString } from './cells';

export { MAX_WORKBOOK_BYTES } from './workbook-limits';

export async function readWorkbook(buf: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  checkSignature(buf, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw badRequest(`${fileName} could not be read as an .xlsx workbook (${(e as Error).message.slice(0, 120)}). Nothing was changed.`);
  }
  return wb;
}

/** A cell's value as a number, text or null: formulas give their cached result, rich text its plain text. */
export function cellRaw(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return fromXString(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return fromXString(v.richText.map((t) => t.text).join(''));
  if ('formula' in v || 'sharedFormula' in v) return cellRaw((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  if ('error' in v) return null;
  return null;
}

export const cellText = (v: ExcelJS.CellValue): string => {
  const r = cellRaw(v);
  return r === null ? '' : String(r).trim();
};
