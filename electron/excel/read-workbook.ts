/**
 * Opening a workbook someone sent us, defensively: size limit, the file's signature checked before
 * parsing (an encrypted workbook or an old .xls is an OLE container, not a zip), and every failure turned
 * into one clear sentence. Cell values are read as text or numbers whatever exceljs hands back.
 */
import ExcelJS from 'exceljs';
import { badRequest } from '../../shared/api/errors';

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readWorkbook(buf: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  if (buf.length > MAX_WORKBOOK_BYTES) throw badRequest(`${fileName} is larger than ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB; a budget workbook is far smaller.`);
  if (buf.subarray(0, 8).equals(OLE)) {
    throw badRequest(`${fileName} is password-protected or an old-style .xls workbook. Save it from Excel as an .xlsx workbook without a password, then import that.`);
  }
  if (!buf.subarray(0, 4).equals(ZIP)) throw badRequest(`${fileName} is not an Excel .xlsx workbook.`);
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
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellRaw((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  if ('error' in v) return null;
  return null;
}

export const cellText = (v: ExcelJS.CellValue): string => {
  const r = cellRaw(v);
  return r === null ? '' : String(r).trim();
};
