/**
 * The pass over a workbook's parts that runs (in the parser process) before exceljs sees the file: every
 * part is inflated as a stream, its size and checksum checked against the zip's directory, and every XML
 * part counted by xml-scan.ts against the limits in workbook-limits.ts: sheets, rows, columns, cells,
 * characters per cell, shared strings, ranges exceljs would expand cell by cell, nesting, DOCTYPEs. The
 * first limit passed stops the pass with one sentence; nothing is kept but counts.
 */
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { badRequest } from '../../shared/api/errors';
import { attr, XmlLimitError, XmlScanner, type OpenTag } from './xml-scan';
import { sheetNameOfPart } from './workbook-parts';
import {
  MAX_CELL_CHARS,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_RANGE_CELLS,
  MAX_ROWS,
  MAX_SHARED_STRINGS,
  MAX_SHEETS,
  MAX_TAG_CHARS,
  MAX_XML_DEPTH,
  damaged,
  unreadable,
} from './workbook-limits';

/** Excel's own grid, for ranges such as "A:A" that name whole columns or rows. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const WORKBOOK_TYPE = /(spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml)$/;

/** What exceljs parses as XML: every part named *.xml, *.rels or *.vml anywhere in its name, except media. */
const isXmlPart = (name: string) => /\.(xml|rels|vml)/i.test(name) && !/xl\/media\//.test(name);
/** exceljs's own (unanchored) worksheet pattern, and any other XML under xl/worksheets/. */
const isSheetPart = (name: string) => /xl\/worksheets\/sheet(\d+)[.]xml/.test(name) || /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

class Refused extends Error {}
const refuse = (why: string): never => {
  throw new Refused(why);
};
const n = (x: number) => x.toLocaleString('en-GB');

/** Counts that run across parts. */
interface Totals {
  cells: number;
  rangeCells: number;
  sheets: number;
  workbookType: string | null;
  defaultXmlType: string | null;
}

export async function scanWorkbookParts(buf: Buffer, fileName: string): Promise<void> {
  const totals: Totals = { cells: 0, rangeCells: 0, sheets: 0, workbookType: null, defaultXmlType: null };
  let zip: yauzl.ZipFile | null = null;
  let part = '';
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
    for await (const entry of zip.eachEntry()) {
      part = entry.fileName;
      await scanEntry(zip, entry, totals);
    }
  } catch (e) {
    if (e instanceof Refused || e instanceof XmlLimitError) throw unreadable(fileName, await namingSheet(buf, part, e.message));
    throw damaged(fileName, e);
  } finally {
    zip?.close();
  }
  const type = totals.workbookType ?? totals.defaultXmlType;
  if (!type) throw badRequest(`${fileName} is not an Excel workbook: its list of contents does not declare a workbook. Nothing was changed.`);
  if (!WORKBOOK_TYPE.test(type))
    throw badRequest(`${fileName} is not an Excel workbook: its contents are declared as "${type.slice(0, 100)}". Nothing was changed.`);
}

/** "a sheet has ..." becomes 'sheet "Secondary" has ...' when the refused part is a sheet we can name. */
async function namingSheet(buf: Buffer, part: string, why: string): Promise<string> {
  if (!why.startsWith('a sheet ') || !isSheetPart(part)) return why;
  const name = await sheetNameOfPart(buf, part);
  return name ? `sheet "${name}" ${why.slice('a sheet '.length)}` : why;
}

async function scanEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, totals: Totals): Promise<void> {
  if (entry.fileName.endsWith('/')) return;
  const xml = isXmlPart(entry.fileName);
  const scanner = xml
    ? new XmlScanner({ depth: MAX_XML_DEPTH, tagChars: MAX_TAG_CHARS, textChars: MAX_CELL_CHARS }, ...partRules(entry.fileName, totals))
    : null;
  const decoder = new StringDecoder('utf8');
  let crc = 0;
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    crc = zlib.crc32(chunk, crc);
    scanner?.write(decoder.write(chunk));
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) refuse('it is damaged (a part fails its checksum)');
  if (scanner) {
    scanner.write(decoder.end());
    scanner.end();
  }
}

