/**
 * How much of a workbook someone sent us Plan Editor will read, and the workbook's words for the zip
 * checks made before a byte is inflated (zip-limits.ts, shared with Word documents). exceljs has no limits
 * of its own: it inflates every part into memory and expands ranges cell by cell, so an odd or hostile file
 * can exhaust memory or time. A budget workbook is a few hundred rows on a handful of sheets; every limit
 * leaves a wide margin above what finance sends back, and every refusal is one sentence naming the file.
 */
import { badRequest, type ApiError } from '../../shared/api/errors';
import { checkZip, checkZipSignature, damagedZip, n, type ZipFormat } from '../zip-limits';

/** The file itself: a budget workbook is well under 1 MB; exports of the whole plan a few MB. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
/** Worksheets: Excel has no limit, but a budget workbook has one per unit. */
export const MAX_SHEETS = 250;
/**
 * Rows written in one sheet (not the highest row number: an empty row 1,048,576 is what LibreOffice writes
 * after a row is deleted): a budget sheet has under a hundred.
 */
export const MAX_ROWS = 20_000;
/** Columns: the highest column a cell may name (a budget sheet uses 13). */
export const MAX_COLUMNS = 1_000;
/**
 * Cells in the whole workbook: exceljs needs about 0.8 KB per cell (measured with formula cells), so
 * 400,000 fit in the parser's 512 MB; a budget workbook has a few thousand.
 */
export const MAX_CELLS = 400_000;
/** Characters in one cell, Excel's own limit; a formula's 8,192 fits within it. */
export const MAX_CELL_CHARS = 32_767;
/** Distinct strings in the shared string table: at most one per cell. */
export const MAX_SHARED_STRINGS = MAX_CELLS;
/** Cells covered by merged ranges and data validations: exceljs expands each range cell by cell. */
export const MAX_RANGE_CELLS = 1_000_000;
/** Element nesting in any part: spreadsheet XML nests about 10 deep, drawings about 20. */
export const MAX_XML_DEPTH = 64;
/** Characters in one tag with its attributes: real tags are well under 1,000. */
export const MAX_TAG_CHARS = 64 * 1024;
/** Parser process: memory (MB of JavaScript heap) and time for one workbook. */
export const PARSER_MEMORY_MB = 512;
export const PARSER_TIME_LIMIT_MS = 60_000;

/** The parts every .xlsx workbook has; exceljs knows the workbook only by this name. */
export const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

/** "<file> could not be read: <why>. Nothing was changed." */
export const unreadable = (fileName: string, why: string): ApiError => badRequest(`${fileName} could not be read: ${why}. Nothing was changed.`);

const WORKBOOK: ZipFormat = {
  maxBytes: MAX_WORKBOOK_BYTES,
  tooLarge: 'a budget workbook is far smaller.',
  oldStyle: 'is password-protected or an old-style .xls workbook. Save it from Excel as an .xlsx workbook without a password, then import that.',
  notZip: 'is not an Excel .xlsx workbook.',
  encrypted: 'is password-protected. Save it from Excel without a password, then import that. Nothing was changed.',
  app: 'Excel',
  noun: 'workbook',
  readAs: 'an .xlsx workbook',
  kind: 'an Excel workbook',
  required: REQUIRED_PARTS,
  unreadable,
};

/** Size and signature: what the first bytes say the file is. */
export const checkSignature = (buf: Buffer, fileName: string): void => checkZipSignature(buf, fileName, WORKBOOK);

/** The zip's directory, entry by entry, without inflating anything; also counts the sheets. */
export async function checkWorkbookZip(buf: Buffer, fileName: string): Promise<void> {
  let sheets = 0;
  const countSheets = (e: { fileName: string }) => {
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.fileName) && ++sheets > MAX_SHEETS) throw unreadable(fileName, `it has more than ${n(MAX_SHEETS)} sheets`);
  };
  await checkZip(buf, fileName, { ...WORKBOOK, onEntry: countSheets });
}

/** A zip that cannot be read, as a workbook. */
export const damaged = (fileName: string, e: unknown): ApiError => damagedZip(fileName, e, WORKBOOK);
