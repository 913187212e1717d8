/**
 * The checks on a zip someone sent us (an .xlsx workbook or a .docx document), made from its signature and
 * central directory alone, before a byte is inflated: exceljs and mammoth have no limits of their own and
 * inflate whole parts into memory. Both imports run this one check; what differs between them (the file
 * size, the words of each refusal, a part's cap, the parts required) is a ZipFormat in workbook-limits.ts
 * and docx-limits.ts. Every refusal is one sentence naming the file.
 */
import yauzl from 'yauzl';
import { badRequest, type ApiError } from '../shared/api/errors';

/** Parts inside the zip: a workbook has about three per sheet plus a dozen more; a document fewer. */
export const MAX_ZIP_ENTRIES = 2_000;
/** One part's declared uncompressed size: exceljs holds a part as one string while parsing it. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** All parts together, uncompressed: bounds what the parser process must hold. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Uncompressed over compressed size, for parts over 1 MB: XML compresses 5–30 times; a zip bomb 1,000. */
export const MAX_COMPRESSION_RATIO = 250;
const RATIO_APPLIES_FROM = 1024 * 1024;

export const n = (x: number) => x.toLocaleString('en-GB');
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** One kind of zip file: its limits and, after the file's name, the rest of each refusal. */
export interface ZipFormat {
  maxBytes: number;
  /** After "is larger than 20 MB": what to do about it. */
  tooLarge: string;
  /** A Compound File (OLE) is the old binary format or an encrypted new one: which, and what to do. */
  oldStyle: string;
  notZip: string;
  /** A part encrypted inside the zip. */
  encrypted: string;
  /** Names in the sentences: "compressed in a way Excel does not use", "a workbook's parts compress less". */
  app: string;
  noun: string;
  /** "could not be read as an .xlsx workbook", "a zip file but not an Excel workbook". */
  readAs: string;
  kind: string;
  /** Parts every file of the format has. */
  required: string[];
  unreadable: (fileName: string, why: string) => ApiError;
  /** A part's cap when it is not MAX_PART_BYTES. */
  partCap?: (partName: string) => number;
  /** More checks on each part, after the common ones; refuses by throwing. */
  onEntry?: (entry: yauzl.Entry) => void;
}

/** Size and signature: what the first bytes say the file is. */
export function checkZipSignature(buf: Buffer, fileName: string, f: ZipFormat): void {
  if (!buf.length) throw badRequest(`${fileName} is empty. Nothing was changed.`);
  if (buf.length > f.maxBytes) throw badRequest(`${fileName} is larger than ${mb(f.maxBytes)}; ${f.tooLarge} Nothing was changed.`);
  if (buf.subarray(0, 8).equals(OLE)) throw badRequest(`${fileName} ${f.oldStyle}`);
  if (!buf.subarray(0, 4).equals(ZIP)) throw badRequest(`${fileName} ${f.notZip}`);
}

/** The zip's directory, entry by entry, without inflating anything; refuses as soon as a limit is passed. */
export async function checkZip(buf: Buffer, fileName: string, f: ZipFormat): Promise<void> {
  checkZipSignature(buf, fileName, f);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, strictFileNames: false });
  } catch (e) {
    throw damagedZip(fileName, e, f);
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES)
    throw f.unreadable(fileName, `it holds ${n(zip.entryCount)} parts, more than the ${n(MAX_ZIP_ENTRIES)} Plan Editor reads in a ${f.noun}`);
  const names = new Set<string>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      checkEntry(entry, fileName, f);
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) throw f.unreadable(fileName, `its parts would take more than ${mb(MAX_TOTAL_BYTES)} uncompressed`);
      names.add(entry.fileName);
      f.onEntry?.(entry);
    }
  } catch (e) {
    if ((e as ApiError).code === 'BAD_REQUEST') throw e;
    throw damagedZip(fileName, e, f);
  } finally {
    zip.close();
  }
  const missing = f.required.filter((p) => !names.has(p));
  if (missing.length) throw badRequest(`${fileName} is a zip file but not ${f.kind} (it has no ${missing.join(' or ')}). Nothing was changed.`);
}

function checkEntry(e: yauzl.Entry, fileName: string, f: ZipFormat): void {
  if (e.isEncrypted()) throw badRequest(`${fileName} ${f.encrypted}`);
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
    throw f.unreadable(fileName, `a part is compressed in a way ${f.app} does not use (method ${e.compressionMethod})`);
  const cap = f.partCap?.(e.fileName) ?? MAX_PART_BYTES;
  if (e.uncompressedSize > cap)
    throw f.unreadable(fileName, `one part would take ${mb(e.uncompressedSize)} uncompressed, more than the ${mb(cap)} Plan Editor allows`);
  const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
  if (e.uncompressedSize > RATIO_APPLIES_FROM && ratio > MAX_COMPRESSION_RATIO) {
    throw f.unreadable(
      fileName,
      `one part is compressed ${Math.round(ratio)} times over, as zip bombs are (a ${f.noun}'s parts compress less than ${MAX_COMPRESSION_RATIO} times)`,
    );
  }
}

/** A zip that cannot be read; yauzl's reason is technical but short, so it goes in brackets. */
export function damagedZip(fileName: string, e: unknown, f: Pick<ZipFormat, 'readAs'>): ApiError {
  const why = String((e as Error)?.message ?? e)
    .split('\n')[0]
    .slice(0, 100);
  return badRequest(`${fileName} could not be read as ${f.readAs}: it is damaged or incomplete (${why}). Nothing was changed.`);
}
