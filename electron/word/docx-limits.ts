/**
 * How much of a Word document someone sent us Plan Editor will read, checked from the zip's central
 * directory alone before a byte is inflated (as workbook-limits.ts does for workbooks). mammoth has no
 * limits of its own: it inflates document.xml whole and builds a tree of it, so the zip is checked here
 * and the parsing runs in a capped process (docx-isolated.ts). Every refusal is one sentence naming the file.
 */
import yauzl from 'yauzl';
import { badRequest, type ApiError } from '../../shared/api/errors';
import { MAX_COMPRESSION_RATIO, MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from '../excel/workbook-limits';

/** The file itself: a 70-page plan with a structure chart is a few MB; images are what make it large. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** document.xml is the part mammoth holds as one tree; a 70-page plan's is a few MB. */
export const MAX_DOCUMENT_XML_BYTES = 48 * 1024 * 1024;
/** The HTML mammoth writes, which crosses back from the parser process. */
export const MAX_HTML_CHARS = 32 * 1024 * 1024;
/** Parser process: memory (MB of JavaScript heap) and time for one document. */
export const DOCX_MEMORY_MB = 512;
export const DOCX_TIME_LIMIT_MS = 60_000;
const RATIO_APPLIES_FROM = 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const n = (x: number) => x.toLocaleString('en-GB');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** "<file> could not be read: <why>. Nothing was changed." */
export const unreadableDocx = (fileName: string, why: string): ApiError => badRequest(`${fileName} could not be read as a Word document: ${why}. Nothing was changed.`);

export function checkDocxSignature(buf: Buffer, fileName: string): void {
  if (!buf.length) throw badRequest(`${fileName} is empty. Nothing was changed.`);
  if (buf.length > MAX_DOCX_BYTES) throw badRequest(`${fileName} is larger than ${mb(MAX_DOCX_BYTES)}; save it without images or split it, then try again. Nothing was changed.`);
  if (buf.subarray(0, 8).equals(OLE)) throw badRequest(`${fileName} is password-protected or an old-style .doc file. Save it from Word as a .docx document without a password, then try again.`);
  if (!buf.subarray(0, 4).equals(ZIP)) throw badRequest(`${fileName} is not a Word .docx document. Nothing was changed.`);
}

/** The zip's directory, entry by entry, without inflating anything; refuses as soon as a limit is passed. */
export async function checkDocxZip(buf: Buffer, fileName: string): Promise<void> {
  checkDocxSignature(buf, fileName);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, strictFileNames: false });
  } catch (e) {
    throw damagedDocx(fileName, e);
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) throw unreadableDocx(fileName, `it holds ${n(zip.entryCount)} parts, more than the ${n(MAX_ZIP_ENTRIES)} Plan Editor reads`);
  const names = new Set<string>();
  let total = 0;
  try {
    for await (const e of zip.eachEntry()) {
      if (e.isEncrypted()) throw badRequest(`${fileName} is password-protected. Save it from Word without a password, then try again. Nothing was changed.`);
      if (e.compressionMethod !== 0 && e.compressionMethod !== 8) throw unreadableDocx(fileName, `a part is compressed in a way Word does not use (method ${e.compressionMethod})`);
      const cap = e.fileName === 'word/document.xml' ? MAX_DOCUMENT_XML_BYTES : MAX_PART_BYTES;
      if (e.uncompressedSize > cap) throw unreadableDocx(fileName, `one part would take ${mb(e.uncompressedSize)} uncompressed, more than the ${mb(cap)} Plan Editor allows`);
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (e.uncompressedSize > RATIO_APPLIES_FROM && ratio > MAX_COMPRESSION_RATIO) {
        throw unreadableDocx(fileName, `one part is compressed ${Math.round(ratio)} times over, as zip bombs are (a document's parts compress less than ${MAX_COMPRESSION_RATIO} times)`);
      }
      total += e.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) throw unreadableDocx(fileName, `its parts would take more than ${mb(MAX_TOTAL_BYTES)} uncompressed`);
      names.add(e.fileName);
    }
  } catch (e) {
    if ((e as ApiError).code === 'BAD_REQUEST') throw e;
    throw damagedDocx(fileName, e);
  } finally {
    zip.close();
  }
  if (!names.has('word/document.xml')) throw badRequest(`${fileName} is a zip file but not a Word document (it has no word/document.xml). Nothing was changed.`);
}

/** A zip that cannot be read; yauzl's reason is technical but short, so it goes in brackets. */
export function damagedDocx(fileName: string, e: unknown): ApiError {
  const why = String((e as Error)?.message ?? e).split('\n')[0].slice(0, 100);
  return unreadableDocx(fileName, `it is damaged or incomplete (${why})`);
}
