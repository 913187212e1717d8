/**
 * How much of a workbook someone sent us Plan Editor will read, and the checks made from the zip's
 * central directory alone, before a byte is inflated. exceljs has no limits of its own: it inflates every
 * part into memory and expands ranges cell by cell, so an odd or hostile file can exhaust memory or time.
 * A budget workbook is a few hundred rows on a handful of sheets; every limit leaves a wide margin above
 * what finance sends back, and every refusal is one sentence naming the file.
 */
import yauzl from 'yauzl';
import { badRequest, type ApiError } from '../../shared/api/errors';

/** The file itself: a budget workbook is well under 1 MB; exports of the whole plan a few MB. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
/** Parts inside the zip: a workbook has about three per sheet plus a dozen more. */
export const MAX_ZIP_ENTRIES = 2_000;
/** One part's declared uncompressed size: exceljs holds a part as one string while parsing it. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** All parts together, uncompressed: bounds what the parser process must hold. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Uncompressed over compressed size, for parts over 1 MB: XML compresses 5–30 times; a zip bomb 1,000. */
export const MAX_COMPRESSION_RATIO = 250;
const RATIO_APPLIES_FROM = 1024 * 1024;
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

const n = (x: number) => x.toLocaleString('en-GB');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Size and signature: what the first bytes say the file is. */
export function checkSignature(buf: Buffer, fileName: string): void {
  if (!buf.length) throw badRequest(`${fileName} is empty. Nothing was changed.`);
  if (buf.length > MAX_WORKBOOK_BYTES) throw badRequest(`${fileName} is larger than ${mb(MAX_WORKBOOK_BYTES)}; a budget workbook is far smaller. Nothing was changed.`);
  if (buf.subarray(0, 8).equals(OLE)) {
    throw badRequest(`${fileName} is password-protected or an old-style .xls workbook. Save it from Excel as an .xlsx workbook without a password, then import that.`);
  }
  if (!buf.subarray(0, 4).equals(ZIP)) throw badRequest(`${fileName} is not an Excel .xlsx workbook.`);
}

/** The zip's directory, entry by entry, without inflating anything; refuses as soon as a limit is passed. */
export async function checkWorkbookZip(buf: Buffer, fileName: string): Promise<void> {
  checkSignature(buf, fileName);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, strictFileNames: false });
  } catch (e) {
    throw damaged(fileName, e);
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) throw unreadable(fileName, `it holds ${n(zip.entryCount)} parts, more than the ${n(MAX_ZIP_ENTRIES)} Plan Editor reads in a workbook`);
  const names = new Set<string>();
  let total = 0;
  let sheets = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      checkEntry(entry, fileName);
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) throw unreadable(fileName, `its parts would take more than ${mb(MAX_TOTAL_BYTES)} uncompressed`);
      names.add(entry.fileName);
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.fileName) && ++sheets > MAX_SHEETS) throw unreadable(fileName, `it has more than ${n(MAX_SHEETS)} sheets`);
    }
  } catch (e) {
    if ((e as ApiError).code === 'BAD_REQUEST') throw e;
    throw damaged(fileName, e);
  } finally {
    zip.close();
  }
  const missing = REQUIRED_PARTS.filter((p) => !names.has(p));
  if (missing.length) throw badRequest(`${fileName} is a zip file but not an Excel workbook (it has no ${missing.join(' or ')}). Nothing was changed.`);
}

function checkEntry(e: yauzl.Entry, fileName: string): void {
  if (e.isEncrypted()) throw badRequest(`${fileName} is password-protected. Save it from Excel without a password, then import that. Nothing was changed.`);
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) throw unreadable(fileName, `a part is compressed in a way Excel does not use (method ${e.compressionMethod})`);
  if (e.uncompressedSize > MAX_PART_BYTES) throw unreadable(fileName, `one part would take ${mb(e.uncompressedSize)} uncompressed, more than the ${mb(MAX_PART_BYTES)} Plan Editor allows`);
  const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
  if (e.uncompressedSize > RATIO_APPLIES_FROM && ratio > MAX_COMPRESSION_RATIO) {
    throw unreadable(fileName, `one part is compressed ${Math.round(ratio)} times over, as zip bombs are (a workbook's parts compress less than ${MAX_COMPRESSION_RATIO} times)`);
  }
}

/** A zip that cannot be read; yauzl's reason is technical but short, so it goes in brackets. */
export function damaged(fileName: string, e: unknown): ApiError {
  const why = String((e as Error)?.message ?? e).split('\n')[0].slice(0, 100);
  return badRequest(`${fileName} could not be read as an .xlsx workbook: it is damaged or incomplete (${why}). Nothing was changed.`);
}