/** The opening-tag and text callbacks for one part, by what the part is. */
function partRules(name: string, totals: Totals): [OpenTag, (chars: number) => void] {
  let cellChars = 0;
  const onText = (chars: number) => {
    if ((cellChars += chars) > MAX_CELL_CHARS) refuse(`a cell or other text holds more than ${n(MAX_CELL_CHARS)} characters, Excel's own limit for a cell`);
  };
  // Rich text arrives as several runs: a shared string (si) or inline string (is) counts them together.
  const textScope = (tag: string) => {
    if (tag === 'si' || tag === 'is' || tag === 'f' || tag === 'v') cellChars = 0;
  };
  if (name === '[Content_Types].xml') return [(tag, text) => contentType(tag, text, totals), onText];
  if (name === 'xl/workbook.xml') {
    return [
      (tag) => {
        if (tag === 'sheet' && ++totals.sheets > MAX_SHEETS) refuse(`it has more than ${n(MAX_SHEETS)} sheets`);
      },
      onText,
    ];
  }
  if (name === 'xl/sharedStrings.xml') {
    let strings = 0;
    return [
      (tag) => {
        textScope(tag);
        if (tag === 'si' && ++strings > MAX_SHARED_STRINGS) refuse(`it has more than ${n(MAX_SHARED_STRINGS)} different texts`);
      },
      onText,
    ];
  }
  if (isSheetPart(name)) {
    const sheet = sheetRules(totals);
    return [(tag, text) => (textScope(tag), sheet(tag, text)), onText];
  }
  return [textScope, onText];
}

function contentType(tag: string, text: string, totals: Totals): void {
  const type = attr(text, 'ContentType');
  if (tag === 'Override' && attr(text, 'PartName')?.toLowerCase() === '/xl/workbook.xml') totals.workbookType = type;
  if (tag === 'Default' && attr(text, 'Extension')?.toLowerCase() === 'xml') totals.defaultXmlType = type;
}

/** One worksheet's rows, cells, column ranges, merged cells and data validations. */
function sheetRules(totals: Totals): OpenTag {
  let rows = 0;
  return (tag, text) => {
    if (tag === 'row') {
      if (++rows > MAX_ROWS) refuse(`a sheet has more than ${n(MAX_ROWS)} rows`);
      const r = attr(text, 'r');
      if (r !== null && !/^\d{1,10}$/.test(r)) refuse(`a sheet has a row number Plan Editor cannot read ("${r.slice(0, 20)}")`);
      // Row numbers may run to the end of Excel's grid: LibreOffice writes an empty row 1,048,576 after a
      // row is deleted. What is limited is how many rows there are (above), not how they are numbered.
      if (r !== null && !(Number(r) >= 1 && Number(r) <= EXCEL_ROWS)) refuse(`a sheet has a row numbered beyond ${n(EXCEL_ROWS)}, the end of Excel's grid`);
    } else if (tag === 'c') {
      if (++totals.cells > MAX_CELLS) refuse(`it has more than ${n(MAX_CELLS)} cells`);
      const r = attr(text, 'r');
      if (r !== null) cellWithin(r);
    } else if (tag === 'col') {
      const min = Number(attr(text, 'min'));
      const max = Number(attr(text, 'max'));
      if (!(min >= 1 && max >= min && max <= EXCEL_COLUMNS)) refuse('a sheet describes columns beyond the sheet');
    } else if (tag === 'mergeCell' || tag === 'dataValidation') {
      for (const range of (attr(text, tag === 'mergeCell' ? 'ref' : 'sqref') ?? '').split(/\s+/).filter(Boolean)) {
        if ((totals.rangeCells += rangeArea(range)) > MAX_RANGE_CELLS)
          refuse(`its merged cells and data validations cover more than ${n(MAX_RANGE_CELLS)} cells`);
      }
    }
  };
}

function cellWithin(ref: string): void {
  const p = parseRef(ref);
  if (!p || p.col === null || p.row === null) refuse(`a cell has an address Plan Editor cannot read ("${ref.slice(0, 20)}")`);
  if (p!.col! > MAX_COLUMNS) refuse(`a sheet has a cell beyond column ${n(MAX_COLUMNS)}`);
  if (p!.row! > EXCEL_ROWS || p!.row! < 1) refuse(`a sheet has a cell beyond row ${n(EXCEL_ROWS)}, the end of Excel's grid`);
}

/** "B3", "$B$3", "B" (a whole column) or "3" (a whole row); null when it is none of these. */
function parseRef(s: string): { col: number | null; row: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? [...m[1].toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) : null;
  return { col, row: m[2] ? Number(m[2]) : null };
}

/** Cells in "A1:C3" (9), "A:A" (a whole column) or "B2"; refuses what is not a range. */
function rangeArea(range: string): number {
  const [a, b = a, extra] = range.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q || extra !== undefined) return refuse(`a sheet has a cell range Plan Editor cannot read ("${range.slice(0, 20)}")`);
  const cols = p.col !== null && q.col !== null ? Math.abs(q.col - p.col) + 1 : EXCEL_COLUMNS;
  const rows = p.row !== null && q.row !== null ? Math.abs(q.row - p.row) + 1 : EXCEL_ROWS;
  return cols * rows;
}
